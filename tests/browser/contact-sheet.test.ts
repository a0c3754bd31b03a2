/**
 * `npm run contact-sheet`'s sheets, made from the build the global setup cached,
 * read back in Chromium: one sheet per edition and mode holds every slide, each
 * thumbnail drawn (not blank) and different from every other, on the mode's page colour.
 */
import type { Buffer } from 'node:buffer'
import type { Browser } from 'playwright-core'
import type { Edition } from '../../tools/edition'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../node/deck-slides'
import { DEFAULT_SHEET, SHEET_SPACING, sheetLayout } from '../../tools/contact-sheet/layout'
import { makeContactSheet } from '../../tools/contact-sheet/sheet'
import { editionEntry } from '../../tools/edition'
import { launchBrowser } from './deck'
import { printedPages } from './printed-pages'

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

/**
 * Reads a sheet back: its page colour at the corner, and for each thumbnail the
 * distinct colours sampled on a 6 px grid (1 for a blank one) and the samples
 * themselves, to tell thumbnails apart.
 */
async function readSheet(png: Buffer, layout: ReturnType<typeof sheetLayout>) {
  const page = await browser.newPage()
  try {
    return await page.evaluate(async ({ src, layout, numberLine }) => {
      const image = new Image()
      image.src = src
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.naturalWidth
      canvas.height = image.naturalHeight
      const context = canvas.getContext('2d', { willReadFrequently: true })!
      context.drawImage(image, 0, 0)
      const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data].slice(0, 3).join(',')
      const cells = layout.cells.map((cell) => {
        const top = cell.y + numberLine
        const samples: string[] = []
        for (let y = 4; y < layout.thumb.height - 4; y += 6) {
          for (let x = 4; x < layout.thumb.width - 4; x += 6)
            samples.push(at(cell.x + x, top + y))
        }
        return { no: cell.no, colours: new Set(samples).size, digest: samples.join(';') }
      })
      return { width: image.naturalWidth, height: image.naturalHeight, corner: at(2, 2), cells }
    }, { src: `data:image/png;base64,${png.toString('base64')}`, layout, numberLine: SHEET_SPACING.number })
  }
  finally {
    await page.close()
  }
}

describe.each([
  { lang: 'ko' as Edition, dark: false, page: '229,231,235' },
  { lang: 'en' as Edition, dark: true, page: '11,15,23' },
])('the contact sheet of the $lang edition (dark: $dark)', ({ lang, dark, page }) => {
  let sheet: Awaited<ReturnType<typeof makeContactSheet>>
  let read: Awaited<ReturnType<typeof readSheet>>
  let pageCount: number

  beforeAll(async () => {
    pageCount = printedPages((await loadDeck(resolve(editionEntry(lang)))).slides).count
    const started = Date.now()
    sheet = await makeContactSheet({ lang, dark, executablePath: inject('chromiumPath'), timeoutMs: 120_000 })
    console.log(`contact sheet (${lang}, ${dark ? 'dark' : 'light'}): ${sheet.width}x${sheet.height} px in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    read = await readSheet(sheet.png, sheetLayout(Array.from({ length: sheet.pages }, (_, i) => i + 1), DEFAULT_SHEET))
  })

  it('holds every page of the PDF, in a grid the size its layout gives', () => {
    expect(sheet.pages).toBe(pageCount)
    const layout = sheetLayout(Array.from({ length: pageCount }, (_, i) => i + 1), DEFAULT_SHEET)
    expect([sheet.width, sheet.height]).toEqual([layout.width, layout.height])
    expect([read.width, read.height]).toEqual([layout.width, layout.height])
  })

  it('is drawn on the page colour of its mode', () => {
    expect(read.corner).toBe(page)
  })

  it('draws every slide\'s thumbnail, each one different', () => {
    const blank = read.cells.filter(c => c.colours < 3).map(c => c.no)
    expect(blank, 'thumbnails with (almost) one colour').toEqual([])
    const digests = new Set(read.cells.map(c => c.digest))
    expect(digests.size).toBe(read.cells.length)
  })
})
