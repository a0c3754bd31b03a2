/**
 * Reading which characters a font maps: the WOFF2 reader (what the build reads
 * its subsets with) must agree with the WOFF reader on the same font.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { woff2CodePoints, woffCodePoints } from '../../node/font-cmap'
import { deckFontFiles } from '../../tools/deck-fonts'

const STATIC = 'node_modules/pretendard/dist/web/static'

describe('woff2CodePoints', () => {
  const woffs = deckFontFiles('.', 'woff')
  it.each(deckFontFiles('.').map((font, index) => [font.name, font.file, woffs[index]!.file]))('reads the same characters from Pretendard %s as the WOFF twin does', (_, woff2File, woffFile) => {
    const woff2 = woff2CodePoints(readFileSync(woff2File))
    const woff = woffCodePoints(readFileSync(woffFile))
    expect(woff2.size).toBeGreaterThan(2350)
    expect([...woff2].sort((a, b) => a - b)).toEqual([...woff].sort((a, b) => a - b))
  })

  it('tells the full font from the KS X 1001 subset (a rare syllable only in the full one)', () => {
    const rare = '갃'.codePointAt(0)!
    expect(woff2CodePoints(readFileSync(`${STATIC}/woff2/Pretendard-Regular.woff2`)).has(rare)).toBe(true)
    expect(woff2CodePoints(readFileSync(deckFontFiles('.')[0]!.file)).has(rare)).toBe(false)
  })

  it('refuses a file that is not WOFF2', () => {
    expect(() => woff2CodePoints(readFileSync(`${STATIC}/woff-subset/Pretendard-Regular.subset.woff`))).toThrow('not a WOFF2 file')
  })
})
