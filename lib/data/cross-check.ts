/**
 * Checks that hold between records and files, beyond what each file's schema
 * can see alone. Each rule returns problems that name the file, the record
 * (by its id where it has one) and the field, and say what was expected.
 */
import type { DataProblem } from './problem.ts'
import type { Amount, DeckData, EventStatus, ScoreItem, SearchRecord } from './schema.ts'
import { ENGLISH_PER, ENGLISH_UNITS } from '../i18n/en.ts'
import { periodStart, statusProblem } from './as-of.ts'
import { stageCounts, stageIndex } from './derive.ts'
import { variantMessages } from './glossary.ts'
import { recordKey } from './problem.ts'

/** Every `sources` list in the data, with where it stands. */
export function citations(data: DeckData): { file: string, path: string, ids: string[] }[] {
  const found: { file: string, path: string, ids: string[] }[] = []
  const walk = (file: string, node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => walk(file, child, `${path}[${recordKey(node, index)}]`))
    }
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const here = path ? `${path}.${key}` : key
        if (key === 'sources' && Array.isArray(value) && value.every(v => typeof v === 'string'))
          found.push({ file, path: here, ids: value as string[] })
        else
          walk(file, value, here)
      }
    }
  }
  walk('essay.yaml', { essay: data.essay }, '')
  walk('program.yaml', { program: data.program }, '')
  walk('consortia.yaml', { consortia: data.consortia }, '')
  walk('timeline.yaml', { timeline: data.timeline }, '')
  walk('ecosystem.yaml', { ecosystem: data.ecosystem }, '')
  walk('talk.yaml', { talk: data.talk }, '')
  walk('record.yaml', { record: data.record }, '')
  return found
}

type Rule = (data: DeckData) => DataProblem[]

const isMonthOnly = (date: string) => /^\d{4}-\d{2}$/.test(date)

/** Every cited source id is listed in sources.yaml. */
const citedSourcesExist: Rule = (data) => {
  const known = new Set(data.sources.map(s => s.id))
  return citations(data).flatMap(({ file, path, ids }) => ids.flatMap((sourceId, index) => known.has(sourceId)
    ? []
    : [{ file, path: `${path}[${index}]`, message: `cites source "${sourceId}", which data/sources.yaml does not list; expected the id of a listed source` }]))
}

/** Every listed source is cited somewhere: the sources slides hold nothing the deck does not use. */
const noUnusedSource: Rule = (data) => {
  const cited = new Set(citations(data).flatMap(c => c.ids))
  return data.sources.flatMap((source, index) => cited.has(source.id)
    ? []
    : [{ file: 'sources.yaml', path: `sources[${source.id || index}].id`, message: `source "${source.id}" is cited nowhere; expected every source to back at least one record (remove it or cite it)` }])
}

/** Ids are unique within sources, consortia, stages and ecosystem parts. */
const uniqueIds: Rule = (data) => {
  const lists: { file: string, path: string, ids: string[] }[] = [
    { file: 'sources.yaml', path: 'sources', ids: data.sources.map(s => s.id) },
    { file: 'consortia.yaml', path: 'consortia', ids: data.consortia.map(c => c.id) },
    { file: 'program.yaml', path: 'program.stages', ids: data.program.stages.map(s => s.id) },
    { file: 'ecosystem.yaml', path: 'ecosystem', ids: data.ecosystem.map(e => e.id) },
    { file: 'record.yaml', path: 'record.asks', ids: data.record.asks.map(a => a.id) },
    { file: 'record.yaml', path: 'record.findings', ids: data.record.asks.flatMap(a => a.record.map(f => f.id)) },
    { file: 'record.yaml', path: 'record.worries', ids: data.record.worries.map(w => w.id) },
  ]
  return lists.flatMap(({ file, path, ids }) => {
    const seen = new Map<string, number>()
    return ids.flatMap((recordId, index) => {
      const first = seen.get(recordId)
      if (first === undefined) {
        seen.set(recordId, index)
        return []
      }
      return [{ file, path: `${path}[${index}].id`, message: `id "${recordId}" is used again (first at ${path}[${first}]); expected ids to be unique` }]
    })
  })
}

