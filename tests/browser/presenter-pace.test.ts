/**
 * The pace in the presenter view of the built deck, both editions: the
 * current slide's planned time and whether the talk is ahead of or behind
 * its plan (node/talk-plan.ts, lib/talk/pace.ts), by the presenter's own
 * timer, at elapsed times the test sets with Playwright's clock (Date.now
 * fixed, timers running: no waiting for real seconds). On a laptop and on a
 * phone, readable at a glance; never on the audience's slides.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type { Edition } from '../../tools/edition'
import { resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UI } from '../../lib/i18n'
import { formatDuration } from '../../lib/talk/pace'
import { planDeck } from '../../node/talk-plan'
import { editionEntry } from '../../tools/edition'
import { waitForSlide } from '../../tools/slide-ready'
import { deckUrl, launchBrowser } from './deck'

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

const START = new Date('2026-12-07T10:00:00Z').getTime()
const LAPTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } }
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
/** A slide well into the talk: its planned start leaves room to be ahead of it. */
const SLIDE = 5

/** The presenter view at slide 1 with the clock at START, the timer not yet started. */
async function presenter(options: BrowserContextOptions, edition: Edition): Promise<Page> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  await page.clock.setFixedTime(START)
  await page.goto(deckUrl('presenter/1', edition))
  await waitForSlide(page, 1, { timeout: 30_000 })
  return page
}

/** Starts the presenter's timer with its own button (shown on hover), at the clock's time. */
async function startTimer(page: Page): Promise<void> {
  await page.locator('.grid-section.bottom .font-mono').hover()
  await page.locator('.grid-section.bottom .i-carbon\\:play').click()
}

/** Steps forward, click by click, until the presenter view shows slide `no`. */
async function stepTo(page: Page, no: number): Promise<void> {
  for (let presses = 0; !new URL(page.url()).pathname.endsWith(`/${no}`); presses++) {
    if (presses > 30)
      throw new Error(`${page.url()}: 30 presses did not reach slide ${no}`)
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(was => location.href !== was, before)
  }
  await waitForSlide(page, no)
}

/** The pace as shown: its status and its words. */
async function shown(page: Page): Promise<{ status: string | null, text: string }> {
  const pace = page.locator('.deck-pace')
  return { status: await pace.getAttribute('data-pace-status'), text: (await pace.innerText()).replace(/\s+/g, ' ').trim() }
}

/** The pace once the timer has run `elapsedSeconds`: the clock set there, the display polled until it follows (its next tick). */
async function paceAfter(page: Page, elapsedSeconds: number, expected: { status: string, text: string }): Promise<void> {
  await page.clock.setFixedTime(START + elapsedSeconds * 1000)
  await expect.poll(() => shown(page), { timeout: 5000 }).toEqual(expected)
}

/** Whether `selector` is inside the viewport, at full strength (no faded ancestor), in type of at least `px`. */
async function readable(page: Page, selector: string, px: number): Promise<{ inside: boolean, opacity: number, fontSize: number }> {
  return page.locator(selector).evaluate((element, min) => {
    const box = element.getBoundingClientRect()
    let opacity = 1
    for (let node: Element | null = element; node; node = node.parentElement)
      opacity *= Number(getComputedStyle(node).opacity)
    const fontSize = Number.parseFloat(getComputedStyle(element).fontSize)
    return { inside: box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight, opacity, fontSize: Math.min(fontSize, min) }
  }, px)
}

for (const edition of ['ko', 'en'] as const) {
  describe(`the presenter view's pace (${edition})`, () => {
    const ui = UI[edition]

    it('on a laptop: the slide\'s planned time, then ahead, on plan and behind as the timer runs', async () => {
      const { plan } = await planDeck(resolve(editionEntry(edition)))
      const planned = plan.slides.find(s => s.no === SLIDE)!
      expect(planned.startsAt).toBeGreaterThan(60)
      const page = await presenter(LAPTOP, edition)
      try {
        // Before the timer starts: the slide's planned time and no verdict.
        await paceAfter(page, 0, { status: 'not-started', text: `${ui.pace.slide(formatDuration(plan.slides[0]!.seconds))} ${ui.pace.notStarted}` })
        await startTimer(page)
        await stepTo(page, SLIDE)
        const slideTime = ui.pace.slide(formatDuration(planned.seconds))
        // Reached 40 s before the plan reaches it.
        await paceAfter(page, planned.startsAt - 40, { status: 'ahead', text: `${slideTime} ${ui.pace.ahead('0:40')}` })
        // Halfway through its planned window.
        await paceAfter(page, planned.startsAt + planned.seconds / 2, { status: 'on-plan', text: `${slideTime} ${ui.pace.onPlan}` })
        // Still here 1:15 after the plan moved on.
        await paceAfter(page, planned.startsAt + planned.seconds + 75, { status: 'behind', text: `${slideTime} ${ui.pace.behind('1:15')}` })
        // At a glance: on screen, not faded with the navigation bar, in large type.
        expect(await readable(page, '.deck-pace', 20)).toEqual({ inside: true, opacity: 1, fontSize: 20 })
        expect(await readable(page, '.deck-pace-status', 20)).toEqual({ inside: true, opacity: 1, fontSize: 20 })
      }
      finally {
        await page.context().close()
      }
    })

    it('on a phone: the same pace, on its own row across the screen', async () => {
      const { plan } = await planDeck(resolve(editionEntry(edition)))
      const planned = plan.slides.find(s => s.no === SLIDE)!
      const page = await presenter(PHONE, edition)
      try {
        await startTimer(page)
        await stepTo(page, SLIDE)
        await paceAfter(page, planned.startsAt + planned.seconds + 30, { status: 'behind', text: `${ui.pace.slide(formatDuration(planned.seconds))} ${ui.pace.behind('0:30')}` })
        expect(await readable(page, '.deck-pace', 18)).toEqual({ inside: true, opacity: 1, fontSize: 18 })
        const [pace, timer] = await Promise.all(['.deck-pace', '.grid-section.bottom .font-mono'].map(s => page.locator(s).boundingBox()))
        expect(pace!.width).toBeGreaterThan(300)
        expect(pace!.y + pace!.height).toBeLessThanOrEqual(timer!.y + 1)
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0)
      }
      finally {
        await page.context().close()
      }
    })
  })
}

describe('the audience\'s slides', () => {
  it('show no pace', async () => {
    const context = await browser.newContext(LAPTOP)
    try {
      const page = await context.newPage()
      await page.goto(deckUrl(String(SLIDE)))
      await waitForSlide(page, SLIDE)
      expect(await page.locator('.deck-pace').count()).toBe(0)
      // The check can fail: the presenter view of the same build has it.
      await page.goto(deckUrl(`presenter/${SLIDE}`))
      await waitForSlide(page, SLIDE)
      await expect.poll(() => page.locator('.deck-pace').count()).toBe(1)
    }
    finally {
      await context.close()
    }
  })
})
