/**
 * Every diagram of the built deck, in both editions, as the audience gets it:
 * drawn when the deck was built (inline SVG: no Mermaid or Shiki script is
 * fetched on any slide, nor by the print view), in the page's colour scheme,
 * light and dark, named for screen readers by its accTitle, and showing every
 * label its source gives. The diagrams are the slides' ```mermaid blocks and
 * the registry's generated diagrams each slide places, so a new one is covered
 * as it is added. Fit, cut-off labels, label size and contrast at every click
 * are the slide checks' (tests/browser/slide-checks.test.ts).
 */
import type { Browser, Response } from 'playwright-core'
import type { Edition } from '../../tools/edition'
import type { DeckPage } from './deck'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diagramIdsIn, diagramLabels, generatedDiagrams } from '../../lib/diagrams/index'
import { mermaidBlocks } from '../../lib/diagrams/markdown-blocks'
import { localizedData, UI } from '../../lib/i18n'
import { loadDeck } from '../../node/deck-slides'
import { loadDeckData } from '../../node/load-data'
import { editionEntry, EDITIONS } from '../../tools/edition'
import { mermaidAccTitle, mermaidBlockLabels } from '../../tools/talk/text'
import { deckUrl, gotoSlide, launchBrowser, openPage } from './deck'

/** What a slide must show: each diagram's accessible name and labels. */
interface DiagramSlide {
  no: number
  where: string
  titles: string[]
  labels: string[]
}

async function diagramSlides(lang: Edition): Promise<{ count: number, slides: DiagramSlide[] }> {
  const { slides } = await loadDeck(resolve(editionEntry(lang)))
  const data = localizedData(loadDeckData('data'), lang)
  const generated = new Map(generatedDiagrams(data, UI[lang]).map(d => [d.id, d]))
  const labels = diagramLabels(data, UI[lang])
  const withDiagrams = slides.map((slide) => {
    const ids = diagramIdsIn(slide.content)
    return {
      no: slide.no,
      where: `${relative(process.cwd(), slide.file)}:${slide.line}`,
      titles: [...ids.map(id => generated.get(id)!.accTitle), ...mermaidBlocks(slide.content).map(block => mermaidAccTitle(block.code) ?? '')],
      labels: [...ids.flatMap(id => labels[id] ?? []), ...mermaidBlockLabels(slide.content)],
    }
  }).filter(slide => slide.titles.length > 0)
  return { count: slides.length, slides: withDiagrams }
}

const decks = Object.fromEntries(await Promise.all(EDITIONS.map(async lang => [lang, await diagramSlides(lang)] as const)))
/** Text as compared: line breaks written as <br> and all whitespace left out. */
const squash = (text: string) => text.replace(/<br\s*\/?>/gi, '').replace(/\s+/g, '')

/**
 * A script of Mermaid's or Shiki's runtime, by its address or by code only it
 * holds: Mermaid's API object, Shiki's highlighter, Twoslash's pop-up client.
 */
const RUNTIME_SIGNATURES: [string, RegExp][] = [
  ['Mermaid', /mermaidAPI/],
  ['Shiki', /\bcodeToHtml\b|\bcodeToTokens\b|vitepress:codeGroupTabActivate|twoslash-query/],
]
async function runtimeIn(response: Response): Promise<string | undefined> {
  if (response.request().resourceType() !== 'script')
    return undefined
  const url = response.url()
  // By name: a chunk or folder of Mermaid's or Shiki's own ("mermaid.core-…", "shiki-…"), not a component that names it ("DataMermaid-…").
  const named = /(?:^|[/._-])(mermaid|shiki)/i.exec(new URL(url).pathname)?.[1]
  if (named)
    return `${url} (named ${named})`
  const body = await response.text().catch(() => '')
  const found = RUNTIME_SIGNATURES.find(([, signature]) => signature.test(body))
  return found && `${url} (holds ${found[0]}'s code)`
}

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

describe.each(EDITIONS)('the built deck (%s)', (lang) => {
  const deck = decks[lang]!

  it('has diagrams to check', () => {
    expect(deck.slides.length).toBeGreaterThan(0)
  })

  it('fetches no Mermaid or Shiki script on any slide, nor for the print view', async () => {
    const { page, errors } = await openPage(browser)
    const runtimes: Promise<string | undefined>[] = []
    page.on('response', response => runtimes.push(runtimeIn(response)))
    let scripts = 0
    page.on('request', request => scripts += request.resourceType() === 'script' ? 1 : 0)
    for (let no = 1; no <= deck.count; no++)
      await gotoSlide(page, no, '', lang)
    // Each slide's neighbours load ahead (setup/preload-window.ts): those scripts count too.
    await page.waitForLoadState('networkidle')
    await page.goto(deckUrl('print?print=true', lang), { waitUntil: 'networkidle' })
    await page.locator(`.slidev-page-${deck.count}`).waitFor({ state: 'attached' })
    expect(scripts).toBeGreaterThan(deck.count)
    expect((await Promise.all(runtimes)).filter(Boolean)).toEqual([])
    expect(errors).toEqual([])
    await page.context().close()
  })

  // One page per colour scheme for the edition's diagram slides, moved from one to the next as a presenter moves.
  const schemes = ['light', 'dark'] as const
  const pages: Partial<Record<typeof schemes[number], DeckPage>> = {}
  beforeAll(async () => {
    for (const scheme of schemes)
      pages[scheme] = await openPage(browser, { dark: scheme === 'dark' })
  })
  afterAll(async () => {
    for (const scheme of schemes)
      await pages[scheme]?.page.context().close()
  })

  it.each(deck.slides.map(slide => [slide.no, slide.where, slide] as const))('slide %i (%s): each diagram drawn inline, in light and in dark, named by its accTitle, with every label', async (no, _where, slide) => {
    const styles: Record<string, string[]> = {}
    for (const scheme of schemes) {
      const { page, errors } = pages[scheme]!
      await gotoSlide(page, no, '', lang)
      const drawings = await page.evaluate(n => [...document.querySelectorAll(`.slidev-page-${n} .mermaid`)].map(host => ({
        shadow: !!host.shadowRoot,
        role: host.querySelector(':scope > svg')?.getAttribute('role'),
        scheme: host.getAttribute('data-diagram-theme'),
        style: host.querySelector(':scope > svg > style')?.textContent ?? '',
        text: host.querySelector(':scope > svg')?.textContent ?? '',
      })), no)
      expect(drawings.map(d => [d.shadow, d.role, d.scheme]), scheme).toEqual(slide.titles.map(() => [false, 'img', scheme]))
      const onSlide = page.locator(`.slidev-page-${no}`)
      for (const title of slide.titles)
        expect(await onSlide.getByRole('img', { name: title, exact: true }).count(), `${scheme}: a picture named "${title}"`).toBe(1)
      const text = squash(drawings.map(d => d.text).join(''))
      for (const label of slide.labels)
        expect(text, `${scheme}: shows "${label}"`).toContain(squash(label))
      styles[scheme] = drawings.map(d => d.style)
      expect(errors).toEqual([])
    }
    // Each scheme has its own drawing: the colours differ.
    styles.light!.forEach((style, index) => expect(style).not.toBe(styles.dark![index]))
  })
})
