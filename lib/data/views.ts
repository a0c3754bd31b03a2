/**
 * What the data views show, computed from the data: rows for the consortia,
 * the selection stages and the timeline. Components only render these.
 */
import type { Bilingual, Consortium, DeckData, HistoryEntry, Organisation, OrganisationKind } from './schema.ts'
import { consortiaWith, latestEntry, stageCounts } from './derive.ts'
import { formatWhen, kindLabels, kindOrder } from './format.ts'

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
export function groupPartners(partners: Organisation[], maxNames = 3): PartnerGroup[] {
  return kindOrder.flatMap((kind) => {
    const names = partners.filter(p => p.kind === kind).map(p => p.name.ko)
    if (!names.length)
      return []
    const shown = names.slice(0, maxNames)
    return [{ kind, label: kindLabels[kind], count: names.length, shown, more: names.length - shown.length }]
  })
}

const outcomeWords: Record<HistoryEntry['outcome'], string> = {
  applied: '지원',
  passed: '통과',
  selected: '선정',
  eliminated: '탈락',
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
export function describeOutcome(data: Pick<DeckData, 'program'>, entry: HistoryEntry): OutcomeView {
  const stage = data.program.stages.find(s => s.id === entry.stage)
  const stageName = stage?.name.ko ?? entry.stage
  const word = outcomeWords[entry.outcome]
  return {
    stage: entry.stage,
    outcome: entry.outcome,
    text: stageName.endsWith(word) ? stageName : `${stageName} ${word}`,
    when: formatWhen({ date: entry.date }),
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

export function consortiumRow(data: Pick<DeckData, 'program'>, consortium: Consortium, options: { asOf?: string, maxNames?: number } = {}): ConsortiumRow {
  const entry = latestEntry(consortium, options.asOf)
  return {
    id: consortium.id,
    lead: consortium.lead.name,
    model: consortium.model,
    startup: consortium.startup ?? false,
    partnerCount: consortium.partners?.length ?? 0,
    partnerGroups: groupPartners(consortium.partners ?? [], options.maxNames),
    outcome: entry && describeOutcome(data, entry),
    sources: consortium.sources,
  }
}

/** The teams selected at a stage (by default the five of 2025-08-04), as rows. */
export function selectedConsortiaRows(data: Pick<DeckData, 'program' | 'consortia'>, options: { stage?: string, asOf?: string, maxNames?: number } = {}): ConsortiumRow[] {
  return consortiaWith(data.consortia, options.stage ?? 'selection', 'selected').map(c => consortiumRow(data, c, options))
}

export interface StageRow {
  id: string
  name: string
  when: string
  planned: boolean
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
export function stageRows(data: Pick<DeckData, 'program' | 'consortia'>, options: { until?: string } = {}): StageRow[] {
  const counts = new Map(stageCounts(data.program, data.consortia).map(c => [c.stage, c]))
  const leadsWith = (stageId: string, outcome: HistoryEntry['outcome']) =>
    consortiaWith(data.consortia, stageId, outcome).map(c => c.lead.name.ko)
  return data.program.stages
    .filter(stage => options.until === undefined || stage.date <= options.until)
    .map(stage => ({
      id: stage.id,
      name: stage.name.ko,
      when: formatWhen(stage),
      planned: stage.status === 'planned',
      teams: stage.teams,
      applied: counts.get(stage.id)?.applied ?? 0,
      leaving: leadsWith(stage.id, 'eliminated'),
      joining: leadsWith(stage.id, 'selected'),
      note: stage.note,
      sources: stage.sources,
    }))
}

export interface TimelineRow {
  when: string
  title: string
  planned: boolean
  sources: string[]
}

/** Timeline events between `since` and `until` (ISO dates, inclusive; a month-only date counts as its month). */
export function timelineRows(data: Pick<DeckData, 'timeline'>, options: { since?: string, until?: string } = {}): TimelineRow[] {
  return data.timeline
    .filter(event => options.since === undefined || event.date >= options.since.slice(0, event.date.length))
    .filter(event => options.until === undefined || event.date <= options.until)
    .map(event => ({ when: formatWhen(event), title: event.title, planned: event.status === 'planned', sources: event.sources }))
}
