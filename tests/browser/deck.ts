/**
 * Shared by the browser tests: a headless Chromium on the built deck, with
 * every request and every console or page error recorded.
 */
import type { Browser, Page } from 'playwright-core'
import type { Edition } from '../../tools/edition'
import { inject } from 'vitest'
import { launchChromium } from '../../node/chromium'
import { waitForSlide } from '../../tools/slide-ready'

export interface DeckPage {
  page: Page
  requests: string[]
  errors: string[]
}

export async function launchBrowser(args: string[] = []): Promise<Browser> {
  return launchChromium(inject('chromiumPath'), args)
}

/** The built deck's address for a path such as `1`, `presenter/1` or `1?clicks=2`, in one edition (Korean by default). */
export function deckUrl(path = '', edition: Edition = 'ko'): string {
  return new URL(path.replace(/^\//, ''), inject(edition === 'en' ? 'deckUrlEn' : 'deckUrl')).toString()
}

export async function openPage(browser: Browser, options: { dark?: boolean } = {}): Promise<DeckPage> {
  const context = await browser.newContext({
    viewport: { width: 980, height: 552 },
    colorScheme: options.dark ? 'dark' : 'light',
  })
  const page = await context.newPage()
  const requests: string[] = []
  const errors: string[] = []
  page.on('request', request => requests.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', error => errors.push(`page: ${error.message}`))
  return { page, requests, errors }
}

/** A page load costs about as much as this many moves to the next slide, so a jump further ahead loads the address. */
const MOVES_PER_LOAD = 5

/**
 * Goes to a slide and waits until it is drawn: its content loaded, fonts loaded, Mermaid diagrams rendered, images loaded.
 * A page already a few slides before it, in the same deck and with no query, moves ahead with the key a presenter
 * presses for the next slide (↓, past any click steps), waiting for each slide on the way; any other move loads the
 * slide's address, as a deep link does.
 */
export async function gotoSlide(page: Page, no: number, query = '', edition: Edition = 'ko'): Promise<void> {
  const at = query ? undefined : slideShown(page.url(), deckUrl('', edition))
  if (at !== undefined && no > at && no - at <= MOVES_PER_LOAD) {
    for (let next = at + 1; next <= no; next++) {
      await page.keyboard.press('ArrowDown')
      await waitForSlide(page, next, { timeout: 30_000 })
    }
    return
  }
  await page.goto(deckUrl(`${no}${query}`, edition), { waitUntil: 'load' })
  // The readiness contract, not network idleness: the slide's content loaded (it comes asynchronously),
  // Mermaid rendered into its shadow roots, images and fonts loaded.
  await waitForSlide(page, no, { timeout: 30_000 })
}

/** The slide number a page at `url` shows, when it is a slide of the deck at `base` with no query; otherwise undefined. */
function slideShown(url: string, base: string): number | undefined {
  if (!url.startsWith(base))
    return undefined
  const rest = url.slice(base.length)
  return /^[1-9]\d*$/.test(rest) ? Number(rest) : undefined
}

/** The slide numbered `no` (Slidev keeps earlier slides in the page, hidden). */
export function slideLocator(page: Page, no: number) {
  return page.locator(`.slidev-page-${no}`)
}
