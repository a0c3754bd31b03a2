/**
 * The survival race: the stages that set a team count, in order, with the
 * teams that left at each stage (and the stated reason, where the data gives
 * one), the teams that joined later, and the teams still in the race.
 * `at: 'essay'` shows the race as it stood when the essay was written: stages
 * up to its moment as they happened, later stages only as planned steps.
 */
import type { Consortium, DeckData, Stage } from '../data/schema'
import type { Flowchart, FlowEdge, FlowGroup, FlowNode } from './flowchart'
import { STATUS_WORDS } from '../data/as-of'
import { formatDate, formatWhen } from '../data/format'
import { nodeId, renderFlowchart } from './flowchart'
import { consortiumName, withoutDetail } from './format'
import { DIAGRAM_CLASSES } from './style'

export type RaceMoment = 'essay' | 'latest'

/** Words for the states a stage or a team is in; the names themselves come from the data. */
const WORDS = { out: '탈락', joined: '합류', remaining: '남은 팀', teams: (n: number) => `${n}개 팀` }

/**
 * The essay's moment: the essay opens on the announcement of the selected
 * teams, so it is the date of the first stage at which any team was selected.
 */
export function essayMoment(data: DeckData): string | undefined {
  const selectedAt = new Set(data.consortia.flatMap(c => c.history.filter(h => h.outcome === 'selected').map(h => h.stage)))
  return raceStages(data).find(s => selectedAt.has(s.id))?.date
}

