/**
 * What the data views show, computed from the data in the words of one
 * edition (`ui`): rows for the consortia, a review's scoring, a team's path,
 * the budget, the schedule's slip, the releases and the field of teams.
 * Components hand them to a chart (lib/charts) and only render the result.
 */
import type { UiStrings } from '../i18n/strings.ts'
import type { RaceMoment } from './race.ts'
import type { Amount, Bilingual, Consortium, DeckData, EventStatus, HistoryEntry, Organisation, OrganisationKind } from './schema.ts'
import { byDate, periodEnd, periodStart } from './as-of.ts'
import { consortiaWith, latestEntry } from './derive.ts'
import { organisationKinds } from './organisation-kinds.ts'
import { raceSteps } from './race.ts'

export interface PartnerGroup {
  kind: OrganisationKind
  label: string
  count: number
  /** The first names of this kind, in data order. */
  shown: string[]
  /** How many more there are beyond `shown`. */
  more: number
}

/** Partners grouped by kind, kinds in a fixed order, at most `maxNames` names shown per kind. */
export function groupPartners(partners: Organisation[], ui: UiStrings, maxNames = 3): PartnerGroup[] {
  return organisationKinds.flatMap((kind) => {
    const names = partners.filter(p => p.kind === kind).map(p => p.name[ui.lang])
    if (!names.length)
      return []
    const shown = names.slice(0, maxNames)
    return [{ kind, label: ui.kinds[kind], count: names.length, shown, more: names.length - shown.length }]
  })
}

export interface OutcomeView {
  stage: string
  outcome: HistoryEntry['outcome']
  /** E.g. "1차 단계평가 탈락". */
  text: string
  when: string
  reason?: string
  sources: string[]
}

/** A history entry in words: the stage's name and what happened there. */
export function describeOutcome(data: Pick<DeckData, 'program'>, entry: HistoryEntry, ui: UiStrings): OutcomeView {
  const stage = data.program.stages.find(s => s.id === entry.stage)
  const stageName = stage?.name[ui.lang] ?? entry.stage
  return {
    stage: entry.stage,
    outcome: entry.outcome,
    text: ui.outcomeText(stageName, ui.outcome[entry.outcome]),
    when: ui.when({ date: entry.date }),
    reason: entry.reason,
    sources: entry.sources,
  }
}

export interface ConsortiumRow {
  id: string
  lead: Bilingual
  model?: string
  startup: boolean
  partnerCount: number
  partnerGroups: PartnerGroup[]
  /** The directions the team stated, in the data's order. */
  goals: string[]
  /** The first of them in a few words, for a chart's label. */
  focus?: string
  /** The latest outcome on or before `asOf` (or the latest of all). */
  outcome?: OutcomeView
  sources: string[]
}

export function consortiumRow(data: Pick<DeckData, 'program'>, consortium: Consortium, options: { asOf?: string, maxNames?: number, ui: UiStrings }): ConsortiumRow {
  const entry = latestEntry(consortium, options.asOf)
  return {
    id: consortium.id,
    lead: consortium.lead.name,
    model: consortium.model,
    startup: consortium.startup ?? false,
    partnerCount: consortium.partners?.length ?? 0,
    partnerGroups: groupPartners(consortium.partners ?? [], options.ui, options.maxNames),
    goals: consortium.goals ?? [],
    focus: consortium.focus ?? consortium.goals?.[0],
    outcome: entry && describeOutcome(data, entry, options.ui),
    sources: consortium.sources,
  }
}

/** The teams selected at a stage (by default the five of 2025-08-04), as rows. */
export function selectedConsortiaRows(data: Pick<DeckData, 'program' | 'consortia'>, options: { stage?: string, asOf?: string, maxNames?: number, ui: UiStrings }): ConsortiumRow[] {
  return consortiaWith(data.consortia, options.stage ?? 'selection', 'selected').map(c => consortiumRow(data, c, options))
}

