/**
 * Checks that hold between records and files, beyond what each file's schema
 * can see alone. Each rule returns problems that name the file, the record
 * (by its id where it has one) and the field, and say what was expected.
 * The rules about references (ids, sources, stages, partners, the glossary)
 * are here; those about dates are in ./check-dates.ts, about figures in
 * ./check-figures.ts; crossCheck runs them all.
 */
import type { DataProblem, DataRule } from './problem.ts'
import type { DeckData } from './schema.ts'
import { asOfCoversData, datesInOrder, searchBehindAbsence, statusAsOf } from './check-dates.ts'
import { countsAgree, englishUnits, reportedTotalsAgree, scoringAddsUp } from './check-figures.ts'
import { stageIndex } from './derive.ts'
import { variantMessages } from './glossary.ts'
import { recordKey } from './problem.ts'

/** The data files whose records hold the deck's statements, each as its file's top level (`{ program: … }`). */
function recordFiles(data: DeckData): [file: string, content: object][] {
  return [
    ['essay.yaml', { essay: data.essay }],
    ['program.yaml', { program: data.program }],
    ['consortia.yaml', { consortia: data.consortia }],
    ['timeline.yaml', { timeline: data.timeline }],
    ['ecosystem.yaml', { ecosystem: data.ecosystem }],
    ['talk.yaml', { talk: data.talk }],
    ['record.yaml', { record: data.record }],
  ]
}

/**
 * Walks every value under `node`, depth first, naming a record in a list by
 * its id or date (recordKey). `visit` sees each value with its path and key;
 * it returns true when it has dealt with the value, and the walk goes no deeper.
 */
function walkValues(node: unknown, path: string, visit: (node: unknown, path: string, key?: string) => boolean, key?: string): void {
  if (visit(node, path, key))
    return
  if (Array.isArray(node))
    node.forEach((child, index) => walkValues(child, `${path}[${recordKey(node, index)}]`, visit))
  else if (node && typeof node === 'object')
    Object.entries(node).forEach(([field, value]) => walkValues(value, path ? `${path}.${field}` : field, visit, field))
}

/** Every `sources` list in the data, with where it stands. */
export function citations(data: DeckData): { file: string, path: string, ids: string[] }[] {
  const found: { file: string, path: string, ids: string[] }[] = []
  for (const [file, content] of recordFiles(data)) {
    walkValues(content, '', (node, path, key) => {
      if (key !== 'sources' || !Array.isArray(node) || !node.every(v => typeof v === 'string'))
        return false
      found.push({ file, path, ids: node as string[] })
      return true
    })
  }
  return found
}

/** Every cited source id is listed in sources.yaml. */
const citedSourcesExist: DataRule = (data) => {
  const known = new Set(data.sources.map(s => s.id))
  return citations(data).flatMap(({ file, path, ids }) => ids.flatMap((sourceId, index) => known.has(sourceId)
    ? []
    : [{ file, path: `${path}[${index}]`, message: `cites source "${sourceId}", which data/sources.yaml does not list; expected the id of a listed source` }]))
}

/** Every listed source is cited somewhere: the sources slides hold nothing the deck does not use. */
const noUnusedSource: DataRule = (data) => {
  const cited = new Set(citations(data).flatMap(c => c.ids))
  return data.sources.flatMap((source, index) => cited.has(source.id)
    ? []
    : [{ file: 'sources.yaml', path: `sources[${source.id || index}].id`, message: `source "${source.id}" is cited nowhere; expected every source to back at least one record (remove it or cite it)` }])
}

/** Ids are unique within sources, consortia, stages and ecosystem parts. */
const uniqueIds: DataRule = (data) => {
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

/** History entries name existing stages, follow the stages' order, and `reached` is the last of them. */
const historyStages: DataRule = (data) => {
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

/** Support recipients and deferred teams are consortia that exist; no team is both. */
const supportRecipients: DataRule = (data) => {
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
const partnersOnce: DataRule = data => data.consortia.flatMap((consortium) => {
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
const timelineConsortia: DataRule = (data) => {
  const known = new Set(data.consortia.map(c => c.id))
  return data.timeline.flatMap((event, index) => (event.consortia ?? []).flatMap((consortiumId, at) => known.has(consortiumId)
    ? []
    : [{ file: 'timeline.yaml', path: `timeline[${recordKey(data.timeline, index)}].consortia[${at}]`, message: `"${consortiumId}" is not a consortium in consortia.yaml; expected a consortium id` }]))
}

/** Every ecosystem part (ecosystem.yaml) has exactly one mark in the record, and every mark names a part. */
const ecosystemMarked: DataRule = (data) => {
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
const findingAnswers: DataRule = data => data.record.asks.flatMap(ask => ask.record.flatMap((f) => {
  const path = `record.asks[${ask.id}].record[${f.id}].answers`
  if (f.status === 'done' && f.answers === 'unknown')
    return [{ file: 'record.yaml', path, message: 'is unknown for a finding marked done; expected yes, partly or against' }]
  if (f.status !== 'done' && f.answers !== 'unknown')
    return [{ file: 'record.yaml', path, message: `is ${f.answers} for a finding marked ${f.status}; expected unknown until it has happened` }]
  return []
}))

/** No glossary variant in the data's own text (source headlines are quoted as published). */
const glossaryTerms: DataRule = (data) => {
  const problems: DataProblem[] = []
  const inFile = (file: string) => (node: unknown, path: string, key?: string) => {
    // A search's queries are recorded as typed, and the essay's quotes as published.
    if (key === 'queries' || key === 'quote')
      return true
    if (typeof node === 'string') {
      for (const message of variantMessages(node, data.glossary))
        problems.push({ file, path, message })
    }
    return false
  }
  for (const [file, content] of recordFiles(data))
    walkValues(content, '', inFile(file))
  data.sources.forEach((source) => {
    walkValues(source.publisher, `sources[${source.id}].publisher`, inFile('sources.yaml'))
    // A title the deck wrote (the headline was not seen) follows the glossary; a quoted headline stays as published.
    if (source.titleIsSummary)
      walkValues(source.title, `sources[${source.id}].title`, inFile('sources.yaml'))
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

/** Every cross-file rule, by name; the names are what tests and the closing note count. */
export const crossCheckRules: Record<string, DataRule> = {
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