/** The stages in the race (those that state a team count), in date order. */
export function raceStages(data: DeckData): Stage[] {
  return data.program.stages
    .filter(s => s.teams !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** Consortia whose history has `outcome` at `stageId`. */
function withOutcome(data: DeckData, stageId: string, outcome: 'eliminated' | 'selected'): { consortium: Consortium, reason?: string }[] {
  return data.consortia.flatMap((consortium) => {
    const entry = consortium.history.find(h => h.stage === stageId && h.outcome === outcome)
    return entry ? [{ consortium, reason: entry.reason }] : []
  })
}

interface RaceStep {
  stage: Stage
  /** Done by the moment shown (otherwise shown as a planned step). */
  happened: boolean
  out: { consortium: Consortium, reason?: string }[]
  joined: Consortium[]
}

/** The race as data: each step with who left and who joined, as of `at`. */
export function raceSteps(data: DeckData, at: RaceMoment): RaceStep[] {
  const cutoff = at === 'essay' ? essayMoment(data) : undefined
  const stages = raceStages(data)
  const firstSelection = stages.find(s => withOutcome(data, s.id, 'selected').length > 0)
  const steps: RaceStep[] = []
  let previousTeams: number | undefined
  for (const stage of stages) {
    const happened = stage.status === 'done' && (cutoff === undefined || stage.date <= cutoff)
    const teams = stage.teams ?? 0
    // A stage that adds teams after the essay's moment was not in the plan the essay saw.
    const addsTeams = previousTeams !== undefined && teams > previousTeams
    previousTeams = teams
    if (!happened && cutoff !== undefined && addsTeams)
      continue
    steps.push({
      stage,
      happened,
      out: happened ? withOutcome(data, stage.id, 'eliminated') : [],
      joined: happened && stage !== firstSelection && firstSelection && stage.date > firstSelection.date
        ? withOutcome(data, stage.id, 'selected').map(s => s.consortium)
        : [],
    })
  }
  return steps
}

/** Teams in the race after the last step that happened, in data order. */
export function remainingTeams(data: DeckData, steps: RaceStep[]): Consortium[] {
  const done = steps.filter(s => s.happened)
  const last = done.at(-1)
  if (!last)
    return []
  const doneIds = new Set(done.map(s => s.stage.id))
  return data.consortia.filter((c) => {
    const seen = c.history.filter(h => doneIds.has(h.stage))
    const latest = seen.at(-1)
    return latest !== undefined && latest.outcome !== 'eliminated' && latest.outcome !== 'applied'
  })
}

function stageLines(step: RaceStep, before: number | undefined, at: RaceMoment, merged: Stage[] = []): string[] {
  const { stage } = step
  const count = before === undefined ? WORDS.teams(stage.teams ?? 0) : `${before} → ${WORDS.teams(stage.teams ?? 0)}`
  const name = [...merged, stage].map(s => s.name.ko).join(' → ')
  if (step.happened)
    return [name, formatWhen({ date: stage.date, dateLabel: stage.dateLabel }), count]
  // As the essay saw them, later stages are steps of the plan; their dates and counts came later.
  if (at === 'essay')
    return [`${name} ${STATUS_WORDS.planned}`]
  // As of the deck's date: a stage still ahead is planned; one already due whose outcome no source reports says so.
  const status = stage.status === 'unreported' ? STATUS_WORDS.unreported : STATUS_WORDS.planned
  return [name, formatWhen({ date: stage.date, dateLabel: stage.dateLabel }), `${WORDS.teams(stage.teams ?? 0)} 계획`, status]
}

/** Team names take one line each; this fits the longest lead name in the data (9 Hangul syllables). */
const NAME_EM = 9.5

const names = (list: Consortium[]) => list.map(consortiumName).join(' · ')

/**
 * One column per stage that happened, its stage box above the teams that left
 * there (or joined), then a last column with the teams still in and the
 * stages still to come. The first stage (the applications) is folded into the
 * next as its starting count, which keeps the race narrow enough to read.
 */
export function raceChart(data: DeckData, at: RaceMoment): Flowchart {
  const all = raceSteps(data, at)
  const origin = all[0]?.happened && all.length > 1 ? all[0] : undefined
  const steps = origin ? all.slice(1) : all
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
  happened.forEach(({ step, merged }, i) => {
    const before = i === 0 ? origin?.stage.teams : happened[i - 1]!.step.stage.teams
    const stageId = nodeId('stage', step.stage.id)
    nodes.push({ id: stageId, lines: stageLines(step, before, at, merged), className: 'stage' })
    const members = [stageId]
    if (step.out.length) {
      const outId = nodeId('out', step.stage.id)
      nodes.push({
        id: outId,
        lines: [`${WORDS.out} ${step.out.length}`, ...step.out.map(o => o.reason ? `${consortiumName(o.consortium)}: ${withoutDetail(o.reason)}` : consortiumName(o.consortium))],
        className: 'out',
        wrapEm: NAME_EM,
      })
      edges.push({ from: stageId, to: outId, style: 'dotted-line' })
      members.push(outId)
    }
    if (step.joined.length) {
      const joinedId = nodeId('joined', step.stage.id)
      nodes.push({ id: joinedId, lines: [`${WORDS.joined} ${step.joined.length}`, ...step.joined.map(consortiumName)], className: 'joined', wrapEm: NAME_EM })
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
    nodes.push({ id: 'remaining', lines: [`${WORDS.remaining} ${remaining.length}`, ...remaining.map(consortiumName)], className: 'joined', wrapEm: NAME_EM })
    groups.push({ id: 'column_remaining', title: '', members: ['remaining'], className: 'column' })
    columns.push('column_remaining')
  }
  // The stages still to come, one under the other.
  const ahead: string[] = []
  for (const step of steps.filter(s => !s.happened)) {
    const id = nodeId('stage', step.stage.id)
    nodes.push({ id, lines: stageLines(step, undefined, at), className: 'planned' })
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

  const moment = at === 'essay' ? `글이 쓰인 시점(${formatDate(essayMoment(data) ?? '')})` : `${formatDate(data.asOf)} 기준`
  const described = all.map((step) => {
    const head = step.happened
      ? `${step.stage.name.ko} ${formatWhen({ date: step.stage.date, dateLabel: step.stage.dateLabel })} ${WORDS.teams(step.stage.teams ?? 0)}`
      : `${step.stage.name.ko} ${step.stage.status === 'unreported' && at !== 'essay' ? STATUS_WORDS.unreported : STATUS_WORDS.planned}`
    const out = step.out.length ? `, ${WORDS.out}: ${step.out.map(o => o.reason ? `${consortiumName(o.consortium)}(${o.reason})` : consortiumName(o.consortium)).join(', ')}` : ''
    const joined = step.joined.length ? `, ${WORDS.joined}: ${names(step.joined)}` : ''
    return `${head}${out}${joined}`
  })
  return {
    direction: 'LR',
    accTitle: `${data.program.name.ko}: 선정과 탈락 (${moment})`,
    accDescr: `${described.join('. ')}.${remaining.length ? ` ${WORDS.remaining}: ${names(remaining)}.` : ''}`,
    nodes,
    groups,
    edges,
    classes: DIAGRAM_CLASSES,
    spacing: { node: 12, rank: 6, padding: 8 },
  }
}

export function raceDiagram(data: DeckData, at: RaceMoment = 'latest'): string {
  return renderFlowchart(raceChart(data, at))
}