/** "2026.11.30 기준": the day the deck's facts were last checked, as the slides show it. */
export function asOfLabel(data: Pick<DeckData, 'asOf'>, ui: UiStrings): string {
  return ui.asOf(data.asOf)
}

export interface ScoreSegment {
  /** The part this segment belongs to ("벤치마크"), and the segment's own name ("AAII"). */
  part: string
  name: string
  points: number
  /** Where the segment starts on the review's 100 points. */
  offset: number
  average?: number
  top?: { teams: string[], score: number }
}

export interface ScorePartView {
  name: string
  points: number
  offset: number
  average?: number
  gap?: number
}

export interface ReviewScoringView {
  stage: string
  when: string
  parts: ScorePartView[]
  /** The smallest published items, left to right on the 100 points: a part without items is one segment. */
  segments: ScoreSegment[]
  sources: string[]
}

/** How a stage review was scored, laid out on its 100 points, with what the ministry published of each part. */
export function reviewScoring(data: Pick<DeckData, 'program' | 'consortia'>, stageId: string, ui: UiStrings): ReviewScoringView | undefined {
  const stage = data.program.stages.find(s => s.id === stageId)
  if (!stage?.scoring)
    return undefined
  const leads = new Map(data.consortia.map(c => [c.id, c.lead.name[ui.lang]]))
  const top = (item: { top?: { consortia: string[], score: number } }) => item.top && { teams: item.top.consortia.map(id => leads.get(id) ?? id), score: item.top.score }
  const parts: ScorePartView[] = []
  const segments: ScoreSegment[] = []
  let offset = 0
  for (const part of stage.scoring.parts) {
    parts.push({ name: part.name[ui.lang], points: part.points, offset, average: part.average, gap: part.gap })
    for (const item of part.items?.length ? part.items : [part]) {
      segments.push({ part: part.name[ui.lang], name: item.name[ui.lang], points: item.points, offset, average: item.average, top: top(item) })
      offset += item.points
    }
  }
  return { stage: stage.name[ui.lang], when: ui.when(stage), parts, segments, sources: stage.scoring.sources }
}

export interface PathStep {
  date: string
  when: string
  /** "발표평가 탈락", "추가 정예팀 선정". */
  text: string
  outcome: HistoryEntry['outcome']
  /** Among the teams the programme supports once this step is over. */
  inRace: boolean
  reason?: string
}

/**
 * A team's way through the programme, step by step: when it was among the
 * teams the programme supports (selected, and passed every review since) and
 * when it was not. Applying and passing a review before selection do not put
 * a team in the race.
 */
export function teamPath(data: Pick<DeckData, 'program' | 'consortia'>, consortiumId: string, ui: UiStrings): PathStep[] {
  const consortium = data.consortia.find(c => c.id === consortiumId)
  let inRace = false
  return (consortium?.history ?? []).map((entry) => {
    if (entry.outcome === 'selected')
      inRace = true
    else if (entry.outcome === 'eliminated')
      inRace = false
    const outcome = describeOutcome(data, entry, ui)
    return { date: entry.date, when: outcome.when, text: outcome.text, outcome: entry.outcome, inRace, reason: entry.reason }
  })
}

export interface BudgetFigureView {
  value: number
  /** "1,576억 원", as the deck writes amounts. */
  text: string
  scope: string
  settled: boolean
  sources: string[]
}

export interface BudgetRowView {
  /** `total` for the programme's budget, else the support line's id. */
  id: string
  name: string
  figures: BudgetFigureView[]
}

/**
 * The programme's budget and each support line's total, every figure the
 * sources give, stated by `until` (an ISO date; all when not given). Figures
 * from the settlement of accounts are marked `settled`.
 */
