/**
 * Which characters a font file maps to glyphs, read from its own 'cmap'
 * table. Used by the build (node/vite-plugin-font-subset.ts, on the WOFF2
 * subsets it writes) and by the font coverage check (tools/font-coverage.ts).
 */
import { brotliDecompressSync, inflateSync } from 'node:zlib'

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

/** WOFF2's table directory names common tables by an index into this list (W3C WOFF2, 5.1); only these three matter here. */
const KNOWN_TAG = { cmap: 0, glyf: 10, loca: 11 } as const
const ARBITRARY_TAG = 63

/**
 * Reads the 'cmap' table out of a WOFF2 file. All tables sit, one after the
 * other, in a single Brotli stream; a table's length in that stream is its
 * transformed length when it is transformed (cmap never is).
 */
export function woff2CodePoints(woff2: Uint8Array): Set<number> {
  const view = new DataView(woff2.buffer, woff2.byteOffset, woff2.byteLength)
  if (view.getUint32(0) !== 0x774F4632)
    throw new Error('not a WOFF2 file (signature wOF2 expected)')
  if (view.getUint32(4) === 0x74746366)
    throw new Error('a WOFF2 font collection is not supported')
  const numTables = view.getUint16(12)
  const compressedLength = view.getUint32(20)
  let at = 48
  const base128 = (): number => {
    let value = 0
    for (let i = 0; i < 5; i++) {
      const byte = woff2[at++]!
      value = value * 128 + (byte & 0x7F)
      if (!(byte & 0x80))
        return value
    }
    throw new Error('malformed WOFF2 table directory (UIntBase128 longer than 5 bytes)')
  }
  const tables: { tag: string, offset: number, length: number }[] = []
  let offset = 0
  for (let i = 0; i < numTables; i++) {
    const flags = woff2[at++]!
    const index = flags & 0x3F
    const version = flags >> 6
    let tag: string
    if (index === ARBITRARY_TAG) {
      tag = String.fromCharCode(...woff2.subarray(at, at + 4))
      at += 4
    }
    else {
      tag = index === KNOWN_TAG.cmap ? 'cmap' : index === KNOWN_TAG.glyf ? 'glyf' : index === KNOWN_TAG.loca ? 'loca' : `#${index}`
    }
    const origLength = base128()
    // glyf and loca are transformed unless their version is 3; any other table is transformed unless its version is 0.
    const transformed = tag === 'glyf' || tag === 'loca' ? version === 0 : version !== 0
    const length = transformed ? base128() : origLength
    tables.push({ tag, offset, length })
    offset += length
  }
  const cmap = tables.find(table => table.tag === 'cmap')
  if (!cmap)
    throw new Error('the font has no cmap table')
  const data = new Uint8Array(brotliDecompressSync(woff2.subarray(at, at + compressedLength)))
  if (data.length < offset)
    throw new Error(`malformed WOFF2 file: its tables need ${offset} bytes, the stream holds ${data.length}`)
  return cmapCodePoints(data.subarray(cmap.offset, cmap.offset + cmap.length))
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
