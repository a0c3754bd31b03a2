/**
 * The field narrowing: one bar per step of the selection, as long as the
 * teams left after it, on one scale, labelled with the stage, its date and the
 * count. The latest step that happened is the one the slide talks about
 * (accent); a planned step is a dashed outline; a step due with no reported
 * outcome says so. Steps the moment shown knew only as plans have no count,
 * so no bar: they close the chart as one line.
 */
import type { FieldStepView } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import type { Chart, RectMark } from './frame'
import { CHART_WIDTH, LABELLED_BAR, TEXT, TOP } from './frame'
import { textWidth } from './scale'

const BAR = 16
/** The line of planned steps: its height, and its baseline from its top. */
const PLAN = { height: 28, baseline: 20 }
/** Space between a name and its date, and between a count and its change. */
const SPACE = 10
const GAP = 12
/** The leaving or joining teams are named after the change when there are at most this many. */
const MAX_NAMES = 2

export interface FieldRow {
  /** The line above the bar: the stage's name, then its date `space` px after it; `width` is about how far it reaches. */
  label: { name: string, when?: string, x: number, y: number, space: number, width: number }
  /** The bar, as long as the teams after the step; the part that joined at this step is `joined`, drawn apart at its end. */
  bar: RectMark
  joined?: RectMark
  status: FieldStepView['status']
  /** After the bar: the count ("5개 팀", "2개 팀 예정"), then the change ("−2 네이버클라우드·NC AI") `space` px after it. */
  after: { count: string, change?: string, x: number, y: number, space: number, width: number }
  /** The latest step that happened. */
  accent: boolean
}

export interface FieldChart extends Chart {
  /** Pixels per team. */
  perTeam: number
  rows: FieldRow[]
  /** The steps known only as plans, as one line under the bars. */
  plan?: { text: string, x: number, y: number, width: number }
}

/** "+1" or "−2" (a true minus sign). */
function signed(change: number): string {
  return change > 0 ? `+${change}` : `\u2212${-change}`
}

function countText(step: FieldStepView & { teams: number }, ui: UiStrings): string {
  const teams = ui.race.teams(step.teams)
  return step.status === 'done' ? teams : step.status === 'planned' ? ui.field.planned(teams) : ui.field.unreported(teams)
}

/** The change a done step made to the count, with the teams that made it when they are few. */
function changeTexts(step: FieldStepView, ui: UiStrings): { short?: string, named?: string } {
  if (step.status !== 'done' || !step.change)
    return {}
  const short = signed(step.change)
  const names = step.change > 0 ? step.joined : step.left
  const named = names.length === Math.abs(step.change) && names.length <= MAX_NAMES ? `${short} ${ui.list(names)}` : undefined
  return { short, named }
}

function afterWidth(count: string, change: string | undefined): number {
  return textWidth(count, TEXT.body, 'bold') + (change ? SPACE + textWidth(change, TEXT.small) : 0)
}

const hasCount = (step: FieldStepView): step is FieldStepView & { teams: number } => step.teams !== undefined

export function fieldChart(steps: FieldStepView[], ui: UiStrings, options: { width?: number, moment: string }): FieldChart {
  const width = options.width ?? CHART_WIDTH
  const counted = steps.filter(hasCount)
  if (!counted.some(step => step.teams > 0))
    throw new Error('a field chart needs at least one step with teams in it')
  const latest = [...counted].reverse().find(s => s.status === 'done')
  // One scale for every bar: the largest that leaves room for each count and its change after the bar.
  const perTeam = Math.min(...counted.filter(s => s.teams > 0).map(step =>
    (width - GAP - afterWidth(countText(step, ui), changeTexts(step, ui).short)) / step.teams))
  if (perTeam <= 0)
    throw new Error(`the stages' counts leave no room for bars in ${width} px`)

  const rows = counted.map((step, i): FieldRow => {
    const top = TOP + i * LABELLED_BAR.height
    const barWidth = step.teams * perTeam
    const added = step.change !== undefined && step.change > 0 ? Math.min(step.change, step.teams) * perTeam : 0
    const barY = top + LABELLED_BAR.barTop
    const count = countText(step, ui)
    const { short, named } = changeTexts(step, ui)
    const x = barWidth + GAP
    // Names only where they fit on the line; the count and its sign always do.
    const change = named && x + afterWidth(count, named) <= width ? named : short
    return {
      label: {
        name: step.name,
        when: step.when,
        x: 0,
        y: top + LABELLED_BAR.labelBaseline,
        space: SPACE,
        width: textWidth(step.name, TEXT.body, 'bold') + (step.when ? SPACE + textWidth(step.when, TEXT.small) : 0),
      },
      bar: { x: 0, y: barY, width: barWidth - added, height: BAR },
      joined: added ? { x: barWidth - added, y: barY, width: added, height: BAR } : undefined,
      status: step.status,
      after: { count, change, x, y: top + LABELLED_BAR.valueBaseline, space: SPACE, width: afterWidth(count, change) },
      accent: step === latest,
    }
  })
  const planned = steps.filter(step => !hasCount(step)).map(step => step.name)
  const planText = planned.length ? ui.field.plan(planned) : undefined
  const planTop = TOP + rows.length * LABELLED_BAR.height
  const plan = planText ? { text: planText, x: 0, y: planTop + PLAN.baseline, width: textWidth(planText, TEXT.body) } : undefined
  const tooWide = [...rows.map(row => ({ text: row.label.name, reach: row.label.width })), ...(plan ? [{ text: plan.text, reach: plan.width }] : [])]
    .find(line => line.reach > width)
  if (tooWide)
    throw new Error(`"${tooWide.text}" is wider than the chart's ${width} px; shorten the stage's name in data/program.yaml`)

  const described = steps.map((step) => {
    if (!hasCount(step))
      return `${step.name} ${ui.status.planned}`
    const changes = [
      step.left.length ? `${ui.race.out} ${step.left.length}: ${ui.list(step.left)}` : undefined,
      step.joined.length ? `${ui.race.joined} ${step.joined.length}: ${ui.list(step.joined)}` : undefined,
    ].filter(Boolean)
    return `${[step.name, step.when].filter(Boolean).join(' ')}: ${countText(step, ui)}${changes.length ? ` (${changes.join('; ')})` : ''}`
  })
  return {
    width,
    height: planTop + (plan ? PLAN.height : 0),
    font: TEXT.body,
    perTeam,
    rows,
    plan,
    title: ui.field.title(options.moment),
    description: ui.field.description(described),
  }
}