export function budgetRows(data: Pick<DeckData, 'program'>, options: { until?: string, ui: UiStrings }): BudgetRowView[] {
  const { ui } = options
  const known = (stated: string | undefined) => options.until === undefined || stated === undefined || stated.slice(0, options.until.length) <= options.until
  const figures = (list: readonly { amount: Amount, scope: string, stated?: string, settled?: boolean, sources: string[] }[]) => list
    .filter(figure => known(figure.stated))
    .map(figure => ({ value: figure.amount.value, text: ui.amount(figure.amount), scope: figure.scope, settled: figure.settled ?? false, sources: figure.sources }))
  return [
    { id: 'total', name: ui.budget.total, figures: figures(data.program.budget) },
    ...data.program.support.map(line => ({ id: line.id, name: line.name[ui.lang], figures: figures(line.totals ?? []) })),
  ].filter(row => row.figures.length > 0)
}

export interface SlipReport {
  /** The timing as the source worded it, and the day it was reported. */
  said: string
  reported: string
  reportedOn: string
  /** The first and last day the wording covers (ISO); absent when it names no time. */
  from?: string
  to?: string
  sources: string[]
}

export interface SlipRow {
  /** The stage the reports were about ("1차 단계평가"), or the event's title when no stage matches. */
  name: string
  status: EventStatus
  /** When it happened (done events). */
  happened?: { date: string, when: string }
  /** Reports of its timing, oldest first. */
  reports: SlipReport[]
}

/**
 * The schedule slip: for every timeline event whose timing was reported
 * beforehand, each report (placed on the days its wording covers) and when
 * the event happened, or that it has not yet.
 */
export function scheduleSlipRows(data: Pick<DeckData, 'timeline' | 'program'>, ui: UiStrings): SlipRow[] {
  const overlaps = (a: string, b: string) => periodStart(a) <= periodEnd(b) && periodStart(b) <= periodEnd(a)
  return data.timeline.filter(event => event.schedule?.length).map((event) => {
    const stage = data.program.stages.find(s => overlaps(s.date, event.date))
    return {
      name: stage?.name[ui.lang] ?? event.title,
      status: event.status,
      happened: event.status === 'done' ? { date: event.date, when: ui.when(event) } : undefined,
      reports: [...event.schedule!].sort((a, b) => byDate(a.reported, b.reported)).map(report => ({
        said: report.said,
        reported: ui.date(report.reported),
        reportedOn: report.reported,
        from: report.period && periodStart(report.period.from),
        to: report.period && periodEnd(report.period.to ?? report.period.from),
        sources: report.sources,
      })),
    }
  })
}

/** Licences the deck names as open ones; any other licence is the team's own (lib/i18n: "자체 라이선스"). */
const OPEN_LICENCES: { pattern: RegExp, name: string }[] = [
  { pattern: /^apache(?: license)?,?(?: version)?[ -]2\.0$/i, name: 'Apache-2.0' },
  { pattern: /^mit(?: license)?$/i, name: 'MIT' },
]

/**
 * A release's licence in a word, as a chart labels it: an open licence by its
 * name, any other as the team's own (non-commercial when its name says so).
 * Names the sources disagree on are joined when their words differ.
 */
export function licenceInBrief(names: readonly string[], ui: UiStrings): string {
  const words = names.map((name) => {
    const open = OPEN_LICENCES.find(l => l.pattern.test(name.trim()))
    if (open)
      return open.name
    return /(?:^|[\s-])NC$|non-?commercial/i.test(name.trim()) ? ui.releasesChart.licence.ownNonCommercial : ui.releasesChart.licence.own
  })
  return words.length ? [...new Set(words)].join(' / ') : ui.releasesChart.licence.unconfirmed
}

export interface ReleaseSizeView {
  name: string
  /** The release day or month (ISO), and as the slides write it. */
  date: string
  when: string
  /** Parameters as the sources write them ("102.6B", "33B"); none when no source gives the size. */
  total?: string
  active?: string
  /** The licence in a word (see licenceInBrief). */
  licence: string
  /** The team's latest release among those shown. */
  latest: boolean
}

