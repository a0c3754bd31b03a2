/**
 * `npm run contact-sheet [-- --lang ko|en] [--light | --dark] [--out DIR] [--timeout MS]`
 *
 * One PNG per edition and colour mode showing every slide as a numbered
 * thumbnail, from the deck's cached static build: contact-sheet/contact-sheet.ko.png,
 * .ko.dark.png, .en.png, .en.dark.png (all four unless --lang or a mode is
 * given). A file this command did not write is never overwritten.
 */
import type { Edition } from './edition'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromium, missingBrowserMessage } from './browser'
import { foreignFiles, makeContactSheet, sheetFileName, writeSheet } from './contact-sheet/sheet'
import { EDITIONS, parseEdition } from './edition'
import { DEFAULT_EXPORT_TIMEOUT_MS } from './print/export-deck'

export const DEFAULT_SHEET_DIR = 'contact-sheet'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', multiple: true },
      light: { type: 'boolean', default: false },
      dark: { type: 'boolean', default: false },
      out: { type: 'string', default: DEFAULT_SHEET_DIR },
      timeout: { type: 'string', default: String(DEFAULT_EXPORT_TIMEOUT_MS) },
    },
  })
  const langs: Edition[] = values.lang?.length ? values.lang.map(parseEdition) : [...EDITIONS]
  const modes = values.light === values.dark ? [false, true] : [values.dark]
  const timeoutMs = Number(values.timeout)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new Error(`--timeout ${values.timeout}: give the milliseconds to wait for the slides, e.g. 180000.`)
  const sheets = langs.flatMap(lang => modes.map(dark => ({ lang, dark })))
  // Refused before any work: a run must not stop half-way over someone's file.
  const refused = foreignFiles(sheets.map(s => join(values.out, sheetFileName(s.lang, s.dark))))
  if (refused)
    throw new Error(refused)
  const browser = await findChromium()
  if (!browser)
    throw new Error(missingBrowserMessage())
  for (const { lang, dark } of sheets) {
    const started = Date.now()
    const sheet = await makeContactSheet({ lang, dark, executablePath: browser.path, timeoutMs })
    const path = writeSheet(values.out, lang, dark, sheet.png)
    console.log(`${path}: ${sheet.slides} slides, ${sheet.width}x${sheet.height} px, ${(sheet.png.length / 1024).toFixed(0)} kB (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
