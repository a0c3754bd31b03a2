/**
 * Each slide that shows a generated diagram, in the built deck: the diagram
 * says what the data says (every label the data gives it) and carries its
 * title and description for screen readers. Fit, cut-off labels, label size,
 * contrast and the accessible name in both colour modes are the slide checks'
 * (tests/browser/slide-checks.test.ts), which walk every slide.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeckData } from '../../lib/data/load'
import { diagramIdsIn, diagramLabels } from '../../lib/diagrams/index'
import { loadDeck } from '../../tools/talk/slides'
import { gotoSlide, launchBrowser, openPage } from './deck'

const { slides } = await loadDeck()
const diagramSlides = slides.flatMap(slide => diagramIdsIn(slide.content).map(id => ({ no: slide.no, id, where: `${slide.file}:${slide.line}` })))
const labels = diagramLabels(loadDeckData('data'))
const squash = (text: string) => text.replace(/\s+/g, '')

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe('diagram slides', () => {
  it('the deck places every generated diagram on a slide', () => {
    expect(diagramSlides.map(s => s.id).sort()).toEqual(['ecosystem', 'race-essay'])
  })

  it.each(diagramSlides.map(s => [`${s.id} on slide ${s.no} (${s.where})`, s] as const))('%s: drawn from the data, with its title and description', async (_name, slide) => {
    const deck = await openPage(browser)
    await gotoSlide(deck.page, slide.no)
    const drawn = await deck.page.evaluate((no) => {
      const svg = document.querySelector(`.slidev-page-${no} .data-diagram .mermaid`)?.shadowRoot?.querySelector('svg')
      return svg && {
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        text: svg.textContent ?? '',
      }
    }, slide.no)
    expect(drawn, 'a rendered SVG').toBeTruthy()
    expect(drawn!.title.length).toBeGreaterThan(0)
    expect(drawn!.desc.length).toBeGreaterThan(0)
    for (const text of labels[slide.id]!)
      expect(squash(drawn!.text), `shows "${text}"`).toContain(squash(text))
    expect(deck.errors).toEqual([])
    await deck.page.context().close()
  })
})
