import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { crc32, pngSize, readPngText, withPngText } from '../../../tools/contact-sheet/png-text'
import { greyPng } from './grey-png'

/** A 3x2 grey PNG. */
const smallPng = () => greyPng(3, 2, 128)

describe('text chunks in a PNG', () => {
  it('computes PNG\'s CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xCBF43926)
    // Every PNG ends with the same IEND chunk: its CRC is AE 42 60 82.
    expect(crc32(Buffer.from('IEND'))).toBe(0xAE426082)
  })

  it('adds a text chunk after the header and reads it back', () => {
    const png = smallPng()
    const marked = withPngText(png, 'Software', 'sovereign-ai-deck contact sheet')
    expect(readPngText(png)).toEqual({})
    expect(readPngText(marked)).toEqual({ Software: 'sovereign-ai-deck contact sheet' })
    expect(marked.length).toBe(png.length + 12 + 'Software'.length + 1 + 'sovereign-ai-deck contact sheet'.length)
    // Signature and header unchanged; the chunk follows the header with its CRC.
    expect(marked.subarray(0, 33).equals(png.subarray(0, 33))).toBe(true)
    expect(marked.toString('latin1', 37, 41)).toBe('tEXt')
    const length = marked.readUInt32BE(33)
    expect(marked.readUInt32BE(41 + length)).toBe(crc32(marked.subarray(37, 41 + length)))
    expect(pngSize(marked)).toEqual({ width: 3, height: 2 })
  })

  it('refuses what is not a PNG, and text PNG cannot hold', () => {
    expect(() => readPngText(Buffer.from('GIF89a'))).toThrow('not a PNG file')
    expect(() => withPngText(smallPng(), '', 'x')).toThrow('keyword of 1-79')
    expect(() => withPngText(smallPng(), 'Title', '소버린')).toThrow('printable ASCII text')
  })
})
