/**
 * The cross-file rules about figures (./cross-check.ts runs them): the team
 * counts the stages state agree with the consortia, reported totals agree
 * with their parts, a review's scoring adds up, and every amount's unit is
 * one the editions write. Each problem names the file, the record and the field.
 */
import type { DataProblem, DataRule } from './problem.ts'
import type { Amount, ScoreItem } from './schema.ts'
import { stageCounts } from './derive.ts'
import { AMOUNT_PER, AMOUNT_UNITS } from './schema-fields.ts'

/** The counts program.stages states equal the counts derived from the consortia. */
export const countsAgree: DataRule = (data) => {
  const derived = new Map(stageCounts(data.program, data.consortia).map(c => [c.stage, c]))
  return data.program.stages.flatMap((stage) => {
    const counts = derived.get(stage.id)
    if (stage.status !== 'done' || !counts)
      return []
    const path = `program.stages[${stage.id}]`
    const compare = (field: 'teams' | 'applied' | 'eliminated', stated: number | undefined, actual: number, what: string): DataProblem[] =>
      stated === undefined || stated === actual
        ? []
        : [{ file: 'program.yaml', path: `${path}.${field}`, message: `states ${stated}, but consortia.yaml gives ${actual} (${what}); expected the two to agree` }]
    return [
      ...compare('teams', stage.teams, counts.remaining, `teams still in the race after "${stage.id}"`),
      ...compare('applied', stage.applied, counts.applied, `history entries "applied" at "${stage.id}"`),
      ...compare('eliminated', stage.eliminated, counts.eliminated, `history entries "eliminated" at "${stage.id}"`),
    ]
  })
}

/**
 * Totals an outlet reported for a review whose team totals the ministry did not
 * publish agree with what it did publish: one total for each team reviewed, none
 * above 100 or above the sum of the items' top scores, and their mean within
 * rounding of the sum of the published averages (each average rounded to the
 * digits it is printed with, plus the totals' own rounding).
 */
export const reportedTotalsAgree: DataRule = (data) => {
  const problems: DataProblem[] = []
  for (const stage of data.program.stages) {
    const scoring = stage.scoring
    const reported = scoring?.totals?.reported
    if (!scoring || !reported)
      continue
    const path = `program.stages[${stage.id}].scoring.totals`
    if (!scoring.totals!.sources?.length)
      problems.push({ file: 'program.yaml', path: `${path}.sources`, message: 'reported totals with no source; expected the outlet that reported them' })
    const reviewed = data.consortia.filter(c => c.history.some(h => h.stage === stage.id)).map(c => c.id)
    const given = reported.map(r => r.consortium)
    const missing = reviewed.filter(id => !given.includes(id))
    const extra = given.filter(id => !reviewed.includes(id))
    if (missing.length || extra.length || new Set(given).size !== given.length) {
      // The mean below needs every team's total.
      problems.push({ file: 'program.yaml', path: `${path}.reported`, message: `gives totals for ${given.join(', ')}; expected one total for each team the stage reviewed (${reviewed.join(', ')})` })
      continue
    }
    const leaves = scoring.parts.flatMap(part => part.items?.length ? part.items : [part])
    const averages = leaves.map(l => l.average)
    const digits = (n: number) => (String(n).split('.')[1] ?? '').length
    const tops = leaves.map(l => l.top?.score)
    const ceiling = tops.every(t => t !== undefined) ? Math.round(tops.reduce((a, b) => a! + b!, 0)! * 100) / 100 : 100
    reported.forEach((r, i) => {
      if (r.score > ceiling)
        problems.push({ file: 'program.yaml', path: `${path}.reported[${i}].score`, message: `${r.score} is above ${ceiling}, the most a team can score (the sum of the items' top scores); expected a total within it` })
    })
    if (averages.every(a => a !== undefined)) {
      const expected = averages.reduce((a, b) => a! + b!, 0)!
      const tolerance = averages.reduce((sum, a) => sum + 0.5 * 10 ** -digits(a!), 0) + 0.5 * 10 ** -Math.max(...reported.map(r => digits(r.score)))
      const mean = reported.reduce((sum, r) => sum + r.score, 0) / reported.length
      if (Math.abs(mean - expected) > tolerance + 1e-9)
        problems.push({ file: 'program.yaml', path: `${path}.reported`, message: `the reported totals average ${Math.round(mean * 1000) / 1000}, but the published averages add up to ${Math.round(expected * 1000) / 1000} (within ±${Math.round(tolerance * 1000) / 1000} from rounding); expected the outlet's totals to agree with the ministry's averages` })
    }
  }
  return problems
}

