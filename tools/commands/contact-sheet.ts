/**
 * `npm run contact-sheet [-- --lang ko|en] [--light | --dark] [--out DIR] [--timeout MS]`
 *
 * One PNG per edition and colour mode showing every slide as a numbered
 * thumbnail, from the deck's cached static build: contact-sheet/contact-sheet.ko.png,
 * .ko.dark.png, .en.png, .en.dark.png (all four unless --lang or a mode is
 * given). A file this command did not write is never overwritten.
 */
import type { Edition } from '../edition'
import { join } from 'node:path'
import { findChromium, missingBrowserMessage } from '../../node/browser'
import { flagOption, folderOption, runCommand, UsageError } from '../command'
import { foreignFiles, makeContactSheet, sheetFileName, writeSheet } from '../contact-sheet/sheet'
import { EDITIONS, LANG_OPTION, parseEdition } from '../edition'
import { DEFAULT_EXPORT_TIMEOUT_MS } from '../print/export-deck'

export const DEFAULT_SHEET_DIR = 'contact-sheet'

runCommand({
  run: 'npm run contact-sheet',
  summary: 'One PNG per edition and colour mode showing every slide as a numbered thumbnail (all four unless --lang or a mode is given).',
  options: {
    lang: { ...LANG_OPTION, multiple: true, help: `An edition: ${EDITIONS.join(' or ')} (default: both).` },
    light: flagOption('Only the light mode.'),
    dark: flagOption('Only the dark mode.'),
    out: folderOption(DEFAULT_SHEET_DIR, 'The folder for the sheets (a file this command did not write is never overwritten).'),
    timeout: { type: 'string', default: String(DEFAULT_EXPORT_TIMEOUT_MS), value: 'MS', help: 'How long to wait for the slides to be ready.' },
  },
}, async ({ values }) => {
  const langs: Edition[] = values.lang?.length ? values.lang.map(parseEdition) : [...EDITIONS]
  const modes = values.light === values.dark ? [false, true] : [values.dark]
  const timeoutMs = Number(values.timeout)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new UsageError(`--timeout ${values.timeout}: give the milliseconds to wait for the slides, e.g. 180000.`)
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
    console.log(`${path}: ${sheet.pages} pages, ${sheet.width}x${sheet.height} px, ${(sheet.png.length / 1024).toFixed(0)} kB (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  }
})
