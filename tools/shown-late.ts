/**
 * Prints the one-line notice of lib/data/shown-late.ts for `dev`, `present`
 * and `export`. Invalid data prints nothing here: the build reports it.
 *
 * Reading and checking the data takes about 0.6 s (its parser and schema
 * loaded, then run), so the commands start it first and await it only before
 * their own first line: it runs while they hash inputs and start Chromium.
 *
 * `DECK_TODAY=YYYY-MM-DD` stands in for today, to rehearse what the deck will
 * say on the day of a talk.
 */
import { join } from 'node:path'
import process from 'node:process'
import { localToday, shownLateNotice } from '../lib/data/shown-late'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** The day the deck is shown: `DECK_TODAY` when set (a real YYYY-MM-DD day), else the presenter's local day. */
export function showingDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const given = env.DECK_TODAY
  if (given === undefined || given === '')
    return localToday(now)
  const example = 'give the day the deck is shown as YYYY-MM-DD, e.g. DECK_TODAY=2027-03-02.'
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given)
  if (!parts)
    throw new Error(`DECK_TODAY=${given}: ${example}`)
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number]
  if (month < 1 || month > 12)
    throw new Error(`DECK_TODAY=${given}: there is no month ${month}; ${example}`)
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days)
    throw new Error(`DECK_TODAY=${given}: that day does not exist (${MONTHS[month - 1]} ${year} has ${days} days); ${example}`)
  return given
}

export async function noticeShownLate(root = process.cwd(), today = showingDay(), print: (line: string) => void = console.warn): Promise<string | undefined> {
  let notice: string | undefined
  try {
    const { loadDeckData } = await import('../node/load-data')
    notice = shownLateNotice(loadDeckData(join(root, 'data')), today)
  }
  catch {
    return undefined
  }
  if (notice)
    print(`Note: ${notice}`)
  return notice
}
