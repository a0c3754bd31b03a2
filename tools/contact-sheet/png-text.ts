/**
 * A PNG's text chunks (tEXt: a keyword and a Latin-1 text), read and added,
 * so that a contact sheet carries a mark of what wrote it: a file without the
 * mark is someone else's and is never overwritten.
 */
import { Buffer } from 'node:buffer'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

let table: Uint32Array | undefined
/** CRC-32 as PNG defines it (ISO 3309, polynomial 0xEDB88320), over a chunk's type and data. */
export function crc32(bytes: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++)
      c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  let crc = 0xFFFFFFFF
  for (const byte of bytes)
    crc = table[(crc ^ byte) & 0xFF]! ^ (crc >>> 8)
  return (crc ^ 0xFFFFFFFF) >>> 0
}

export interface PngChunk { type: string, start: number, end: number, data: Buffer }

/** A PNG's chunks in file order, each with its type and data; a file that is not a PNG, or is cut short, throws. */
export function pngChunks(png: Buffer): PngChunk[] {
  if (png.length < SIGNATURE.length || !png.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new Error('not a PNG file')
  const found: PngChunk[] = []
  for (let at = SIGNATURE.length; at + 12 <= png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const end = at + 12 + length
    if (end > png.length)
      throw new Error(`a PNG chunk (${type}) runs past the end of the file`)
    found.push({ type, start: at, end, data: png.subarray(at + 8, at + 8 + length) })
    at = end
  }
  return found
}

/** The tEXt chunks of a PNG, keyword to text. */
export function readPngText(png: Buffer): Record<string, string> {
  const texts: Record<string, string> = {}
  for (const chunk of pngChunks(png).filter(c => c.type === 'tEXt')) {
    const split = chunk.data.indexOf(0)
    if (split > 0)
      texts[chunk.data.toString('latin1', 0, split)] = chunk.data.toString('latin1', split + 1)
  }
  return texts
}

/** The PNG with a tEXt chunk added after its header (IHDR), where readers look first. */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  if (!/^[\x20-\x7E]{1,79}$/.test(keyword) || !/^[\x20-\x7E\n]*$/.test(text))
    throw new Error('a PNG text chunk takes a keyword of 1-79 printable ASCII characters and printable ASCII text')
  const header = pngChunks(png)[0]
  if (header?.type !== 'IHDR')
    throw new Error('a PNG file must start with its IHDR chunk')
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')])
  const chunk = Buffer.alloc(body.length + 8)
  chunk.writeUInt32BE(body.length - 4, 0)
  body.copy(chunk, 4)
  chunk.writeUInt32BE(crc32(body), body.length + 4)
  return Buffer.concat([png.subarray(0, header.end), chunk, png.subarray(header.end)])
}

/** A PNG's width and height in pixels, from its header. */
export function pngSize(png: Buffer): { width: number, height: number } {
  const header = pngChunks(png)[0]
  if (header?.type !== 'IHDR')
    throw new Error('a PNG file must start with its IHDR chunk')
  return { width: header.data.readUInt32BE(0), height: header.data.readUInt32BE(4) }
}