/** Dates: a consortium's history and the timeline run forward; month-only dates belong to planned events; done events are reported by a source published on or after them. */
const datesInOrder: Rule = (data) => {
  const problems: DataProblem[] = []
  const published = new Map(data.sources.map(s => [s.id, s.published]))
  const newestSource = (ids: string[]) => ids.map(id => published.get(id) ?? '').sort().pop() ?? ''
  const checkReported = (file: string, path: string, date: string, status: EventStatus, sources: string[]) => {
    if (status === 'done' && isMonthOnly(date))
      problems.push({ file, path: `${path}.date`, message: `"${date}" gives only a month; expected a full date (YYYY-MM-DD) for an event marked done` })
    const newest = newestSource(sources)
    if (status === 'done' && newest && date > newest)
      problems.push({ file, path: `${path}.date`, message: `${date} is after its newest source (${newest}); expected a done event to be reported by a source published on or after it, or status: planned` })
  }

  for (const consortium of data.consortia) {
    consortium.history.forEach((entry, index) => {
      const previous = consortium.history[index - 1]
      const path = `consortia[${consortium.id}].history[${recordKey(consortium.history, index)}]`
      if (previous && entry.date < previous.date)
        problems.push({ file: 'consortia.yaml', path: `${path}.date`, message: `${entry.date} comes before the previous entry's ${previous.date}; expected history in date order` })
      checkReported('consortia.yaml', path, entry.date, 'done', entry.sources)
    })
  }
  data.program.stages.forEach((stage, index) => {
    const previous = data.program.stages[index - 1]
    const path = `program.stages[${stage.id}]`
    if (previous && stage.date < previous.date)
      problems.push({ file: 'program.yaml', path: `${path}.date`, message: `${stage.date} comes before the previous stage's ${previous.date}; expected stages in date order` })
    if (stage.until && stage.until < stage.date)
      problems.push({ file: 'program.yaml', path: `${path}.until`, message: `${stage.until} is before the stage's start ${stage.date}; expected until on or after date` })
    checkReported('program.yaml', path, stage.date, stage.status, stage.sources)
  })
  data.timeline.forEach((event, index) => {
    const previous = data.timeline[index - 1]
    const path = `timeline[${recordKey(data.timeline, index)}]`
    if (previous && event.date < previous.date)
      problems.push({ file: 'timeline.yaml', path: `${path}.date`, message: `${event.date} comes before the previous event's ${previous.date}; expected the timeline in date order` })
    checkReported('timeline.yaml', path, event.date, event.status, event.sources)
  })
  for (const ask of data.record.asks) {
    ask.record.forEach((finding) => {
      checkReported('record.yaml', `record.asks[${ask.id}].record[${finding.id}]`, finding.date, finding.status, finding.sources)
    })
  }
  const { opens, closes } = data.program.call
  if (closes < opens)
    problems.push({ file: 'program.yaml', path: 'program.call.closes', message: `${closes} is before the call opens (${opens}); expected closes on or after opens` })
  return problems
}

/** History entries name existing stages, follow the stages' order, and `reached` is the last of them. */
const historyStages: Rule = (data) => {
  const order = stageIndex(data.program)
  const known = [...order.keys()].join(', ')
  return data.consortia.flatMap((consortium) => {
    const problems: DataProblem[] = []
    consortium.history.forEach((entry, index) => {
      const at = order.get(entry.stage)
      const previous = consortium.history[index - 1]
      const path = `consortia[${consortium.id}].history[${recordKey(consortium.history, index)}].stage`
      if (at === undefined)
        problems.push({ file: 'consortia.yaml', path, message: `stage "${entry.stage}" is not in program.stages; expected one of: ${known}` })
      else if (previous && (order.get(previous.stage) ?? -1) > at)
        problems.push({ file: 'consortia.yaml', path, message: `stage "${entry.stage}" comes before the previous entry's "${previous.stage}" in program.stages; expected history in stage order` })
    })
    const last = consortium.history[consortium.history.length - 1]
    if (!order.has(consortium.reached))
      problems.push({ file: 'consortia.yaml', path: `consortia[${consortium.id}].reached`, message: `stage "${consortium.reached}" is not in program.stages; expected one of: ${known}` })
    else if (last && last.stage !== consortium.reached)
      problems.push({ file: 'consortia.yaml', path: `consortia[${consortium.id}].reached`, message: `says "${consortium.reached}" but the history ends at "${last.stage}"; expected the stage of the last history entry` })
    return problems
  })
}

