/**
 * The survival race drawn as a Mermaid flowchart, from the race's model
 * (lib/data/race.ts): one column per stage that happened, then the teams still
 * in and the stages still to come.
 */
import type { RaceMoment, RaceStep } from '../data/race'
import type { Consortium, DeckData, Stage } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Flowchart, FlowEdge, FlowGroup, FlowNode } from './flowchart'
import { essayMoment, raceSteps, remainingTeams } from '../data/race'
import { nodeId, renderFlowchart } from './flowchart'
import { consortiumName, withoutDetail } from './format'
import { DIAGRAM_CLASSES } from './style'

function stageLines(step: RaceStep, before: number | undefined, at: RaceMoment, ui: UiStrings, merged: Stage[] = []): string[] {
  const { stage } = step
  const count = before === undefined ? ui.race.teams(stage.teams ?? 0) : `${before} → ${ui.race.teams(stage.teams ?? 0)}`
  const name = [...merged, stage].map(s => s.name[ui.lang]).join(' → ')
  if (step.happened)
    return [name, ui.when({ date: stage.date, dateLabel: stage.dateLabel }), count]
  // As the essay saw them, later stages are steps of the plan; their dates and counts came later.
  // (English words are longer: the status takes a line of its own, keeping the column narrow.)
  if (at === 'essay')
    return ui.lang === 'en' ? [name, ui.status.planned] : [`${name} ${ui.status.planned}`]
  // As of the deck's date: a stage still ahead is planned; one already due whose outcome no source reports says so.
  const status = stage.status === 'unreported' ? ui.status.unreported : ui.status.planned
  return [name, ui.when({ date: stage.date, dateLabel: stage.dateLabel }), ui.race.planned(ui.race.teams(stage.teams ?? 0)), status]
}

/** Team names take one line each; this fits the longest lead name in the data (9 Hangul syllables). */
const NAME_EM = 9.5

const names = (list: Consortium[], ui: UiStrings) => list.map(c => consortiumName(c, ui.lang)).join(' · ')

/**
 * One column per stage that happened, its stage box above the teams that left
 * there (or joined), then a last column with the teams still in and the
 * stages still to come. The first stage (the applications) is folded into the
 * next as its starting count, which keeps the race narrow enough to read.
 */
