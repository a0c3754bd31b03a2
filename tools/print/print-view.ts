/**
 * Opens Slidev's print view (/print) of a served build in Chromium and waits
 * until it is ready to print (./print-ready.ts): every page drawn, titled
 * and set in the deck's typeface. A page that is not ready in time stops the
 * export with its slide, its file and what it was waiting for.
 */
import type { CdpPage } from '../../node/cdp'
import type { DeckSlide } from '../../node/deck-slides'
import type { ExportSteps } from './steps'
import { relative } from 'node:path'
import process from 'node:process'
import { slideNotReady } from '../../lib/slide-ready'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { CdpBrowser } from '../../node/cdp'
import { printNotReady } from './print-ready'

/** The slide canvas Slidev prints (980 wide, 16:9), in CSS pixels. */
export const SLIDE_SIZE = { width: 980, height: 552 } as const

/** How often the readiness contract is asked again. */
const POLL_MS = 100

export interface PrintViewOptions {
  /** The served build's root address, ending in `/`. */
  url: string
  /** The deck's slides, which may still be being read while Chromium starts and the page loads. */
  slides: Promise<DeckSlide[]> | DeckSlide[]
  executablePath: string
  dark?: boolean
  /**
   * Which click steps get a page: `final` (the default) one page per slide at
   * its last step, and every step of a slide whose steps replace each other
   * (a `<v-switch>`), whose last step alone would lose the others; `all` one
   * page per click step (`--with-clicks`).
   */
  clicks?: PrintedClicks
  /** Pixel density for screenshots (PNG); PDF is vector either way. */
  scale?: number
  timeoutMs: number
  /** Where the time of each step is noted. */
  steps?: ExportSteps
  /** A Chromium kept running between exports (`export --watch`): the view opens a page in it, and closing the view closes only that page. */
  browser?: CdpBrowser
}

export type PrintedClicks = 'final' | 'all'

/** Whether a slide's click steps replace one another on screen (a `<v-switch>`), so that its last step shows only part of it. */
export function stepsReplaceEachOther(slide: Pick<DeckSlide, 'content'>): boolean {
  return /<v-switch\b/.test(slide.content)
}

/**
 * The pages to print out of the print view's pages at every click step: all of
 * them for `all`; for `final`, each slide's last step, and each step of the
 * slides in `switching`.
 */
export function pagesToPrint(pages: PrintedPage[], clicks: PrintedClicks, switching: ReadonlySet<number>): PrintedPage[] {
  if (clicks === 'all')
    return pages
  const last = new Map<number, number>()
  for (const page of pages)
    last.set(page.no, Math.max(last.get(page.no) ?? 0, page.clicks))
  return pages.filter(page => switching.has(page.no) || page.clicks === last.get(page.no))
}

/** One page of the print view: a slide, at a click step. */
export interface PrintedPage {
  no: number
  /** The click step, counted from 0 in the slide's pages. */
  clicks: number
  /** Its place among the print view's pages, from 0. */
  index: number
}

export interface PrintView {
  page: CdpPage
  pages: PrintedPage[]
  /** The page's uncaught errors so far, first lines. */
  errors: string[]
  close: () => Promise<void>
}

/** `slide 7 (slides/02-foundation-model.md:30)` for an error message. */
export function slideLabel(slides: DeckSlide[], no: number): string {
  const slide = slides.find(s => s.no === no)
  return slide ? `slide ${no} (${relative(process.cwd(), slide.file)}:${slide.line})` : `slide ${no}`
}

/** Rewrites the contract's `slide N: what` with the slide's file and line. */
export function explainNotReady(slides: DeckSlide[], waiting: string): string {
  const match = /^slide (\d+): (.*)$/s.exec(waiting)
  return match ? `${slideLabel(slides, Number(match[1]))}: still waiting for ${match[2]}` : `still waiting for ${waiting}`
}

