/**
 * Prints the one-line notice of lib/data/shown-late.ts for `dev`, `present`
 * and `export`. Invalid data prints nothing here: the build reports it.
 */
import { join } from 'node:path'
import process from 'node:process'
import { loadDeckData } from '../lib/data/load'
import { localToday, shownLateNotice } from '../lib/data/shown-late'

export function noticeShownLate(root = process.cwd(), today = localToday(), print: (line: string) => void = console.warn): string | undefined {
  let notice: string | undefined
  try {
    notice = shownLateNotice(loadDeckData(join(root, 'data')), today)
  }
  catch {
    return undefined
  }
  if (notice)
    print(`Note: ${notice}`)
  return notice
}
