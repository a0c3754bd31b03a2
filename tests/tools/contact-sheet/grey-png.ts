/** Small PNGs written by hand, with no text chunk (as Chromium's screenshots come), for the contact sheet's tests. */
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'
import { crc32 } from '../../../tools/contact-sheet/png-text'

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const out = Buffer.alloc(body.length + 8)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), body.length + 4)
  return out
}

/** A `width` x `height` PNG of one grey `shade` (8-bit greyscale). */
export function greyPng(width: number, height: number, shade: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 0, 0, 0, 0], 8)
  // Each row: filter type 0, then one byte a pixel.
  const rows = Buffer.alloc((width + 1) * height, shade)
  for (let y = 0; y < height; y++)
    rows[y * (width + 1)] = 0
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}
