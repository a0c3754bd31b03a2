/**
 * Exporting the deck: PDF (slides or handout) and PNG from the print view of
 * the cached static build; PPTX and Markdown through Slidev's own exporter.
 */
import type { DeckSlide } from '../../node/deck-slides'
import type { Edition } from '../edition'
import type { PrintView } from './print-view'
import { Buffer } from 'node:buffer'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { UI } from '../../lib/i18n'
import { ensureDeckBuild } from '../deck-build'
import { outputTail, spawnSlidev } from '../slidev'
import { serveStatic } from '../static-server'
import { makeHandout } from './handout'
import { deckOutline } from './outline'
import { openPrintView, pageRects, pageScreenshot, SLIDE_SIZE } from './print-view'
import { ExportSteps } from './steps'

/** How long an export waits for the print view (or, in Slidev's exporter, a page): a first export on a busy 2-core machine can take minutes. */
export const DEFAULT_EXPORT_TIMEOUT_MS = 180_000

export const EXPORT_FORMATS = ['pdf', 'png', 'pptx', 'pptx-editable', 'md'] as const
export type ExportFormat = typeof EXPORT_FORMATS[number]

export interface ExportRequest {
  lang: Edition
  /** The edition's entry Markdown, project-relative. */
  entry: string
  format: ExportFormat
  /** The file written (a folder for PNG). */
  output: string
  dark: boolean
  withClicks: boolean
  handout: boolean
  /** How long each stage may wait: the build's print view to be ready, a page to load. */
  timeoutMs: number
}

/** The PDF's metadata from the entry's headmatter. */
function metadataOf(slides: DeckSlide[], lang: Edition, handout: boolean) {
  const head = slides[0]?.frontmatter ?? {}
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const title = text(head.title)
  if (!title)
    throw new Error(`${slides[0]?.file ?? 'the entry'}: the headmatter has no title, which the PDF needs.`)
  return {
    title: handout ? UI[lang].handout.title(title) : title,
    author: text(head.author),
    subject: text(head.info).split('\n')[0] ?? '',
    language: lang,
  }
}

/** Prints the deck from its cached static build: a PDF (with `handout`, one page per slide with its speaker notes) or one PNG per page. Returns what it wrote. */
export async function exportDeck(request: ExportRequest, executablePath: string): Promise<string> {
  const steps = new ExportSteps()
  steps.lap('Node, tsx and imports')
  const entry = resolve(request.entry)
  const build = await ensureDeckBuild({ entry: request.entry })
  steps.lap(build.built ? 'the build' : 'hashing the inputs (build up to date)')
  console.log(build.built ? `Built the deck (${build.hash}).` : `The deck's build is up to date (${build.hash}).`)
  const server = await serveStatic(build.dir)
  // Chromium starts and loads the page while Node reads the slides and loads the PDF library (a second on 2 cores).
  const slides = readSlides(entry)
  import('./pdf-finish').catch(() => {}) // loaded meanwhile; a failure is reported where it is used
  try {
    const view = await openPrintView({
      url: server.url,
      slides,
      executablePath,
      dark: request.dark,
      clicks: request.withClicks ? 'all' : 'final',
      scale: request.format === 'png' ? 2 : 1,
      timeoutMs: request.timeoutMs,
      steps,
    })
    try {
      return await writeExport(request, view, await slides, steps)
    }
    finally {
      await view.close()
    }
  }
  finally {
    await server.close()
    steps.lap('closing Chromium and the server')
    steps.report()
  }
}

/** The deck's slides as its Markdown holds them now; rejects with every problem, each with its file and line. */
export async function readSlides(entry: string): Promise<DeckSlide[]> {
  const { loadDeck } = await import('../../node/deck-slides')
  const deck = await loadDeck(resolve(entry))
  if (deck.errors.length)
    throw new Error(deck.errors.map(e => `${e.file}:${e.line}: ${e.message}`).join('\n'))
  return deck.slides
}

/**
 * Writes what `request` asks for from a print view that is ready, its pages
 * chosen: the PNG files, or the PDF (a handout first turns the view into one,
 * which leaves it a handout). Returns what it wrote.
 */
export async function writeExport(request: ExportRequest, view: Pick<PrintView, 'page' | 'pages'>, deckSlides: DeckSlide[], steps?: ExportSteps): Promise<string> {
  const output = resolve(request.output)
  if (request.format === 'png') {
    mkdirSync(output, { recursive: true })
    const rects = await pageRects(view.page)
    for (const [i, page] of view.pages.entries()) {
      // With --with-clicks, each page is named by its click; a slide printed at each of its steps, by the step (1, 2, …).
      const steps = view.pages.filter(other => other.no === page.no)
      const step = request.withClicks ? `-${page.clicks}` : steps.length > 1 ? `-${steps.indexOf(page) + 1}` : ''
      const name = `${String(page.no).padStart(2, '0')}${step}.png`
      const data = await pageScreenshot(view.page, rects[i]!)
      writeFileSync(join(output, name), Buffer.from(data, 'base64'))
    }
    return `${output}/ (${view.pages.length} PNG files)`
  }
  if (request.handout) {
    const { notes, none } = UI[request.lang].handout
    const labels = { notes, none }
    // The plan only for a handout: the slides' PDF does not load the data for it.
    const { handoutTimes } = await import('../../node/talk-plan')
    const entry = resolve(request.entry)
    const planned = handoutTimes(deckSlides, entry, resolve(dirname(entry), 'data'), UI[request.lang])
    const missing = await view.page.evaluate<string>(`(${makeHandout.toString()})(${JSON.stringify({ labels, planned })})`)
    if (missing)
      throw new Error(`Handout: ${missing}`)
  }
  const { data } = await view.page.send<{ data: string }>('Page.printToPDF', {
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: false,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    // Inches; the print view's own @page size wins (preferCSSPageSize), this is the fallback.
    paperWidth: SLIDE_SIZE.width / 96,
    paperHeight: SLIDE_SIZE.height / 96,
  })
  const printed = Buffer.from(data, 'base64')
  steps?.lap('printing')
  const { finishPdf } = await import('./pdf-finish')
  const pdf = await finishPdf(printed, {
    pageCount: view.pages.length,
    outline: deckOutline(deckSlides, view.pages),
    metadata: metadataOf(deckSlides, request.lang, request.handout),
  })
  mkdirSync(dirname(output), { recursive: true })
  // Written whole, then moved in: a PDF open in a viewer (export --watch) never shows half a file.
  writeFileSync(`${output}.writing`, pdf)
  renameSync(`${output}.writing`, output)
  steps?.lap('outline, metadata and writing')
  return `${output} (${view.pages.length} pages)`
}

/** PPTX and Markdown: Slidev's own exporter, with the machine's Chromium and a timeout fit for 2 cores. */
export async function exportWithSlidev(request: ExportRequest, executablePath: string): Promise<string> {
  const args = ['export', request.entry, '--format', request.format, '--output', request.output, '--executable-path', executablePath, '--timeout', String(request.timeoutMs)]
  if (request.dark)
    args.push('--dark')
  if (request.withClicks)
    args.push('--with-clicks')
  const slidev = spawnSlidev(process.cwd(), args)
  const code = await slidev.exited
  if (code !== 0)
    throw new Error(`slidev ${args.join(' ')} failed (exit ${code}):\n${outputTail(slidev.output())}`)
  return request.output
}
