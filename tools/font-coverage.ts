/**
 * Which characters the bundled typeface can draw. The machine has no other
 * Korean font, so a syllable missing from the bundled subset would show as a
 * blank box; the deck's text is checked against the font's own character map.
 */
import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'

/** Reads the 'cmap' table out of a WOFF (version 1) file: the code points it maps to glyphs. */
export function woffCodePoints(woff: Uint8Array): Set<number> {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  if (view.getUint32(0) !== 0x774F4646)
    throw new Error('not a WOFF file (signature wOFF expected)')
  const numTables = view.getUint16(12)
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20
    const tag = String.fromCharCode(...woff.subarray(entry, entry + 4))
    if (tag !== 'cmap')
      continue
    const offset = view.getUint32(entry + 4)
    const compLength = view.getUint32(entry + 8)
    const origLength = view.getUint32(entry + 12)
    const raw = woff.subarray(offset, offset + compLength)
    const table = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw
    return cmapCodePoints(table)
  }
  throw new Error('the font has no cmap table')
}

/** Code points covered by the Unicode subtables (formats 4 and 12) of a cmap table. */
export function cmapCodePoints(table: Uint8Array): Set<number> {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
  const points = new Set<number>()
  const count = view.getUint16(2)
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(4 + i * 8)
    const encoding = view.getUint16(6 + i * 8)
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))
    if (!unicode)
      continue
    const at = view.getUint32(8 + i * 8)
    const format = view.getUint16(at)
    if (format === 4) {
      const segCount = view.getUint16(at + 6) / 2
      const ends = at + 14
      const starts = ends + segCount * 2 + 2
      const deltas = starts + segCount * 2
      const rangeOffsets = deltas + segCount * 2
      for (let s = 0; s < segCount; s++) {
        const end = view.getUint16(ends + s * 2)
        const start = view.getUint16(starts + s * 2)
        const delta = view.getInt16(deltas + s * 2)
        const rangeOffset = view.getUint16(rangeOffsets + s * 2)
        for (let c = start; c <= end && c !== 0xFFFF; c++) {
          let glyph: number
          if (rangeOffset === 0) {
            glyph = (c + delta) & 0xFFFF
          }
          else {
            const glyphAt = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2
            glyph = view.getUint16(glyphAt)
            if (glyph !== 0)
              glyph = (glyph + delta) & 0xFFFF
          }
          if (glyph !== 0)
            points.add(c)
        }
      }
    }
    else if (format === 12) {
      const groups = view.getUint32(at + 12)
      for (let g = 0; g < groups; g++) {
        const start = view.getUint32(at + 16 + g * 12)
        const end = view.getUint32(at + 20 + g * 12)
        for (let c = start; c <= end; c++)
          points.add(c)
      }
    }
  }
  return points
}

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
