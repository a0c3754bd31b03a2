/**
 * The survival race as data: the stages that set a team count, in order, with
 * the teams that left at each stage (and the stated reason, where the data
 * gives one), the teams that joined later, and the teams still in the race.
 * `at: 'essay'` shows the race as it stood when the essay was written: stages
 * up to its moment as they happened, later stages only as planned steps. The
 * race diagram (lib/diagrams/race.ts) and the field chart's view
 * (lib/data/views.ts) are both drawn from it.
 */
import type { Consortium, DeckData, Stage } from './schema.ts'
import { byDate } from './as-of.ts'

export type RaceMoment = 'essay' | 'latest'

/**
 * The essay's moment: the essay opens on the announcement of the selected
 * teams, so it is the date of the first stage at which any team was selected.
 */
export function essayMoment(data: DeckData): string | undefined {
  const selectedAt = new Set(data.consortia.flatMap(c => c.history.filter(h => h.outcome === 'selected').map(h => h.stage)))
  return raceStages(data).find(s => selectedAt.has(s.id))?.date
}

/** The stages in the race (those that state a team count), in date order. */
function raceStages(data: DeckData): Stage[] {
  return data.program.stages
    .filter(s => s.teams !== undefined)
    .sort((a, b) => byDate(a.date, b.date))
}

/** Consortia whose history has `outcome` at `stageId`. */
function withOutcome(data: DeckData, stageId: string, outcome: 'eliminated' | 'selected'): { consortium: Consortium, reason?: string }[] {
  return data.consortia.flatMap((consortium) => {
    const entry = consortium.history.find(h => h.stage === stageId && h.outcome === outcome)
    return entry ? [{ consortium, reason: entry.reason }] : []
  })
}

export interface RaceStep {
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
