import type { UiStrings } from '../i18n/strings.ts'
/**
 * What the data views show, computed from the data: rows for the consortia,
 * the selection stages and the timeline. Components only render these.
 */
import type { Bilingual, Consortium, DeckData, EventStatus, HistoryEntry, Organisation, OrganisationKind, ScheduleReport } from './schema.ts'
import { ko } from '../i18n/ko.ts'
import { byDate } from './as-of.ts'
import { consortiaWith, latestEntry, stageCounts } from './derive.ts'
import { kindOrder } from './format.ts'

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
export function groupPartners(partners: Organisation[], maxNames = 3, ui: UiStrings = ko): PartnerGroup[] {
  return kindOrder.flatMap((kind) => {
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
export function describeOutcome(data: Pick<DeckData, 'program'>, entry: HistoryEntry, ui: UiStrings = ko): OutcomeView {
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
  /** The latest outcome on or before `asOf` (or the latest of all). */
  outcome?: OutcomeView
  sources: string[]
}

export function consortiumRow(data: Pick<DeckData, 'program'>, consortium: Consortium, options: { asOf?: string, maxNames?: number, ui?: UiStrings } = {}): ConsortiumRow {
  const entry = latestEntry(consortium, options.asOf)
  return {
    id: consortium.id,
    lead: consortium.lead.name,
    model: consortium.model,
    startup: consortium.startup ?? false,
    partnerCount: consortium.partners?.length ?? 0,
    partnerGroups: groupPartners(consortium.partners ?? [], options.maxNames, options.ui),
    outcome: entry && describeOutcome(data, entry, options.ui),
    sources: consortium.sources,
  }
}

/** The teams selected at a stage (by default the five of 2025-08-04), as rows. */
export function selectedConsortiaRows(data: Pick<DeckData, 'program' | 'consortia'>, options: { stage?: string, asOf?: string, maxNames?: number, ui?: UiStrings } = {}): ConsortiumRow[] {
  return consortiaWith(data.consortia, options.stage ?? 'selection', 'selected').map(c => consortiumRow(data, c, options))
}

export interface StageRow {
  id: string
  name: string
  when: string
  status: EventStatus
  /** "예정" or "결과 미보도"; none when done. */
  statusLabel?: string
  /** Teams left in the race after the stage (planned: the stated intent). */
  teams?: number
  applied: number
  /** Leads of the teams that left the race here. */
  leaving: string[]
  /** Leads of the teams selected here. */
  joining: string[]
  note?: string
  sources: string[]
}

/** The selection stages in order; `until` (ISO date) hides stages after it, to show the race as it stood then. */
export function stageRows(data: Pick<DeckData, 'program' | 'consortia'>, options: { until?: string, ui?: UiStrings } = {}): StageRow[] {
  const ui = options.ui ?? ko
  const counts = new Map(stageCounts(data.program, data.consortia).map(c => [c.stage, c]))
  const leadsWith = (stageId: string, outcome: HistoryEntry['outcome']) =>
    consortiaWith(data.consortia, stageId, outcome).map(c => c.lead.name[ui.lang])
  return data.program.stages
    .filter(stage => options.until === undefined || stage.date <= options.until)
    .map(stage => ({
      id: stage.id,
      name: stage.name[ui.lang],
      when: ui.when(stage),
      status: stage.status,
      statusLabel: statusLabel(stage.status, ui),
      teams: stage.teams,
      applied: counts.get(stage.id)?.applied ?? 0,
      leaving: leadsWith(stage.id, 'eliminated'),
      joining: leadsWith(stage.id, 'selected'),
      note: stage.note,
      sources: stage.sources,
    }))
}

/** How a row labels a status other than done. */
export function statusLabel(status: EventStatus, ui: UiStrings = ko): string | undefined {
  return status === 'done' ? undefined : ui.status[status]
}

/** "2026.11.30 기준": the day the deck's facts were last checked, as the slides show it. */
export function asOfLabel(data: Pick<DeckData, 'asOf'>, ui: UiStrings = ko): string {
  return ui.asOf(data.asOf)
}

/** Reports of a step's timing, oldest first: "2026년 6월 말~7월 초 (2026.1.16 보도)". */
export function scheduleTexts(schedule: readonly ScheduleReport[] | undefined, ui: UiStrings = ko): string[] {
  return [...(schedule ?? [])]
    .sort((a, b) => byDate(a.reported, b.reported))
    .map(report => ui.reported(report.said, report.reported))
}

export interface TimelineRow {
  when: string
  title: string
  status: EventStatus
  statusLabel?: string
  /** How sources reported the timing, when they moved it. */
  schedule: string[]
  sources: string[]
}

/** Timeline events between `since` and `until` (ISO dates, inclusive; a month-only date counts as its month). */
export function timelineRows(data: Pick<DeckData, 'timeline'>, options: { since?: string, until?: string, ui?: UiStrings } = {}): TimelineRow[] {
  const ui = options.ui ?? ko
  return data.timeline
    .filter(event => options.since === undefined || event.date >= options.since.slice(0, event.date.length))
    .filter(event => options.until === undefined || event.date <= options.until)
    .map(event => ({
      when: ui.when(event),
      title: event.title,
      status: event.status,
      statusLabel: statusLabel(event.status, ui),
      schedule: scheduleTexts(event.schedule, ui),
      sources: [...event.sources, ...(event.schedule ?? []).flatMap(r => r.sources)],
    }))
}

export interface ReleaseRow {
  team: string
  name: string
  when: string
  /** "519B (활성 33B)", or "미확인". */
  size: string
  weights: string
  /** One licence, several joined when sources disagree, or "미확인". */
  licence: string
  licenceDisputed: boolean
  note?: string
  sources: string[]
}

/**
 * The models the given teams released, team by team in the order given, each
 * team's oldest first. `firstAndLatest` keeps each team's first and latest
 * release: where it started and where it stands.
 */
export function releaseRows(data: Pick<DeckData, 'consortia'>, teams: readonly string[], options: { firstAndLatest?: boolean, ui?: UiStrings } = {}): ReleaseRow[] {
  const ui = options.ui ?? ko
  return teams.flatMap((teamId) => {
    const team = data.consortia.find(c => c.id === teamId)
    const releases = team?.releases ?? []
    const shown = options.firstAndLatest && releases.length > 2 ? [releases[0]!, releases.at(-1)!] : releases
    return shown.map((release) => {
      const licences = [...new Set((release.licence ?? []).map(l => l.name))]
      return {
        team: team!.lead.name[ui.lang],
        name: release.name,
        when: ui.date(release.date),
        size: release.parameters ? `${release.parameters.total}${release.parameters.active ? ` (${ui.releases.active(release.parameters.active)})` : ''}` : ui.releases.unconfirmed,
        weights: release.openWeights ? ui.releases.open : ui.releases.unconfirmed,
        licence: licences.length ? licences.join(' / ') : ui.releases.unconfirmed,
        licenceDisputed: licences.length > 1,
        note: release.note,
        sources: [...release.sources, ...(release.licence ?? []).flatMap(l => l.sources)],
      }
    })
  })
}
