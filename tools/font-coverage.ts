/**
 * Which characters the bundled typeface can draw. The machine has no other
 * Korean font, so a syllable missing from the bundled subset would show as a
 * blank box; the deck's text is checked against the font's own character map.
 */
import { readFileSync } from 'node:fs'
import { woffCodePoints } from '../node/font-cmap.ts'

export function fontCodePoints(path: string): Set<number> {
  return woffCodePoints(readFileSync(path))
}

/** Characters of `text` the font cannot draw (white space and invisible controls aside), each once. */
export function missingCharacters(text: string, covered: Set<number>): string[] {
  const missing = new Set<string>()
  for (const char of text) {
    const point = char.codePointAt(0)!
    if (/\s/.test(char) || point < 0x20 || (point >= 0xFE00 && point <= 0xFE0F) || point === 0x200B || point === 0xFEFF)
      continue
    if (!covered.has(point))
      missing.add(char)
  }
  return [...missing]
}
