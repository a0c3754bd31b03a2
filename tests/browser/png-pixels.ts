/**
 * Reads a PNG's pixels (8-bit greyscale, RGB or RGBA, not interlaced: what
 * Chromium and poppler write) so a test can see where a picture has ink.
 */
import { Buffer } from 'node:buffer'
import { inflateSync } from 'node:zlib'
import { pngChunks, pngSize } from '../../tools/contact-sheet/png-text'

export interface Pixels { width: number, height: number, channels: number, data: Uint8Array }

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 6: 4 }

export function decodePng(png: Buffer): Pixels {
  const chunks = pngChunks(png)
  const { width, height } = pngSize(png)
  const header = chunks[0]!.data
  const [depth, colour, interlace] = [header[8], header[9], header[12]]
  const channels = CHANNELS[colour!] ?? 0
  if (depth !== 8 || !channels || interlace)
    throw new Error(`PNG of bit depth ${depth}, colour type ${colour}, interlace ${interlace}: not read here`)
  const raw = inflateSync(Buffer.concat(chunks.filter(c => c.type === 'IDAT').map(c => c.data)))
  const stride = width * channels
  const out = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[y * stride + x - channels]! : 0
      const up = y ? out[(y - 1) * stride + x]! : 0
      const upLeft = y && x >= channels ? out[(y - 1) * stride + x - channels]! : 0
      let predicted = 0
      if (filter === 1) {
        predicted = left
      }
      else if (filter === 2) {
        predicted = up
      }
      else if (filter === 3) {
        predicted = (left + up) >> 1
      }
      else if (filter === 4) {
        const p = left + up - upLeft
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)]
        predicted = a <= b && a <= c ? left : b <= c ? up : upLeft
      }
      out[y * stride + x] = (line[x]! + predicted) & 0xFF
    }
  }
  return { width, height, channels, data: out }
}

/** The picture's most common colour, sampled on a grid: its background. */
export function backgroundOf({ width, height, channels, data }: Pixels): number[] {
  const counts = new Map<string, number>()
  for (let y = 0; y < height; y += 7) {
    for (let x = 0; x < width; x += 7) {
      const at = (y * width + x) * channels
      const key = Array.from(data.subarray(at, at + Math.min(channels, 3))).join(',')
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  const [key] = [...counts].reduce((best, next) => next[1] > best[1] ? next : best)
  return key.split(',').map(Number)
}

/**
 * For each row, whether it holds ink: a pixel that differs from the picture's
 * background by more than `threshold` in a channel. Two pixels at each side
 * are left out: a rasterised PDF page may carry a stray edge column.
 */
export function inkRows(pixels: Pixels, threshold = 48): boolean[] {
  const { width, height, channels, data } = pixels
  const background = backgroundOf(pixels)
  return Array.from({ length: height }, (_, y) => {
    for (let x = 2; x < width - 2; x++) {
      for (let c = 0; c < background.length; c++) {
        if (Math.abs(data[(y * width + x) * channels + c]! - background[c]!) > threshold)
          return true
      }
    }
    return false
  })
}
