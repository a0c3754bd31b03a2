/**
 * `npm run export [-- --lang en --dark --with-clicks --handout --format png --output FILE --timeout MS --watch]`
 *
 * PDF and PNG: prints the deck's static build (reused from the build cache
 * when no input changed, see deck-build.ts) in one Chromium pass, once every
 * page is ready (lib/print-ready.ts), then writes the PDF's outline and
 * metadata. `--format pptx|pptx-editable|md` runs Slidev's own exporter.
 * `--watch` exports again after each saved change (tools/print/watch.ts).
 */
import type { ExportFormat, ExportRequest } from './print/export-deck'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromium, missingBrowserMessage } from './browser'
import { editionEntry, editionFileName, parseEdition } from './edition'
import { DEFAULT_EXPORT_TIMEOUT_MS, EXPORT_FORMATS, exportDeck, exportWithSlidev } from './print/export-deck'
import { noticeShownLate, showingDay } from './shown-late'

function request(args: string[]): ExportRequest & { watch: boolean } {
  const { values } = parseArgs({
    args,
    options: {
      'lang': { type: 'string' },
      'format': { type: 'string', default: 'pdf' },
      'output': { type: 'string' },
      'dark': { type: 'boolean', default: false },
      'with-clicks': { type: 'boolean', default: false },
      'handout': { type: 'boolean', default: false },
      'timeout': { type: 'string', default: String(DEFAULT_EXPORT_TIMEOUT_MS) },
      'watch': { type: 'boolean', default: false },
    },
  })
  const lang = parseEdition(values.lang)
  const format = values.format as ExportFormat
  if (!EXPORT_FORMATS.includes(format))
    throw new Error(`--format ${values.format}: the deck exports ${EXPORT_FORMATS.join(', ')}.`)
  const timeoutMs = Number(values.timeout)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new Error(`--timeout ${values.timeout}: give the milliseconds to wait for each slide, e.g. 180000.`)
  if (values.handout && format !== 'pdf')
    throw new Error('--handout makes a PDF: leave out --format, or use --format pdf.')
  const name = `${editionFileName(lang)}${values.handout ? '-handout' : ''}${values.dark ? '-dark' : ''}`
  const output = values.output ?? (format === 'png' ? name : `${name}.${format === 'pptx-editable' ? 'pptx' : format}`)
  return { lang, entry: editionEntry(lang), format, output, dark: values.dark, withClicks: values['with-clicks'], handout: values.handout, timeoutMs, watch: values.watch }
}

async function main(): Promise<void> {
  const wanted = request(process.argv.slice(2))
  const notice = noticeShownLate(process.cwd(), showingDay())
  const browser = await findChromium()
  if (!browser)
    throw new Error(missingBrowserMessage())
  if (wanted.watch) {
    await notice
    return (await import('./print/watch')).runExportWatch(wanted, browser.path)
  }
  const started = Date.now()
  const written = wanted.format === 'pdf' || wanted.format === 'png'
    ? await exportDeck(wanted, browser.path)
    : await exportWithSlidev(wanted, browser.path)
  await notice
  console.log(`${written} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
