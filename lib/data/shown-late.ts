/**
 * The deck speaks as of its data's date (data/as-of.yaml). When it is shown
 * much later, or after a date the data still calls planned, the presenter
 * should know before the room does: `dev`, `present` and `export` print one
 * line. The slides themselves do not change.
 */
import type { DeckData } from './schema.ts'
import { periodEnd, periodStart } from './as-of.ts'

/** Days after the as-of date from which the deck counts as shown late. */
export const LATE_AFTER_DAYS = 30

const DAY_MS = 86_400_000

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** Today's date as YYYY-MM-DD, in the local time zone of the machine presenting. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Items the data marks planned whose date (the whole month, for a month) is
 * over by `today`, by their timeline titles. A stage is named by the planned
 * timeline event whose day or month overlaps it, or by its own name when the
 * timeline lists none.
 */
export function plannedItemsPast(data: Pick<DeckData, 'timeline' | 'program'>, today: string): string[] {
  const past = (date: string) => periodEnd(date) < today
  const overlap = (a: string, b: string) => periodStart(a) <= periodEnd(b) && periodStart(b) <= periodEnd(a)
  const events = data.timeline.filter(event => event.status === 'planned')
  const names = [
    ...events.filter(event => past(event.date)).map(event => event.title),
    ...data.program.stages.filter(stage => stage.status === 'planned' && past(stage.date))
      .map(stage => events.find(event => overlap(event.date, stage.date))?.title ?? stage.name.ko),
  ]
  return [...new Set(names)]
}

/**
 * One line for the presenter when the deck is shown more than LATE_AFTER_DAYS
 * after its as-of date or after a planned item's date; undefined otherwise.
 */
export function shownLateNotice(data: Pick<DeckData, 'asOf' | 'timeline' | 'program'>, today: string): string | undefined {
  const days = daysBetween(data.asOf, today)
  const past = plannedItemsPast(data, today)
  if (days <= LATE_AFTER_DAYS && past.length === 0)
    return undefined
  const age = `data checked ${data.asOf}, ${days} day${days === 1 ? '' : 's'} ago`
  const planned = past.length ? `; ${past.length} planned item${past.length === 1 ? '' : 's'} now past: ${past.join(', ')}` : ''
  return `${age}${planned}. The slides speak as of ${data.asOf}; check the sources and move data/as-of.yaml forward.`
}
