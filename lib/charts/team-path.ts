/**
 * One team's way through the programme on a time axis: a line that sits in
 * the upper lane while the team is an elite team and in the lower lane while
 * it is not, stepping at each selection or elimination, each step labelled
 * with its date and what happened.
 */
import type { PathStep } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import type { Chart, LineMark, TextMark, Tick } from './frame'
import { CHART_WIDTH, TEXT } from './frame'
import { dayNumber, linear, textWidth } from './scale'

const LANE_IN = 96
const LANE_OUT = 206
const MARGIN_DAYS = 40
/** The radius of a turn's dot. */
const DOT = 8
/** A lane's name sits this far above its line. */
const LANE_LABEL_RAISE = 8
/** A turn's label: its first baseline this far above a mark in the upper lane, or below one in the lower, and its second line under it. */
const TURN_LABEL = { above: 44, below: 30, line: 22 }
/** The years' axis: its labels' baseline below the lower lane, and the tick above each label, from its baseline. */
const YEARS = { baseline: 80, tickFrom: 26, tickTo: 18 }

export interface PathChart extends Chart {
  lanes: { line: LineMark, label: TextMark }[]
  /** The line, as SVG points "x,y x,y …". */
  line: string
  /** The turns: a dot on the line, and its date then what happened, above or below it. */
  marks: { dot: { cx: number, cy: number, r: number }, when: TextMark, text: TextMark, above: boolean, anchor: 'start' | 'middle' | 'end' }[]
  years: Tick[]
  yearTicks: LineMark[]
}

export function pathChart(team: string, steps: PathStep[], ui: UiStrings, options: { width?: number } = {}): PathChart {
  const width = options.width ?? CHART_WIDTH
  const lanes = [[LANE_IN, ui.path.inRace], [LANE_OUT, ui.path.out]] as const
  const laneLabel = Math.ceil(Math.max(...lanes.map(([, label]) => textWidth(label, TEXT.body)))) + 16
  const first = dayNumber(steps[0]?.date ?? '2025-01-01') - MARGIN_DAYS
  const last = dayNumber(steps.at(-1)?.date ?? '2025-01-01') + MARGIN_DAYS
  const x = linear([first, last], [laneLabel, width - 8])
  const y = (inRace: boolean) => (inRace ? LANE_IN : LANE_OUT)

  const points: string[] = []
  let lane = y(false)
  points.push(`${x(first + MARGIN_DAYS / 2)},${lane}`)
  for (const step of steps) {
    const at = x(dayNumber(step.date))
    points.push(`${at},${lane}`)
    lane = y(step.inRace)
    points.push(`${at},${lane}`)
  }
  points.push(`${x(last - MARGIN_DAYS / 2)},${lane}`)

  // Selections and eliminations are the turns of the story; the steps between them need no label.
  const turns = steps.filter(step => step.outcome === 'selected' || step.outcome === 'eliminated')
  const marks = turns.map((step) => {
    const at = x(dayNumber(step.date))
    const label = Math.max(textWidth(step.when, TEXT.body, 'bold'), textWidth(step.text, TEXT.body))
    const anchor: 'start' | 'middle' | 'end' = at + label / 2 > width ? 'end' : at - label / 2 < laneLabel ? 'start' : 'middle'
    const markY = y(step.inRace)
    const baseline = step.inRace ? markY - TURN_LABEL.above : markY + TURN_LABEL.below
    return { dot: { cx: at, cy: markY, r: DOT }, when: { text: step.when, x: at, y: baseline }, text: { text: step.text, x: at, y: baseline + TURN_LABEL.line }, above: step.inRace, anchor }
  })

  const axisY = LANE_OUT + YEARS.baseline
  const years: Tick[] = []
  const firstYear = new Date(first * 86_400_000).getUTCFullYear()
  const lastYear = new Date(last * 86_400_000).getUTCFullYear()
  for (let year = firstYear + 1; year <= lastYear; year++)
    years.push({ text: String(year), x: x(dayNumber(`${year}-01-01`)), y: axisY, anchor: 'middle' })

  return {
    width,
    height: LANE_OUT + 96,
    font: TEXT.body,
    lanes: lanes.map(([laneY, label]) => ({ line: { x1: 0, x2: width, y1: laneY, y2: laneY }, label: { text: label, x: 0, y: laneY - LANE_LABEL_RAISE } })),
    line: points.join(' '),
    marks,
    years,
    yearTicks: years.map(year => ({ x1: year.x, x2: year.x, y1: axisY - YEARS.tickFrom, y2: axisY - YEARS.tickTo })),
    title: ui.path.title(team),
    description: ui.path.description(team, steps.map(step => `${step.when} ${step.text}`)),
  }
}