export async function openPrintView(options: PrintViewOptions): Promise<PrintView> {
  const browser = options.browser ?? await CdpBrowser.launch(options.executablePath)
  const page = await browser.newPage().catch(async (error) => {
    if (!options.browser)
      await browser.close()
    throw error
  })
  const close = () => (options.browser ? page.close() : browser.close())
  try {
    options.steps?.lap('starting Chromium')
    const errors: string[] = []
    page.on('Runtime.exceptionThrown', (params) => {
      const details = params.exceptionDetails as { exception?: { description?: string }, text: string }
      errors.push(details.exception?.description?.split('\n')[0] ?? details.text)
    })
    await Promise.all([
      page.send('Runtime.enable'),
      page.send('Page.enable'),
      page.send('Emulation.setDeviceMetricsOverride', { ...SLIDE_SIZE, deviceScaleFactor: options.scale ?? 1, mobile: false }),
      page.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: options.dark ? 'dark' : 'light' }] }),
      // tsx compiles named inner functions with a `__name(fn, 'name')` helper; the page gets their source and needs the helper too.
      page.send('Page.addScriptToEvaluateOnNewDocument', { source: 'globalThis.__name = fn => fn' }),
    ])
    // Every step is laid out; pagesToPrint then keeps those the export asked for.
    const [slides] = await Promise.all([options.slides, page.goto(new URL('print?print=clicks', options.url).toString(), options.timeoutMs)])
    options.steps?.lap('loading the print view')
    await waitForPrintView(page, slides, options.timeoutMs, errors)
    options.steps?.lap('waiting for every slide to be drawn')
    const dark = await page.evaluate<boolean>('document.documentElement.classList.contains(\'dark\')')
    if (dark !== !!options.dark)
      throw new Error(`The print view is ${dark ? 'dark' : 'light'}, but a ${options.dark ? 'dark' : 'light'} export was asked for: the deck's colorSchema may fix one.`)
    const pages = await choosePages(page, slides, options.clicks ?? 'final')
    return { page, pages, errors, close }
  }
  catch (error) {
    await close()
    throw error
  }
}

/** What Vite's dev server shows in the page instead of the deck when a module fails (its error overlay), or ''. */
const OVERLAY_TEXT = `(() => {
  const overlay = document.querySelector('vite-error-overlay')
  return overlay ? (overlay.shadowRoot?.querySelector('.message')?.textContent ?? overlay.textContent ?? 'an error').trim() : ''
})()`

/** The attribute that marks a page an export leaves out; the print view's own style for it hides the page. */
const LEFT_OUT = 'data-deck-left-out'

/**
 * Waits until the print view is ready to print (print-ready.ts) for `slides`
 * as the Markdown now holds them, or throws after `timeoutMs` naming the slide,
 * its file and line, and the page's errors (`errors`, gathered by the caller).
 */
