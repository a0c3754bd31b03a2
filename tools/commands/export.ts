/**
 * `npm run export [-- --lang en --dark --with-clicks --handout --format png  --output FILE --timeout MS --watch]`
 *
 * PDF and PNG: prints the deck's static build (reused from the build cache
 * when no input changed, see deck-build.ts) in one Chromium pass, once every
 * page is ready (tools/print/print-ready.ts), then writes the PDF's outline and
 * metadata. `--format pptx|pptx-editable|md` runs Slidev's own exporter.
 * `--watch` exports again after each saved change (tools/print/watch.ts).
 */
import type { Values } from '../command'
import type { ExportFormat, ExportRequest } from '../print/export-deck'
import process from 'node:process'
import { findChromium, missingBrowserMessage } from '../../node/browser'
import { flagOption, runCommand, UsageError } from '../command'
import { editionEntry, editionFileName, LANG_OPTION, parseEdition } from '../edition'
import { DEFAULT_EXPORT_TIMEOUT_MS, EXPORT_FORMATS, exportDeck, exportWithSlidev } from '../print/export-deck'
import { noticeShownLate, showingDay } from '../shown-late'

const options = {
  'lang': LANG_OPTION,
  'format': { type: 'string', default: 'pdf', value: EXPORT_FORMATS.join('|'), help: 'What to write: a PDF, one PNG per page, or Slidev\'s own PPTX or Markdown.' },
  'output': { type: 'string', value: 'FILE', help: 'Where to write (default: sovereign-ai-deck[.en][-handout][-dark].pdf, or a folder for PNG).' },
  'dark': flagOption('The dark colour scheme.'),
  'with-clicks': flagOption('One page per click step.'),
  'handout': flagOption('A handout: each slide with its speaker notes (PDF only).'),
  'timeout': { type: 'string', default: String(DEFAULT_EXPORT_TIMEOUT_MS), value: 'MS', help: 'How long to wait for each slide to be ready.' },
  'watch': flagOption('Keep running: export again after each saved change to a slide, the data or a component (PDF or PNG).'),
} as const

type ExportValues = Values<typeof options>

function request(values: ExportValues): ExportRequest & { watch: boolean } {
  const lang = parseEdition(values.lang)
  const format = values.format as ExportFormat
  if (!EXPORT_FORMATS.includes(format))
    throw new UsageError(`--format ${values.format}: the deck exports ${EXPORT_FORMATS.join(', ')}.`)
  const timeoutMs = Number(values.timeout)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new UsageError(`--timeout ${values.timeout}: give the milliseconds to wait for each slide, e.g. 180000.`)
  if (values.handout && format !== 'pdf')
    throw new UsageError('--handout makes a PDF: leave out --format, or use --format pdf.')
  const name = `${editionFileName(lang)}${values.handout ? '-handout' : ''}${values.dark ? '-dark' : ''}`
  const output = values.output ?? (format === 'png' ? name : `${name}.${format === 'pptx-editable' ? 'pptx' : format}`)
  return { lang, entry: editionEntry(lang), format, output, dark: values.dark, withClicks: values['with-clicks'], handout: values.handout, timeoutMs, watch: values.watch }
}

runCommand({
  run: 'npm run export',
  summary: 'Exports the deck: a PDF by default, printed from its cached static build in one Chromium pass.',
  options,
}, async ({ values }) => {
  const wanted = request(values)
  const notice = noticeShownLate(process.cwd(), showingDay())
  const browser = await findChromium()
  if (!browser)
    throw new Error(missingBrowserMessage())
  if (wanted.watch) {
    await notice
    return (await import('../print/watch')).runExportWatch(wanted, browser.path)
  }
  const started = Date.now()
  const written = wanted.format === 'pdf' || wanted.format === 'png'
    ? await exportDeck(wanted, browser.path)
    : await exportWithSlidev(wanted, browser.path)
  await notice
  console.log(`${written} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
})
