/**
 * Reads the deck's data folder from disk and checks it (lib/data/load.ts):
 * for the Vite plugins, the commands and the tests. The page gets the checked
 * data from the deck-data plugin, never from the files.
 */
import type { DataFileName, DeckData } from '../lib/data/schema.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDeckData } from '../lib/data/load.ts'
import { dataFiles } from '../lib/data/schema.ts'

/** The data files' absolute paths in a folder. */
export function dataFilePaths(dir: string): string[] {
  return Object.keys(dataFiles).map(name => join(dir, name))
}

/** Reads and validates data/ from disk. */
export function loadDeckData(dir: string): DeckData {
  const texts = {} as Record<DataFileName, string>
  for (const name of Object.keys(dataFiles) as DataFileName[]) {
    try {
      texts[name] = readFileSync(join(dir, name), 'utf8')
    }
    catch {
      // Reported by checkDeckData as a missing file.
    }
  }
  return checkDeckData(texts)
}
