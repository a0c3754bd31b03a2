import type { Browser } from 'playwright-core'
import type { DeckPage } from './deck'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { loadDeck } from '../../tools/talk/slides'
import { deckUrl, gotoSlide, launchBrowser, openPage, slideLocator } from './deck'

const { slides } = await loadDeck()

let browser: Browser
let deck: DeckPage

beforeAll(async () => {
  browser = await launchBrowser()
  deck = await openPage(browser)
})
afterAll(async () => browser?.close())

describe('the built deck', () => {
  it.each(slides.map(s => [s.no, s.title ?? '(untitled)'] as const))('slide %i (%s) renders with no error', async (no, title) => {
    await gotoSlide(deck.page, no)
    const active = slideLocator(deck.page, no)
    await expect(active.innerText()).resolves.toContain((title).replace(/\s+/g, ' ').split(' ')[0])
    expect(deck.errors).toEqual([])
  })

  it('sends no request outside 127.0.0.1', () => {
    expect(deck.requests.length).toBeGreaterThan(0)
    const outside = deck.requests.filter(url => !/^(?:http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url))
    expect(outside).toEqual([])
  })

  it('declares Korean as the page language', async () => {
    await gotoSlide(deck.page, 1)
    expect(await deck.page.evaluate(() => document.documentElement.lang)).toBe('ko')
  })

  it('draws slide text with the bundled Korean typeface', async () => {
    await gotoSlide(deck.page, 1)
    const result = await deck.page.evaluate(async (family) => {
      const heading = document.querySelector('.slidev-page-1 h1') as HTMLElement
      return {
        family: getComputedStyle(heading).fontFamily,
        // check() is true only when a loaded face covers these glyphs.
        loaded: [...document.fonts].filter(f => f.family.replace(/"/g, '') === family && f.status === 'loaded').length,
        covers: document.fonts.check(`700 40px ${family}`, heading.textContent ?? ''),
        wordBreak: getComputedStyle(heading).wordBreak,
      }
    }, DECK_FONT_FAMILY)
    expect(result.family.split(',')[0]?.replace(/["']/g, '').trim()).toBe(DECK_FONT_FAMILY)
    expect(result.loaded).toBeGreaterThan(0)
    expect(result.covers).toBe(true)
    expect(result.wordBreak).toBe('keep-all')
  })

  it('draws Mermaid labels with the bundled typeface', async () => {
    const withDiagram = slides.find(s => s.content.includes('```mermaid'))
    expect(withDiagram, 'the deck has a slide with a Mermaid diagram').toBeDefined()
    await gotoSlide(deck.page, withDiagram!.no)
    const families = await deck.page.evaluate((no) => {
      const root = document.querySelector(`.slidev-page-${no} .mermaid`)?.shadowRoot
      const labels = [...(root?.querySelectorAll('.nodeLabel, .label, text') ?? [])] as HTMLElement[]
      return labels.filter(l => l.textContent?.trim()).map(l => getComputedStyle(l).fontFamily)
    }, withDiagram!.no)
    expect(families.length).toBeGreaterThan(0)
    for (const family of families)
      expect(family.split(',')[0]?.replace(/["']/g, '').trim()).toBe(DECK_FONT_FAMILY)
  })

  it('serves deep links to slides and the presenter view', async () => {
    const response = await deck.page.goto(deckUrl('2'))
    expect(response?.status()).toBe(200)
    await slideLocator(deck.page, 2).waitFor()
  })
})

describe('presenter mode', () => {
  it('loads /presenter/ and shows the current slide\'s notes', async () => {
    const withNotes = slides.find(s => s.notes)!
    const { page, errors } = await openPage(browser)
    await page.setViewportSize({ width: 1600, height: 900 })
    await page.goto(deckUrl(`presenter/${withNotes.no}`), { waitUntil: 'networkidle' })
    const notes = page.locator('.slidev-note').first()
    await notes.waitFor()
    const firstSentence = withNotes.notes!.split(/[.!?。]\s/)[0]!.slice(0, 20)
    expect(await notes.innerText()).toContain(firstSentence)
    expect(errors).toEqual([])
  })
})