export interface TeamReleasesView {
  id: string
  team: string
  releases: ReleaseSizeView[]
}

/**
 * The models the given teams released, team by team in the order given, each
 * team's oldest first, with their sizes as written. `firstAndLatest` keeps
 * each team's first and latest release. An id that names no consortium throws.
 */
export function teamReleases(data: Pick<DeckData, 'consortia'>, teams: readonly string[], options: { firstAndLatest?: boolean, ui: UiStrings }): TeamReleasesView[] {
  const { ui } = options
  return teams.map((teamId) => {
    const team = data.consortia.find(c => c.id === teamId)
    if (!team)
      throw new Error(`data/consortia.yaml has no consortium "${teamId}"; expected one of ${data.consortia.map(c => c.id).join(', ')}`)
    // A preview the team replaced with a final release is not where it started.
    const releases = options.firstAndLatest ? (team.releases ?? []).filter(r => !r.preview) : team.releases ?? []
    const shown = options.firstAndLatest && releases.length > 2 ? [releases[0]!, releases.at(-1)!] : releases
    return {
      id: team.id,
      team: team.lead.name[ui.lang],
      releases: shown.map((release, index) => ({
        name: release.name,
        date: release.date,
        when: ui.date(release.date),
        total: release.parameters?.total,
        active: release.parameters?.active,
        licence: licenceInBrief((release.licence ?? []).map(l => l.name), ui),
        latest: index === shown.length - 1,
      })),
    }
  })
}

export interface FieldStepView {
  /** The stage's id (the last one's, where stages that changed nothing share a step). */
  id: string
  /** The stage's name; "발표평가 → 정예팀 선정" where stages share a step. */
  name: string
  /** When it happened or is planned; none for a step the moment shown knew only as a plan. */
  when?: string
  /** Teams in the race after the step; none for a step the moment shown knew only as a plan. */
  teams?: number
  /** As of the moment shown: done, planned, or due with no reported outcome. */
  status: 'done' | 'planned' | 'unreported'
  /** The change in the count from the step before (counted steps after the first). */
  change?: number
  /** Leads of the teams that left or joined at this step (all that did, in data order). */
  left: string[]
  joined: string[]
}

/**
 * The field of teams, step by step, as of `at` (the essay's moment or the
 * deck's date), from the race's steps (lib/data/race.ts): a stage that
 * changes nothing (same count, nobody leaves or joins) shares the step of the
 * stage before it, as in the race diagram. Steps after the essay's moment are
 * plans there, with no date or count.
 */
export function fieldSteps(data: DeckData, at: RaceMoment, ui: UiStrings): FieldStepView[] {
  const steps: FieldStepView[] = []
  for (const step of raceSteps(data, at)) {
    const asPlanned = !step.happened && at === 'essay'
    const view: FieldStepView = {
      id: step.stage.id,
      name: step.stage.name[ui.lang],
      when: asPlanned ? undefined : ui.when(step.stage),
      teams: asPlanned ? undefined : step.stage.teams,
      status: step.happened ? 'done' : step.stage.status === 'unreported' && at === 'latest' ? 'unreported' : 'planned',
      left: step.out.map(o => o.consortium.lead.name[ui.lang]),
      joined: step.joined.map(c => c.lead.name[ui.lang]),
    }
    const previous = steps.at(-1)
    if (previous?.status === 'done' && view.status === 'done' && view.teams === previous.teams && !view.left.length && !view.joined.length) {
      steps[steps.length - 1] = { ...previous, id: view.id, name: `${previous.name} → ${view.name}`, when: view.when }
      continue
    }
    const before = [...steps].reverse().find(s => s.teams !== undefined)?.teams
    steps.push({ ...view, change: before !== undefined && view.teams !== undefined ? view.teams - before : undefined })
  }
  return steps
}