/** The counts program.stages states equal the counts derived from the consortia. */
const countsAgree: Rule = (data) => {
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

/** Support recipients and deferred teams are consortia that exist; no team is both. */
const supportRecipients: Rule = (data) => {
  const known = new Set(data.consortia.map(c => c.id))
  return data.program.support.flatMap((line) => {
    const problems: DataProblem[] = []
    const path = `program.support[${line.id}]`
    line.recipients.forEach((recipient, index) => {
      if (!known.has(recipient))
        problems.push({ file: 'program.yaml', path: `${path}.recipients[${index}]`, message: `"${recipient}" is not a consortium in consortia.yaml; expected a consortium id` })
    })
    line.deferred?.forEach((deferral, index) => {
      if (!known.has(deferral.consortium))
        problems.push({ file: 'program.yaml', path: `${path}.deferred[${index}].consortium`, message: `"${deferral.consortium}" is not a consortium in consortia.yaml; expected a consortium id` })
      if (line.recipients.includes(deferral.consortium))
        problems.push({ file: 'program.yaml', path: `${path}.deferred[${index}].consortium`, message: `"${deferral.consortium}" is also listed in recipients; expected a team to be either a recipient or deferred` })
    })
    return problems
  })
}

/** Within a consortium each partner appears once, and never as its own lead. */
const partnersOnce: Rule = data => data.consortia.flatMap((consortium) => {
  const problems: DataProblem[] = []
  const key = (name: { ko: string, en: string }) => [name.ko.trim().toLowerCase(), name.en.trim().toLowerCase()]
  const seen = new Map<string, number>()
  const lead = key(consortium.lead.name)
  consortium.partners?.forEach((partner, index) => {
    const path = `consortia[${consortium.id}].partners[${index}].name`
    const names = key(partner.name)
    if (names.some(n => lead.includes(n))) {
      problems.push({ file: 'consortia.yaml', path, message: `"${partner.name.ko}" is the consortium's lead; expected partners other than the lead` })
      return
    }
    const first = names.map(n => seen.get(n)).find(n => n !== undefined)
    if (first !== undefined)
      problems.push({ file: 'consortia.yaml', path, message: `"${partner.name.ko}" appears again (first at partners[${first}]); expected each partner once per consortium` })
    names.forEach(n => seen.has(n) || seen.set(n, index))
  })
  return problems
})

/** Timeline events name existing consortia. */
const timelineConsortia: Rule = (data) => {
  const known = new Set(data.consortia.map(c => c.id))
  return data.timeline.flatMap((event, index) => (event.consortia ?? []).flatMap((consortiumId, at) => known.has(consortiumId)
    ? []
    : [{ file: 'timeline.yaml', path: `timeline[${recordKey(data.timeline, index)}].consortia[${at}]`, message: `"${consortiumId}" is not a consortium in consortia.yaml; expected a consortium id` }]))
}

/** Every dated stage, event, history entry and release stands where the as-of date puts it. */
const statusAsOf: Rule = (data) => {
  const problems: DataProblem[] = []
  data.program.stages.forEach((stage) => {
    const problem = statusProblem(stage.status, stage.date, data.asOf)
    if (problem)
      problems.push({ file: 'program.yaml', path: `program.stages[${stage.id}].status`, message: problem })
  })
  data.timeline.forEach((event, index) => {
    const problem = statusProblem(event.status, event.date, data.asOf)
    if (problem)
      problems.push({ file: 'timeline.yaml', path: `timeline[${recordKey(data.timeline, index)}].status`, message: problem })
  })
  for (const ask of data.record.asks) {
    for (const finding of ask.record) {
      const problem = statusProblem(finding.status, finding.date, data.asOf)
      if (problem)
        problems.push({ file: 'record.yaml', path: `record.asks[${ask.id}].record[${finding.id}].status`, message: problem })
    }
  }
  return problems
}

/** The as-of date is on or after everything the data reports as having happened, and every source it cites. */
const asOfCoversData: Rule = (data) => {
  const reported: { date: string, what: string }[] = [
    ...data.program.stages.filter(s => s.status === 'done').map(s => ({ date: s.date, what: `program.yaml program.stages[${s.id}]` })),
    ...data.timeline.map((e, i) => ({ e, key: recordKey(data.timeline, i) })).filter(({ e }) => e.status === 'done').map(({ e, key }) => ({ date: e.date, what: `timeline.yaml timeline[${key}] "${e.title}"` })),
    ...data.consortia.flatMap(c => [
      ...c.history.map((h, i) => ({ date: h.date, what: `consortia.yaml consortia[${c.id}].history[${recordKey(c.history, i)}]` })),
      ...(c.releases ?? []).map((r, i, all) => ({ date: periodStart(r.date), what: `consortia.yaml consortia[${c.id}].releases[${recordKey(all, i)}] "${r.name}"` })),
    ]),
    ...data.sources.map(s => ({ date: s.published, what: `sources.yaml sources[${s.id}] (published)` })),
    ...data.record.asks.flatMap(a => a.record.filter(f => f.status === 'done').map(f => ({ date: f.date, what: `record.yaml record.asks[${a.id}].record[${f.id}]` }))),
  ]
  const latest = reported.sort((a, b) => b.date.localeCompare(a.date))[0]
  return latest && latest.date > data.asOf
    ? [{ file: 'as-of.yaml', path: 'asOf', message: `${data.asOf} is before ${latest.what}, dated ${latest.date}; expected the as-of date on or after the latest sourced event (the day the facts were last checked)` }]
    : []
}

/**
 * "Not reported" and "unconfirmed" are claims about a search: every unreported
 * stage or event, and every release whose size or licence is not given,
 * carries the search behind it, made on or after the as-of date.
 */
const searchBehindAbsence: Rule = (data) => {
  const problems: DataProblem[] = []
  const check = (file: string, path: string, searched: SearchRecord | undefined, missing: string | undefined) => {
    if (missing && !searched)
      problems.push({ file, path: `${path}.searched`, message: `${missing}, with no record of the search behind it; expected searched: { on: YYYY-MM-DD, where: [...], queries: [...] } saying where it was looked for, with what queries, and on what day` })
    if (searched && searched.on < data.asOf)
      problems.push({ file, path: `${path}.searched.on`, message: `the search was made on ${searched.on}, before the as-of date ${data.asOf} (data/as-of.yaml); expected the search repeated on or after the as-of date (and its date updated), or the item updated from what the new search found` })
  }
  data.program.stages.forEach(stage => check('program.yaml', `program.stages[${stage.id}]`, stage.searched, stage.status === 'unreported' ? 'marked unreported' : undefined))
  data.timeline.forEach((event, index) => check('timeline.yaml', `timeline[${recordKey(data.timeline, index)}]`, event.searched, event.status === 'unreported' ? 'marked unreported' : undefined))
  for (const consortium of data.consortia) {
    consortium.releases?.forEach((release, index) => {
      const unknown = [release.parameters ? undefined : 'size', release.licence?.length ? undefined : 'licence'].filter(Boolean)
      check('consortia.yaml', `consortia[${consortium.id}].releases[${recordKey(consortium.releases!, index)}]`, release.searched, unknown.length ? `"${release.name}" gives no ${unknown.join(' and no ')}` : undefined)
    })
  }
  for (const stage of data.program.stages) {
    const totals = stage.scoring?.totals
    if (totals)
      check('program.yaml', `program.stages[${stage.id}].scoring.totals`, totals.searched, totals.reported ? undefined : 'gives no team totals (unpublished, none reported)')
  }
  for (const ask of data.record.asks) {
    ask.record.forEach(f => check('record.yaml', `record.asks[${ask.id}].record[${f.id}]`, f.searched, f.status === 'unreported' ? 'marked unreported' : undefined))
    ask.notFound?.forEach((item, i) => check('record.yaml', `record.asks[${ask.id}].notFound[${i}]`, item.searched, 'says nothing was found'))
  }
  for (const now of data.record.ecosystemNow)
    check('record.yaml', `record.ecosystemNow[${now.part}]`, now.searched, now.mark === 'none-found' ? 'marked none-found' : undefined)
  return problems
}

/**
 * Totals an outlet reported for a review whose team totals the ministry did not
 * publish agree with what it did publish: one total for each team reviewed, none
 * above 100 or above the sum of the items' top scores, and their mean within
 * rounding of the sum of the published averages (each average rounded to the
 * digits it is printed with, plus the totals' own rounding).
 */
const reportedTotalsAgree: Rule = (data) => {
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

/** Every ecosystem part (ecosystem.yaml) has exactly one mark in the record, and every mark names a part. */
const ecosystemMarked: Rule = (data) => {
  const problems: DataProblem[] = []
  const parts = new Set(data.ecosystem.map(p => p.id))
  const seen = new Set<string>()
  data.record.ecosystemNow.forEach((now, i) => {
    if (!parts.has(now.part))
      problems.push({ file: 'record.yaml', path: `record.ecosystemNow[${i}].part`, message: `"${now.part}" is not a part in ecosystem.yaml; expected one of: ${[...parts].join(', ')}` })
    else if (seen.has(now.part))
      problems.push({ file: 'record.yaml', path: `record.ecosystemNow[${i}].part`, message: `"${now.part}" is marked again; expected one mark per part` })
    seen.add(now.part)
  })
  for (const part of parts) {
    if (!seen.has(part))
      problems.push({ file: 'record.yaml', path: 'record.ecosystemNow', message: `no mark for the ecosystem part "${part}"; expected every part of ecosystem.yaml marked yes, partly or none-found` })
  }
  return problems
}

/** A finding that has happened says how it answers the ask; one that has not says unknown. */
const findingAnswers: Rule = data => data.record.asks.flatMap(ask => ask.record.flatMap((f) => {
  const path = `record.asks[${ask.id}].record[${f.id}].answers`
  if (f.status === 'done' && f.answers === 'unknown')
    return [{ file: 'record.yaml', path, message: 'is unknown for a finding marked done; expected yes, partly or against' }]
  if (f.status !== 'done' && f.answers !== 'unknown')
    return [{ file: 'record.yaml', path, message: `is ${f.answers} for a finding marked ${f.status}; expected unknown until it has happened` }]
  return []
}))

/**
 * A review's published scoring adds up: parts to 100, items to their part; no
 * average or top score above the points; top teams exist and took part.
 */
const scoringAddsUp: Rule = (data) => {
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

/** No glossary variant in the data's own text (source headlines are quoted as published). */
const glossaryTerms: Rule = (data) => {
  const problems: DataProblem[] = []
  const walk = (file: string, node: unknown, path: string) => {
    if (typeof node === 'string') {
      for (const message of variantMessages(node, data.glossary))
        problems.push({ file, path, message })
    }
    else if (Array.isArray(node)) {
      node.forEach((child, index) => walk(file, child, `${path}[${recordKey(node, index)}]`))
    }
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        // A search's queries are recorded as typed, and the essay's quotes as published.
        if (key === 'queries' || key === 'quote')
          continue
        walk(file, value, path ? `${path}.${key}` : key)
      }
    }
  }
  walk('essay.yaml', { essay: data.essay }, '')
  walk('program.yaml', { program: data.program }, '')
  walk('consortia.yaml', { consortia: data.consortia }, '')
  walk('timeline.yaml', { timeline: data.timeline }, '')
  walk('ecosystem.yaml', { ecosystem: data.ecosystem }, '')
  walk('record.yaml', { record: data.record }, '')
  data.sources.forEach((source) => {
    walk('sources.yaml', source.publisher, `sources[${source.id}].publisher`)
    // A title the deck wrote (the headline was not seen) follows the glossary; a quoted headline stays as published.
    if (source.titleIsSummary)
      walk('sources.yaml', source.title, `sources[${source.id}].title`)
  })
  // A variant must not be part of any preferred term, or the term itself would be flagged.
  data.glossary.forEach((entry, index) => {
    entry.variants.forEach((variant, at) => {
      const clash = data.glossary.find(other => other.term.includes(variant))
      if (clash)
        problems.push({ file: 'glossary.yaml', path: `glossary[${index}].variants[${at}]`, message: `"${variant}" is part of the term "${clash.term}"; expected variants that no preferred term contains` })
    })
  })
  return problems
}

/** Every amount's unit and `per` has an English form for the English edition (lib/i18n/en.ts). */
const englishUnits: Rule = (data) => {
  const problems: DataProblem[] = []
  const check = (path: string, amount: Amount) => {
    if (!(amount.unit in ENGLISH_UNITS))
      problems.push({ file: 'program.yaml', path: `${path}.amount.unit`, message: `no English form for the unit "${amount.unit}"; expected one in ENGLISH_UNITS (lib/i18n/en.ts)` })
    if (amount.per !== undefined && !(amount.per in ENGLISH_PER))
      problems.push({ file: 'program.yaml', path: `${path}.amount.per`, message: `no English form for "${amount.per}"; expected one in ENGLISH_PER (lib/i18n/en.ts)` })
  }
  for (const line of data.program.support) {
    line.items.forEach((item, i) => check(`program.support[${line.id}].items[${i}]`, item.amount))
    line.totals?.forEach((total, i) => check(`program.support[${line.id}].totals[${i}]`, total.amount))
  }
  data.program.budget.forEach((figure, i) => check(`program.budget[${i}]`, figure.amount))
  return problems
}

/** Every cross-file rule, by name; the names are what tests and the closing note count. */
export const crossCheckRules: Record<string, Rule> = {
  citedSourcesExist,
  noUnusedSource,
  uniqueIds,
  datesInOrder,
  historyStages,
  countsAgree,
  supportRecipients,
  partnersOnce,
  timelineConsortia,
  statusAsOf,
  asOfCoversData,
  searchBehindAbsence,
  scoringAddsUp,
  reportedTotalsAgree,
  ecosystemMarked,
  findingAnswers,
  glossaryTerms,
  englishUnits,
}

export function crossCheck(data: DeckData): DataProblem[] {
  return Object.values(crossCheckRules).flatMap(rule => rule(data))
}
