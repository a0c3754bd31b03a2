/**
 * Prints the one-line notice of lib/data/shown-late.ts for `dev`, `present`
 * and `export`. Invalid data prints nothing here: the build reports it.
 *
 * Reading and checking the data takes about 0.6 s (its parser and schema
 * loaded, then run), so the commands start it first and await it only before
 * their own first line: it runs while they hash inputs and start Chromium.
 */
import { join } from 'node:path'
import process from 'node:process'
import { localToday, shownLateNotice } from '../lib/data/shown-late'

export async function noticeShownLate(root = process.cwd(), today = localToday(), print: (line: string) => void = console.warn): Promise<string | undefined> {
  let notice: string | undefined
  try {
    const { loadDeckData } = await import('../lib/data/load')
    notice = shownLateNotice(loadDeckData(join(root, 'data')), today)
  }
  catch {
    return undefined
  }
  if (notice)
    print(`Note: ${notice}`)
  return notice
}
