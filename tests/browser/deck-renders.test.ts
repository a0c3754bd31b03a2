import type { Browser } from 'playwright-core'
import type { DeckPage } from './deck'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { loadDeck, SOURCES_FILE } from '../../node/deck-slides'
import { loadDeckData } from '../../node/load-data'
import { editionEntry } from '../../tools/edition'
import { koreanOutsideNames } from '../../tools/talk/editions'
import { deckUrl, gotoSlide, launchBrowser, openPage, slideLocator } from './deck'

const { slides } = await loadDeck()
const english = (await loadDeck(resolve(editionEntry('en')))).slides

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
      const drawing = document.querySelector(`.slidev-page-${no} .mermaid > svg`)
      const labels = [...(drawing?.querySelectorAll('.nodeLabel, .label, text') ?? [])] as HTMLElement[]
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

describe('the built English deck', () => {
  const data = loadDeckData(resolve('data'))
  /** Korean names an English slide may show in parentheses beside their English form. */
  const names = new Set([
    ...data.glossary.map(entry => entry.term),
    ...[data.program.ministry, ...data.program.agencies, ...data.consortia.flatMap(c => [c.lead, ...(c.partners ?? [])])].map(o => o.name.ko),
    data.essay.blog,
  ])

  it('renders every slide with no error, declares English, and shows no Korean but names beside their English form and the marked quotation', async () => {
    const { page, errors, requests } = await openPage(browser)
    expect(english.length).toBeGreaterThan(20)
    const found: string[] = []
    for (const slide of english) {
      await gotoSlide(page, slide.no, '', 'en')
      if (slide.file.endsWith(SOURCES_FILE))
        continue
      // The rendered slide as the audience reads it, the Korean original of the quotation aside.
      const text = await page.evaluate((no) => {
        const copy = document.querySelector(`.slidev-page-${no}`)!.cloneNode(true) as HTMLElement
        copy.querySelectorAll('blockquote[lang="ko"]').forEach(quote => quote.remove())
        return copy.textContent ?? ''
      }, slide.no)
      expect(text.trim().length, `slide ${slide.no} shows text`).toBeGreaterThan(0)
      found.push(...koreanOutsideNames(text, names).map(run => `slide ${slide.no}: "${run}"`))
    }
    expect(found).toEqual([])
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(errors).toEqual([])
    expect(requests.filter(url => !/^(?:http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url))).toEqual([])
  })
})