export function raceChart(data: DeckData, at: RaceMoment, ui: UiStrings): Flowchart {
  const name = (consortium: Consortium) => consortiumName(consortium, ui.lang)
  const all = raceSteps(data, at)
  // The latest race starts from the selection the essay saw (the part before is the essay's own slide),
  // which keeps it narrow enough to read at 16 px; the description still tells the whole race.
  const moment = essayMoment(data)
  const start = at === 'latest' && moment ? Math.max(0, all.findIndex(s => s.happened && s.stage.date === moment)) : 0
  const origin = all[start]?.happened && all.length > start + 1 ? all[start] : undefined
  const steps = origin ? all.slice(start + 1) : all
  const nodes: FlowNode[] = []
  const groups: FlowGroup[] = []
  const edges: FlowEdge[] = []
  const columns: string[] = []

  // A stage that changes nothing (same count, nobody leaves or joins) shares the column of the stage before it.
  const happened: { step: RaceStep, merged: Stage[] }[] = []
  for (const step of steps.filter(s => s.happened)) {
    const last = happened.at(-1)
    if (last && step.out.length === 0 && step.joined.length === 0 && step.stage.teams === last.step.stage.teams) {
      happened[happened.length - 1] = {
        step: { ...step, out: last.step.out, joined: last.step.joined },
        merged: [...last.merged, last.step.stage],
      }
      continue
    }
    happened.push({ step, merged: [] })
  }
  // English names run longer: a team's name keeps to one line, stage names and reasons wrap at about
  // two lines, so the race fits the slide's height and width at 16 px.
  const english = ui.lang === 'en'
  const nameEm = english ? 9.7 : NAME_EM
  const stageWrap = english ? { wrapEm: 10 } : {}
  happened.forEach(({ step, merged }, i) => {
    const before = i === 0 ? origin?.stage.teams : happened[i - 1]!.step.stage.teams
    const stageId = nodeId('stage', step.stage.id)
    nodes.push({ id: stageId, lines: stageLines(step, before, at, ui, merged), className: 'stage', ...stageWrap })
    const members = [stageId]
    if (step.out.length) {
      const outId = nodeId('out', step.stage.id)
      nodes.push({
        id: outId,
        lines: [`${ui.race.out} ${step.out.length}`, ...step.out.map(o => o.reason ? `${name(o.consortium)}: ${withoutDetail(o.reason)}` : name(o.consortium))],
        className: 'out',
        wrapEm: english && step.out.some(o => o.reason) ? 8.5 : nameEm,
      })
      edges.push({ from: stageId, to: outId, style: 'dotted-line' })
      members.push(outId)
    }
    if (step.joined.length) {
      const joinedId = nodeId('joined', step.stage.id)
      nodes.push({ id: joinedId, lines: [`${ui.race.joined} ${step.joined.length}`, ...step.joined.map(name)], className: 'joined', wrapEm: nameEm })
      edges.push({ from: joinedId, to: stageId })
      members.unshift(joinedId)
    }
    const columnId = nodeId('column', step.stage.id)
    groups.push({ id: columnId, title: '', direction: 'TB', members, className: 'column' })
    columns.push(columnId)
  })

  // On the essay's view, the teams still in take a column of their own.
  const remaining = remainingTeams(data, all)
  if (at === 'essay' && remaining.length) {
    nodes.push({ id: 'remaining', lines: [`${ui.race.remaining} ${remaining.length}`, ...remaining.map(name)], className: 'joined', wrapEm: nameEm })
    groups.push({ id: 'column_remaining', title: '', members: ['remaining'], className: 'column' })
    columns.push('column_remaining')
  }
  // The stages still to come, one under the other; on the latest view, under the teams still in.
  const ahead: string[] = []
  if (at === 'latest' && remaining.length) {
    nodes.push({ id: 'remaining', lines: [`${ui.race.remaining} ${remaining.length}`, ...remaining.map(name)], className: 'joined', wrapEm: nameEm })
    ahead.push('remaining')
  }
  for (const step of steps.filter(s => !s.happened)) {
    const id = nodeId('stage', step.stage.id)
    nodes.push({ id, lines: stageLines(step, undefined, at, ui), className: 'planned', ...(english ? { wrapEm: 8 } : {}) })
    const previous = ahead.at(-1)
    if (previous)
      edges.push({ from: previous, to: id, style: 'dotted' })
    ahead.push(id)
  }
  if (ahead.length) {
    groups.push({ id: 'column_ahead', title: '', direction: 'TB', members: ahead, className: 'column' })
    columns.push('column_ahead')
  }
  columns.slice(1).forEach((column, i) => edges.push({ from: columns[i]!, to: column }))

  const shownAt = at === 'essay' ? ui.race.essayMoment(moment ?? '') : ui.asOf(data.asOf)
  const described = all.map((step) => {
    const head = step.happened
      ? `${step.stage.name[ui.lang]} ${ui.when({ date: step.stage.date, dateLabel: step.stage.dateLabel })} ${ui.race.teams(step.stage.teams ?? 0)}`
      : `${step.stage.name[ui.lang]} ${step.stage.status === 'unreported' && at !== 'essay' ? ui.status.unreported : ui.status.planned}`
    const out = step.out.length ? `, ${ui.race.out}: ${step.out.map(o => o.reason ? ui.race.reason(name(o.consortium), o.reason) : name(o.consortium)).join(', ')}` : ''
    const joined = step.joined.length ? `, ${ui.race.joined}: ${names(step.joined, ui)}` : ''
    return `${head}${out}${joined}`
  })
  return {
    direction: 'LR',
    accTitle: ui.race.title(data.program.name[ui.lang], shownAt),
    accDescr: `${described.join('. ')}.${remaining.length ? ` ${ui.race.remaining}: ${names(remaining, ui)}.` : ''}`,
    nodes,
    groups,
    edges,
    classes: DIAGRAM_CLASSES,
    spacing: { node: 12, rank: 6, padding: english ? 4 : 8 },
  }
}

export function raceDiagram(data: DeckData, at: RaceMoment, ui: UiStrings): string {
  return renderFlowchart(raceChart(data, at, ui))
}
