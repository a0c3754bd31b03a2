/**
 * The as-of rule: the deck tells what is known on one day (data/as-of.yaml),
 * and every dated stage or event says where it stands on that day. A date may
 * be a day (YYYY-MM-DD) or a month (YYYY-MM); a month spans its first to its
 * last day.
 */
import type { EventStatus } from './schema.ts'

/**
 * Dates (or months) in time order. ISO dates sort as text; String#localeCompare
 * would load the browser's collation tables, 20 to 90 ms the first time a page
 * calls it, for the same answer.
 */
export function byDate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The first day a date or month covers. */
export function periodStart(date: string): string {
  return date.length === 7 ? `${date}-01` : date
}

/** The last day a date or month covers. */
export function periodEnd(date: string): string {
  if (date.length !== 7)
    return date
  const [year, month] = date.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${date}-${String(last).padStart(2, '0')}`
}

/**
 * Why a status does not fit its date on the as-of date, with what to do;
 * undefined when it fits. Planned needs a date not yet fully past;
 * unreported needs a date already reached.
 */
export function statusProblem(status: EventStatus, date: string, asOf: string): string | undefined {
  if (status === 'planned' && periodEnd(date) <= asOf)
    return `marked planned for ${date}, which is not after the as-of date ${asOf} (data/as-of.yaml); expected status: done with a source that reports what happened, or status: unreported when no source does`
  // A done item after the as-of date means the as-of date is stale: the as-of rule names that once, with the latest item.
  if (status === 'unreported' && periodStart(date) > asOf)
    return `marked unreported for ${date}, which is after the as-of date ${asOf} (data/as-of.yaml); expected status: planned`
  return undefined
}
