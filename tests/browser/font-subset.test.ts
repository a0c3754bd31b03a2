/**
 * The built deck serves its typeface cut down to the characters it holds
 * (lib/vite-plugin-font-subset.ts). Every character any slide shows, diagram
 * labels and presenter notes included, must be in the fonts the page fetched:
 * one the subset missed would fall back to another font (or a box, on a
 * machine with no Korean font).
 */
import type { Browser } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { woff2CodePoints } from '../../lib/font-cmap'
import { missingCharacters } from '../../tools/font-coverage'
import { loadDeck } from '../../tools/talk/slides'
import { deckUrl, launchBrowser, openPage } from './deck'

const FULL_REGULAR = 'node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Regular.subset.woff2'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => browser?.close())

describe('the typeface the built deck serves', () => {
  it('draws every character of every slide and every note, and holds little else', async () => {
    const { slides } = await loadDeck()
    const { page, errors } = await openPage(browser)
    // The print view lays out every slide at once.
    await page.goto(deckUrl('print?print=true'), { waitUntil: 'load' })
    await page.waitForFunction(count => document.querySelectorAll('[class*="slidev-page-"]').length >= count
      && !document.querySelector('.slidev-slide-loading')
      && document.fonts.status === 'loaded'
      && [...document.querySelectorAll('.mermaid')].every(host => host.querySelector(':scope > svg'))
      && performance.getEntriesByType('resource').some(entry => entry.name.endsWith('.woff2')), slides.length, { timeout: 60_000, polling: 100 })
    // The fonts the page fetched, from its own resource timing: Playwright's response events can
    // arrive after the page is settled, and a run once found none.
    const fonts = new Set(await page.evaluate(() => performance.getEntriesByType('resource')
      .filter(entry => entry.name.endsWith('.woff2'))
      .map(entry => new URL(entry.name).pathname)))
    const slideText = await page.evaluate(() => [
      document.body.innerText,
      // Diagram labels sit in SVG foreignObjects, which innerText may leave out.
      ...[...document.querySelectorAll('.mermaid')].map(host => host.textContent ?? ''),
    ].join('\n'))
    // The presenter view shows each slide's notes; their text as written.
    const notes = slides.map(slide => slide.notes ?? '').join('\n')
    expect(errors).toEqual([])

    expect([...fonts].map(path => path.split('/').pop())).toEqual([
      expect.stringMatching(/^Pretendard-(?:Regular|Bold)\.subset-[\w-]{8}\.woff2$/),
      expect.stringMatching(/^Pretendard-(?:Regular|Bold)\.subset-[\w-]{8}\.woff2$/),
    ])
    const faces = [...fonts].map(path => woff2CodePoints(readFileSync(join(inject('distDir'), path))))
    const covered = new Set([...faces[0]!].filter(point => faces.every(face => face.has(point))))
    expect(slideText.length).toBeGreaterThan(10_000)
    expect(missingCharacters(slideText, covered), 'characters the slides show but the served font lacks').toEqual([])
    expect(missingCharacters(notes, covered), 'characters of the notes the served font lacks').toEqual([])
    // A subset: far fewer characters than the KS X 1001 font the deck bundles.
    const full = woff2CodePoints(readFileSync(FULL_REGULAR))
    for (const face of faces)
      expect(face.size).toBeLessThan(full.size / 2)
  })
})
