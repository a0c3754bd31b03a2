/**
 * Opens Slidev's print view (/print) of a served build in Chromium and waits
 * until it is ready to print (lib/print-ready.ts): every page drawn, titled
 * and set in the deck's typeface. A page that is not ready in time stops the
 * export with its slide, its file and what it was waiting for.
 */
import type { Browser, Page } from 'playwright-core'
import type { DeckSlide } from '../talk/slides'
import { relative } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { slideNotReady } from '../../lib/slide-ready'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { QUIET_CHROMIUM_ARGS } from '../browser'
import { printNotReady } from './print-ready'

/** The slide canvas Slidev prints (980 wide, 16:9), in CSS pixels. */
export const SLIDE_SIZE = { width: 980, height: 552 } as const

export interface PrintViewOptions {
  /** The served build's root address, ending in `/`. */
  url: string
  slides: DeckSlide[]
  executablePath: string
  dark?: boolean
  /** One page per click step instead of one per slide. */
  withClicks?: boolean
  /** Pixel density for screenshots (PNG); PDF is vector either way. */
  scale?: number
  timeoutMs: number
}

/** One page of the print view: a slide, at a click step when printed with clicks. */
export interface PrintedPage {
  no: number
  clicks: number
  /** The container's id in the print view, `NNN-CC`. */
  id: string
}

export interface PrintView {
  browser: Browser
  page: Page
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
  const browser = await chromium.launch({ executablePath: options.executablePath, args: QUIET_CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({
      viewport: SLIDE_SIZE,
      deviceScaleFactor: options.scale ?? 1,
      colorScheme: options.dark ? 'dark' : 'light',
    })
    // tsx compiles named inner functions with a `__name(fn, 'name')` helper; the page gets their source and needs the helper too.
    await context.addInitScript('globalThis.__name = fn => fn')
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', error => errors.push(error.message))
    const query = options.withClicks ? 'print=clicks' : 'print=true'
    await page.goto(new URL(`print?${query}`, options.url).toString(), { waitUntil: 'load', timeout: options.timeoutMs })
    const expected = options.slides.map(slide => ({ no: slide.no, title: slide.title }))
    const check = `((slideNotReady, printNotReady) => printNotReady(slideNotReady, ${JSON.stringify(expected)}, ${JSON.stringify(DECK_FONT_FAMILY)}))(${slideNotReady.toString()}, ${printNotReady.toString()})`
    try {
      await page.waitForFunction(`${check} === ''`, undefined, { timeout: options.timeoutMs, polling: 100 })
    }
    catch (error) {
      const waiting = await page.evaluate(check).catch(() => 'the print view to open') as string
      const pageErrors = errors.length ? `\nErrors in the page:\n  ${errors.join('\n  ')}` : ''
      throw new Error(`Export stopped after ${Math.round(options.timeoutMs / 1000)} s: ${explainNotReady(options.slides, waiting || 'the page to settle')}.${pageErrors}`, { cause: error })
    }
    const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
    if (dark !== !!options.dark)
      throw new Error(`The print view is ${dark ? 'dark' : 'light'}, but a ${options.dark ? 'dark' : 'light'} export was asked for: the deck's colorSchema may fix one.`)
    const pages = await page.$$eval('.print-slide-container', containers => containers.map((container) => {
      const [no, clicks] = container.id.split('-').map(Number)
      return { no: no!, clicks: clicks!, id: container.id }
    }))
    return { browser, page, pages, close: () => browser.close() }
  }
  catch (error) {
    await browser.close()
    throw error
  }
}
