/**
 * The built deck serves its typeface cut down to the characters it holds
 * (node/vite-plugin-font-subset.ts). Every character any slide shows, diagram
 * labels and presenter notes included, must be in the fonts the page fetched:
 * one the subset missed would fall back to another font (or a box, on a
 * machine with no Korean font).
 */
import type { Browser } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { textWidth } from '../../lib/charts/scale'
import { loadDeck } from '../../node/deck-slides'
import { woff2CodePoints } from '../../node/font-cmap'
import { deckFontFiles } from '../../tools/deck-fonts'
import { missingCharacters } from '../../tools/font-coverage'
import { deckUrl, launchBrowser, openPage } from './deck'

const FULL_REGULAR = deckFontFiles('.')[0]!.file

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

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

  it('sets each character as wide as the charts\' width tables say, in both weights', async () => {
    // lib/charts/scale.ts places chart labels by Pretendard's advance widths; a new version of the typeface must not move them unseen.
    const characters = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)), '가', '·']
    const { page, errors } = await openPage(browser)
    await page.goto(deckUrl('1'), { waitUntil: 'load' })
    const set = await page.evaluate(async (chars) => {
      const context = document.createElement('canvas').getContext('2d')!
      const widths: Record<string, number[]> = {}
      for (const weight of [400, 700]) {
        await document.fonts.load(`${weight} 100px Pretendard`, chars.join(''))
        context.font = `${weight} 100px Pretendard`
        widths[weight] = chars.map(char => context.measureText(char).width / 100)
      }
      return widths
    }, characters)
    expect(errors).toEqual([])
    const off = (['regular', 'bold'] as const).flatMap((weight, w) => characters.flatMap((char, i) => {
      const drawn = set[w ? 700 : 400]![i]!
      const table = textWidth(char, 1, weight)
      return Math.abs(drawn - table) > 0.002 ? [`${weight} '${char}': set ${drawn.toFixed(3)} em, table ${table.toFixed(3)} em`] : []
    }))
    expect(off).toEqual([])
  })
})