export async function waitForPrintView(page: CdpPage, slides: DeckSlide[], timeoutMs: number, errors: string[] = []): Promise<void> {
  // Every page laid out is checked, those an earlier choice left out too (export --watch picks again after).
  await page.evaluate(`document.querySelectorAll('[${LEFT_OUT}]').forEach(c => c.removeAttribute('${LEFT_OUT}'))`)
  const expected = slides.map(slide => ({ no: slide.no, title: slide.title }))
  const check = `((slideNotReady, printNotReady) => printNotReady(slideNotReady, ${JSON.stringify(expected)}, ${JSON.stringify(DECK_FONT_FAMILY)}))(${slideNotReady.toString()}, ${printNotReady.toString()})`
  // The pages laid out, read twice 100 ms apart (a timer, not frames: a page in the background draws no frames): a slide counts its clicks as its parts mount, and Slidev adds a
  // page for each click it counts, so a view that has just loaded or changed may still grow after every page is drawn.
  const settled = `(async () => {
    const ids = () => [...document.querySelectorAll('.print-slide-container .slidev-page')].map(p => p.getAttribute('data-slidev-no')).join()
    const before = ids()
    await new Promise(done => setTimeout(done, 100))
    return before === ids() ? '' : 'the pages of each click step to be laid out'
  })()`
  const deadline = Date.now() + timeoutMs
  const notReady = async () => (await page.evaluate<string>(check)) || page.evaluate<string>(settled)
  for (let waiting = await notReady(); waiting; waiting = await notReady()) {
    // A dev server's page (export --watch) shows Vite's error overlay when a module fails: no wait mends that.
    const overlay = await page.evaluate<string>(OVERLAY_TEXT)
    if (overlay)
      throw new Error(`The dev server shows an error instead of the deck:\n${overlay}`)
    if (Date.now() > deadline) {
      const pageErrors = errors.length ? `\nErrors in the page:\n  ${errors.join('\n  ')}` : ''
      throw new Error(`Export stopped after ${Math.round(timeoutMs / 1000)} s: ${explainNotReady(slides, waiting)}.${pageErrors}`)
    }
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

/**
 * Picks the pages to print out of the print view, laid out at every click
 * (pagesToPrint), and hides the others: a hidden page takes no room in the
 * print, the handout or the screenshots. Called again after the page changes
 * (export --watch), it picks afresh.
 */
export async function choosePages(page: CdpPage, slides: DeckSlide[], clicks: PrintedClicks): Promise<PrintedPage[]> {
  // A page is known by its slide and its place among that slide's pages, in the document's order: Slidev's own
  // ids (`NNN-CC`) may repeat after the dev server updates a slide in place (export --watch).
  const laidOut = await page.evaluate<PrintedPage[]>(`(() => {
    const steps = new Map()
    return [...document.querySelectorAll('.print-slide-container')].map((c, index) => {
      const no = Number(c.querySelector('.slidev-page')?.getAttribute('data-slidev-no'))
      const step = steps.get(no) ?? 0
      steps.set(no, step + 1)
      return { no, clicks: step, index }
    })
  })()`)
  const switching = new Set(slides.filter(stepsReplaceEachOther).map(slide => slide.no))
  const pages = pagesToPrint(laidOut, clicks, switching)
  const kept = JSON.stringify(pages.map(p => p.index))
  await page.evaluate(`(() => {
    if (!document.getElementById('${LEFT_OUT}')) {
      const style = document.createElement('style')
      style.id = '${LEFT_OUT}'
      style.textContent = '.print-slide-container[${LEFT_OUT}] { display: none !important; }'
      document.head.append(style)
    }
    const kept = new Set(${kept})
    document.querySelectorAll('.print-slide-container').forEach((c, index) => kept.has(index) || c.setAttribute('${LEFT_OUT}', ''))
  })()`)
  return pages
}

/** Where each printed page of the print view lies in the document, in CSS pixels, for screenshots. */
export function pageRects(page: CdpPage): Promise<{ x: number, y: number, width: number, height: number }[]> {
  return page.evaluate(`[...document.querySelectorAll('.print-slide-container')].filter(c => c.checkVisibility()).map(c => {
    const r = c.getBoundingClientRect()
    return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }
  })`)
}

/**
 * A PNG (base64) of one page of the print view, `scale` times its CSS size. The page is
 * scrolled into the viewport and shot there: shot beyond the viewport (captureBeyondViewport),
 * Chromium left some slides' footers out of the picture.
 */
export async function pageScreenshot(page: CdpPage, rect: { x: number, y: number, width: number, height: number }, scale = 1): Promise<string> {
  await page.evaluate(`new Promise(done => { scrollTo(${rect.x}, ${rect.y}); requestAnimationFrame(() => requestAnimationFrame(done)) })`)
  const { data } = await page.send<{ data: string }>('Page.captureScreenshot', { format: 'png', clip: { ...rect, scale } })
  return data
}
