/**
 * The cross-file rules about dates (./cross-check.ts runs them): records run
 * forward in time, every dated item stands where the as-of date puts it, the
 * as-of date covers what the data reports, and "not reported" carries the
 * search behind it. Each problem names the file, the record and the field.
 */
import type { DataProblem, DataRule } from './problem.ts'
import type { EventStatus, SearchRecord } from './schema.ts'
import { periodStart, statusProblem } from './as-of.ts'
import { recordKey } from './problem.ts'

const isMonthOnly = (date: string) => /^\d{4}-\d{2}$/.test(date)

/** Dates: a consortium's history and the timeline run forward; month-only dates belong to planned events; done events are reported by a source published on or after them. */
export const datesInOrder: DataRule = (data) => {
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

/** Every dated stage, event, history entry and release stands where the as-of date puts it. */
export const statusAsOf: DataRule = (data) => {
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
export const asOfCoversData: DataRule = (data) => {
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
export const searchBehindAbsence: DataRule = (data) => {
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
