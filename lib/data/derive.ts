/**
 * Counts and states derived from the consortia's histories, so that no number
 * the program states has to be trusted on its own: the cross-check compares
 * these with program.stages, and the views show them.
 */
import type { Consortium, HistoryEntry, Program } from './schema.ts'

export interface StageCount {
  stage: string
  /** Teams that applied at this stage (the call, the additional call). */
  applied: number
  passed: number
  selected: number
  eliminated: number
  /** Teams still in the race once this stage is over. */
  remaining: number
}

/** Position of each stage id in program.stages. */
export function stageIndex(program: Pick<Program, 'stages'>): Map<string, number> {
  return new Map(program.stages.map((stage, index) => [stage.id, index]))
}

/** A consortium's history up to and including a stage, in stage order (entries on unknown stages left out). */
function historyUpTo(consortium: Consortium, order: Map<string, number>, last: number): HistoryEntry[] {
  return consortium.history
    .map((entry, position) => ({ entry, position, at: order.get(entry.stage) ?? -1 }))
    .filter(({ at }) => at >= 0 && at <= last)
    .sort((a, b) => a.at - b.at || a.position - b.position)
    .map(({ entry }) => entry)
}

/** Whether a consortium is still in the race once the stage at `last` is over. */
function inRaceAfter(consortium: Consortium, order: Map<string, number>, last: number): boolean {
  const past = historyUpTo(consortium, order, last)
  const latest = past[past.length - 1]
  return latest !== undefined && latest.outcome !== 'eliminated'
}

/** For every done stage: how many applied, passed, were selected or eliminated there, and how many remain. */
export function stageCounts(program: Pick<Program, 'stages'>, consortia: Consortium[]): StageCount[] {
  const order = stageIndex(program)
  return program.stages.map((stage, index) => {
    const here = consortia.flatMap(c => c.history.filter(entry => entry.stage === stage.id))
    const count = (outcome: HistoryEntry['outcome']) => here.filter(entry => entry.outcome === outcome).length
    return {
      stage: stage.id,
      applied: count('applied'),
      passed: count('passed'),
      selected: count('selected'),
      eliminated: count('eliminated'),
      remaining: consortia.filter(c => inRaceAfter(c, order, index)).length,
    }
  })
}

/** The consortia with a given outcome at a stage, in data order. */
export function consortiaWith(consortia: Consortium[], stageId: string, outcome: HistoryEntry['outcome']): Consortium[] {
  return consortia.filter(c => c.history.some(entry => entry.stage === stageId && entry.outcome === outcome))
}

/** The consortium's latest history entry on or before a date (all of it when no date is given). */
export function latestEntry(consortium: Consortium, asOf?: string): HistoryEntry | undefined {
  const past = consortium.history.filter(entry => asOf === undefined || entry.date <= asOf)
  return past[past.length - 1]
}
