/**
 * The built deck loads ahead only the current slide and its neighbours
 * (setup/preload-window.ts), not every slide 3 s in, and the next slide is
 * drawn, hidden, before the presenter moves to it: the next-slide key then
 * shows it without loading anything. Checked on the move to the funding
 * slide (a chart, fetched with its slide) and on the move from slide 1.
 */
import type { Browser } from 'playwright-core'
import type { DeckPage } from './deck'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../node/deck-slides'
import { gotoSlide, launchBrowser, openPage } from './deck'

const { slides } = await loadDeck()
const funding = slides.find(slide => /<FundingDiagram\b/.test(slide.content))!.no

interface NextMove { ms: number, fetched: string[] }

/** In the page: whether slide `no` is mounted with its content (not a loading placeholder), shown or not. */
function mounted(no: number): boolean {
  const el = document.querySelector(`.slidev-page-${no}`)
  return !!el && !el.querySelector('.slidev-slide-loading') && [...el.children].some(child => !child.classList.contains('slidev-slide-loading'))
}

/**
 * In the page: presses nothing, but times from the next keydown until the
 * first frame that shows slide `no` with its content has been painted, and
 * what the page fetched meanwhile: in `nextMove`.
 */
function timeNextMove(no: number): void {
  (globalThis as { nextMove?: Promise<NextMove> }).nextMove = new Promise((resolve) => {
    addEventListener('keydown', (event) => {
      const pressed = event.timeStamp
      const frame = () => {
        const el = document.querySelector(`.slidev-page-${no}`)
        // Shown in this frame: painted once the next frame begins.
        if (el?.checkVisibility() && el.textContent?.trim()) {
          requestAnimationFrame(() => {
            const painted = performance.now()
            const fetched = performance.getEntriesByType('resource')
              .filter(entry => entry.startTime >= pressed && entry.startTime <= painted && new URL(entry.name).pathname.startsWith('/assets/'))
              .map(entry => entry.name)
            resolve({ ms: painted - pressed, fetched })
          })
        }
        else {
          requestAnimationFrame(frame)
        }
      }
      requestAnimationFrame(frame)
    }, { once: true, capture: true })
  })
}

const movedIn = () => (globalThis as { nextMove?: Promise<NextMove> }).nextMove!

let browser: Browser
let deck: DeckPage

beforeAll(async () => {
  browser = await launchBrowser()
  deck = await openPage(browser)
})

afterAll(async () => {
  await browser.close()
})

describe('slides loaded ahead', () => {
  it('loads the current slide and its neighbours, and not every slide 3 s in', async () => {
    await gotoSlide(deck.page, funding - 1)
    await deck.page.waitForFunction(mounted, funding, { timeout: 10_000 })
    await deck.page.waitForFunction(mounted, funding - 2, { timeout: 10_000 })
    // Slidev's client would load every slide 3 s after the page shows.
    await deck.page.waitForTimeout(4000)
    const loaded = await deck.page.evaluate(() => [...document.querySelectorAll('[class*="slidev-page-"]')]
      .map(el => Number(/slidev-page-(\d+)/.exec(el.className)?.[1]))
      .filter(Boolean)
      .sort((a, b) => a - b))
    expect(loaded).toEqual([funding - 2, funding - 1, funding])
    expect(deck.errors).toEqual([])
  })

  it('has the next slide drawn before the presenter moves, and shows it on the key press', async () => {
    await gotoSlide(deck.page, funding - 1)
    await deck.page.waitForFunction(mounted, funding, { timeout: 10_000 })
    // The slide mounts first; its drawing (a module of its own in a build) follows without a move.
    // Waiting here is what a presenter does while talking over the slide before.
    await deck.page.waitForFunction(no => !!document.querySelector(`.slidev-page-${no} svg`), funding, { timeout: 10_000 })
      .catch(() => expect.fail('the funding chart is not drawn within 10 s of its slide loading ahead, before the move'))
    await deck.page.evaluate(timeNextMove, funding)
    await deck.page.keyboard.press('ArrowRight')
    const { ms, fetched } = await deck.page.evaluate(movedIn)
    // Nothing is fetched between the key press and the slide on screen: the slide and its chart were there already.
    expect(fetched).toEqual([])
    expect(ms).toBeGreaterThan(0)
    console.log(`key press to the funding slide shown: ${ms.toFixed(0)} ms`)
  })

  it('has slide 2 ready when the presenter leaves slide 1', async () => {
    await gotoSlide(deck.page, 1)
    await deck.page.waitForFunction(mounted, 2, { timeout: 10_000 })
    await deck.page.evaluate(timeNextMove, 2)
    await deck.page.keyboard.press('ArrowRight')
    expect((await deck.page.evaluate(movedIn)).fetched).toEqual([])
    // Its own next slide follows once the page is idle.
    await deck.page.waitForFunction(mounted, 3, { timeout: 10_000 })
  })
})
