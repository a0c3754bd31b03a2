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
  /** One page per click step instead of one per slide. */
  withClicks?: boolean
  /** Pixel density for screenshots (PNG); PDF is vector either way. */
  scale?: number
  timeoutMs: number
  /** Where the time of each step is noted. */
  steps?: ExportSteps
  /** A Chromium kept running between exports (`export --watch`): the view opens a page in it, and closing the view closes only that page. */
  browser?: CdpBrowser
}

/** One page of the print view: a slide, at a click step when printed with clicks. */
export interface PrintedPage {
  no: number
  clicks: number
  /** The container's id in the print view, `NNN-CC`. */
  id: string
}

export interface PrintView {
  page: CdpPage
  pages: PrintedPage[]
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
    const query = options.withClicks ? 'print=clicks' : 'print=true'
    const [slides] = await Promise.all([options.slides, page.goto(new URL(`print?${query}`, options.url).toString(), options.timeoutMs)])
    options.steps?.lap('loading the print view')
    const expected = slides.map(slide => ({ no: slide.no, title: slide.title }))
    const check = `((slideNotReady, printNotReady) => printNotReady(slideNotReady, ${JSON.stringify(expected)}, ${JSON.stringify(DECK_FONT_FAMILY)}))(${slideNotReady.toString()}, ${printNotReady.toString()})`
    const deadline = Date.now() + options.timeoutMs
    for (let waiting = await page.evaluate<string>(check); waiting; waiting = await page.evaluate<string>(check)) {
      if (Date.now() > deadline) {
        const pageErrors = errors.length ? `\nErrors in the page:\n  ${errors.join('\n  ')}` : ''
        throw new Error(`Export stopped after ${Math.round(options.timeoutMs / 1000)} s: ${explainNotReady(slides, waiting)}.${pageErrors}`)
      }
      await new Promise(resolve => setTimeout(resolve, POLL_MS))
    }
    options.steps?.lap('waiting for every slide to be drawn')
    const dark = await page.evaluate<boolean>('document.documentElement.classList.contains(\'dark\')')
    if (dark !== !!options.dark)
      throw new Error(`The print view is ${dark ? 'dark' : 'light'}, but a ${options.dark ? 'dark' : 'light'} export was asked for: the deck's colorSchema may fix one.`)
    const pages = await page.evaluate<PrintedPage[]>(`[...document.querySelectorAll('.print-slide-container')].map(c => {
      const [no, clicks] = c.id.split('-').map(Number)
      return { no, clicks, id: c.id }
    })`)
    return { page, pages, close }
  }
  catch (error) {
    await close()
    throw error
  }
}

/** Where each page of the print view lies in the document, in CSS pixels, for screenshots. */
export function pageRects(page: CdpPage): Promise<{ x: number, y: number, width: number, height: number }[]> {
  return page.evaluate(`[...document.querySelectorAll('.print-slide-container')].map(c => {
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