/**
 * A review's published scoring adds up: parts to 100, items to their part; no
 * average or top score above the points; top teams exist and took part.
 */
export const scoringAddsUp: DataRule = (data) => {
  const problems: DataProblem[] = []
  const total = (items: { points: number }[]) => Math.round(items.reduce((sum, item) => sum + item.points, 0) * 100) / 100
  for (const stage of data.program.stages) {
    if (!stage.scoring)
      continue
    const path = `program.stages[${stage.id}].scoring`
    const reviewed = new Set(data.consortia.filter(c => c.history.some(h => h.stage === stage.id)).map(c => c.id))
    const sum = total(stage.scoring.parts)
    if (sum !== 100)
      problems.push({ file: 'program.yaml', path: `${path}.parts`, message: `the parts' points add up to ${sum}; expected 100` })
    const checkItem = (item: ScoreItem, at: string) => {
      if (item.average !== undefined && item.average > item.points)
        problems.push({ file: 'program.yaml', path: `${at}.average`, message: `${item.average} is more than the ${item.points} points; expected an average within the points` })
      if (item.top && item.top.score > item.points)
        problems.push({ file: 'program.yaml', path: `${at}.top.score`, message: `${item.top.score} is more than the ${item.points} points; expected a score within the points` })
      if (item.top && item.average !== undefined && item.top.score < item.average)
        problems.push({ file: 'program.yaml', path: `${at}.top.score`, message: `${item.top.score} is below the average ${item.average}; expected the top score at or above the average` })
      item.top?.consortia.forEach((consortium, index) => {
        if (!reviewed.has(consortium))
          problems.push({ file: 'program.yaml', path: `${at}.top.consortia[${index}]`, message: `"${consortium}" has no history entry at "${stage.id}"; expected a team the stage reviewed` })
      })
    }
    stage.scoring.parts.forEach((part, p) => {
      const at = `${path}.parts[${p}]`
      checkItem(part, at)
      if (part.items?.length && total(part.items) !== part.points)
        problems.push({ file: 'program.yaml', path: `${at}.items`, message: `the items' points add up to ${total(part.items)}; expected the part's ${part.points}` })
      part.items?.forEach((item, i) => checkItem(item, `${at}.items[${i}]`))
    })
  }
  return problems
}

/**
 * Every amount's unit and `per` is one the editions write: AMOUNT_UNITS and
 * AMOUNT_PER (./schema-fields.ts), each of which lib/i18n/en.ts writes in English.
 */
export const englishUnits: DataRule = (data) => {
  const problems: DataProblem[] = []
  const known = (list: readonly string[], word: string) => list.includes(word)
  const check = (path: string, amount: Amount) => {
    if (!known(AMOUNT_UNITS, amount.unit))
      problems.push({ file: 'program.yaml', path: `${path}.amount.unit`, message: `the unit "${amount.unit}" is not one the editions write; expected one of ${AMOUNT_UNITS.join(', ')} (a new unit goes into AMOUNT_UNITS in lib/data/schema-fields.ts, with its English form in lib/i18n/en.ts)` })
    if (amount.per !== undefined && !known(AMOUNT_PER, amount.per))
      problems.push({ file: 'program.yaml', path: `${path}.amount.per`, message: `"${amount.per}" is not a per-word the editions write; expected one of ${AMOUNT_PER.join(', ')} (a new one goes into AMOUNT_PER in lib/data/schema-fields.ts, with its English form in lib/i18n/en.ts)` })
  }
  for (const line of data.program.support) {
    line.items.forEach((item, i) => check(`program.support[${line.id}].items[${i}]`, item.amount))
    line.totals?.forEach((total, i) => check(`program.support[${line.id}].totals[${i}]`, total.amount))
  }
  data.program.budget.forEach((figure, i) => check(`program.budget[${i}]`, figure.amount))
  return problems
}
