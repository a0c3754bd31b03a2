/**
 * Each slide that shows a generated diagram, in the built deck, light and
 * dark: the SVG is drawn, lies inside the 980x552 slide, no label is cut off,
 * labels are at least 14 px on the canvas, it has an accessible name, and it
 * shows the labels the data gives it.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeckData } from '../../lib/data/load'
import { diagramIdsIn, diagramLabels } from '../../lib/diagrams/index'
import { loadDeck } from '../../tools/talk/slides'
import { gotoSlide, launchBrowser, openPage, slideLocator } from './deck'

// As the slide checks require of every text on the canvas (tools/slide-checks).
const MIN_LABEL_PX = 16

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
    expect(diagramSlides.map(s => s.id).sort()).toEqual(['ecosystem', 'funding', 'race-essay', 'race-latest'])
  })

  const cases = diagramSlides.flatMap(s => [false, true].map(dark => [`${s.id} on slide ${s.no} (${s.where}), ${dark ? 'dark' : 'light'}`, s, dark] as const))
  it.each(cases)('%s: fits, unclipped, readable, named, labelled from the data', async (_name, slide, dark) => {
    const deck = await openPage(browser, { dark })
    await gotoSlide(deck.page, slide.no)
    const slideBox = (await slideLocator(deck.page, slide.no).boundingBox())!
    const measured = await deck.page.evaluate((no) => {
      const host = document.querySelector(`.slidev-page-${no} .data-diagram .mermaid`)
      const svg = host?.shadowRoot?.querySelector('svg')
      if (!svg)
        return undefined
      const box = svg.getBoundingClientRect()
      const scale = box.width / svg.viewBox.baseVal.width
      const rect = (r: DOMRect) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom })
      const labels = [...svg.querySelectorAll('foreignObject')].flatMap((fo) => {
        const inner = fo.querySelector('div') as HTMLElement | null
        const text = inner?.textContent?.trim() ?? ''
        if (!inner || !text)
          return []
        const span = (inner.querySelector('span') ?? inner) as HTMLElement
        return [{
          text,
          px: Number.parseFloat(getComputedStyle(span).fontSize) * scale,
          overflowX: inner.scrollWidth - inner.clientWidth,
          overflowY: inner.scrollHeight - inner.clientHeight,
          label: rect(span.getBoundingClientRect()),
          frame: rect(fo.getBoundingClientRect()),
        }]
      })
      return {
        svg: rect(box),
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        labelledBy: svg.getAttribute('aria-labelledby'),
        text: svg.textContent ?? '',
        labels,
      }
    }, slide.no)
    expect(measured, 'a rendered SVG').toBeDefined()
    const { svg, labels: shown } = measured!

    // Inside the slide (1 px for rounding).
    expect(svg.x).toBeGreaterThanOrEqual(slideBox.x - 1)
    expect(svg.y).toBeGreaterThanOrEqual(slideBox.y - 1)
    expect(svg.right).toBeLessThanOrEqual(slideBox.x + slideBox.width + 1)
    expect(svg.bottom).toBeLessThanOrEqual(slideBox.y + slideBox.height + 1)

    expect(shown.length).toBeGreaterThan(3)
    for (const label of shown) {
      expect(label.overflowX, `"${label.text}" overflows its box`).toBeLessThanOrEqual(1)
      expect(label.overflowY, `"${label.text}" overflows its box`).toBeLessThanOrEqual(1)
      expect(label.label.x, `"${label.text}" cut on the left`).toBeGreaterThanOrEqual(label.frame.x - 1)
      expect(label.label.right, `"${label.text}" cut on the right`).toBeLessThanOrEqual(label.frame.right + 1)
      expect(label.label.bottom, `"${label.text}" cut at the bottom`).toBeLessThanOrEqual(label.frame.bottom + 1)
      // To a hundredth, as the slide checks round: an unscaled SVG can measure 15.9998 px from its fractional width.
      expect(Math.round(label.px * 100) / 100, `"${label.text}" is ${label.px.toFixed(1)} px on the canvas`).toBeGreaterThanOrEqual(MIN_LABEL_PX)
    }

    expect(measured!.title.length).toBeGreaterThan(0)
    expect(measured!.desc.length).toBeGreaterThan(0)
    expect(measured!.labelledBy).toBeTruthy()
    for (const text of labels[slide.id]!)
      expect(squash(measured!.text), `shows "${text}"`).toContain(squash(text))
    expect(deck.errors).toEqual([])
    await deck.page.context().close()
  })
})
