/**
 * A problem in the deck's data, as the loader (load.ts) and the checks
 * between files (cross-check.ts) report it, and how a problem names a record
 * in a list: by what a person can search the file for, not by counting.
 */
import type { DeckData } from './schema.ts'

export interface DataProblem {
  /** The data file, relative to the data folder, e.g. `consortia.yaml`. */
  file: string
  /** Where in the file, with records named by their id or date, e.g. `consortia[upstage].lead.name.en`, `timeline[2025-08-04].title`. */
  path: string
  message: string
}

/** A check between files: the problems it finds in the data (./cross-check.ts runs them all). */
export type DataRule = (data: DeckData) => DataProblem[]

/**
 * The name of `list[index]` in a problem's path: its id; else its date, with
 * `#2`, `#3` for the second or third record of that day in the list; else its
 * position (a record with neither).
 */
export function recordKey(list: readonly unknown[], index: number): string {
  const field = (item: unknown, key: 'id' | 'date') => {
    const value = (item as Record<string, unknown> | null | undefined)?.[key]
    return typeof value === 'string' && value ? value : undefined
  }
  const record = list[index]
  const id = field(record, 'id')
  if (id)
    return id
  const date = field(record, 'date')
  if (!date)
    return String(index)
  const nth = list.slice(0, index + 1).filter(item => !field(item, 'id') && field(item, 'date') === date).length
  return nth > 1 ? `${date}#${nth}` : date
}
