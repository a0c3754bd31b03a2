import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { AudienceFrameFilter, FrameError } from '../../../tools/present/ws-filter'
import { clientFrame, OPCODE } from './frames'

function feed(filter: AudienceFrameFilter, bytes: Buffer, step?: number): Buffer {
  if (!step)
    return filter.push(bytes)
  const out: Buffer[] = []
  for (let i = 0; i < bytes.length; i += step)
    out.push(filter.push(bytes.subarray(i, i + step)))
  return Buffer.concat(out)
}

describe('audienceFrameFilter', () => {
  const message = clientFrame(OPCODE.text, JSON.stringify({ type: 'custom', event: 'slidev:monaco-write', data: { file: 'slides.md', content: 'x' } }))
  const ping = clientFrame(OPCODE.ping, 'hi')
  const pong = clientFrame(OPCODE.pong, '')
  const close = clientFrame(OPCODE.close, Buffer.from([0x03, 0xE8]))

  it('drops text and binary messages, of every length', () => {
    for (const size of [0, 10, 125, 126, 1000, 70_000]) {
      const filter = new AudienceFrameFilter()
      expect(filter.push(clientFrame(OPCODE.text, 'x'.repeat(size))).length).toBe(0)
      expect(filter.push(clientFrame(OPCODE.binary, Buffer.alloc(size))).length).toBe(0)
      expect(filter.dropped).toBe(2)
    }
  })

  it('passes close, ping and pong frames unchanged', () => {
    const filter = new AudienceFrameFilter()
    expect(filter.push(Buffer.concat([message, ping, message, pong, close]))).toEqual(Buffer.concat([ping, pong, close]))
    expect(filter.dropped).toBe(2)
  })

  it('drops every fragment of a fragmented message, and keeps a control frame sent between them', () => {
    const filter = new AudienceFrameFilter()
    const stream = Buffer.concat([
      clientFrame(OPCODE.text, 'first part', { fin: false }),
      ping,
      clientFrame(OPCODE.continuation, 'second part', { fin: false }),
      clientFrame(OPCODE.continuation, 'last part'),
      close,
    ])
    expect(filter.push(stream)).toEqual(Buffer.concat([ping, close]))
    expect(filter.dropped).toBe(1)
  })

  it('gives the same result however the bytes are split', () => {
    const stream = Buffer.concat([message, ping, clientFrame(OPCODE.text, 'y'.repeat(300)), close])
    for (const step of [1, 2, 3, 7, 64])
      expect(feed(new AudienceFrameFilter(), stream, step)).toEqual(Buffer.concat([ping, close]))
  })

  it('cuts a stream that is not WebSocket framing', () => {
    expect(() => new AudienceFrameFilter().push(clientFrame(0x3, 'x'))).toThrow(FrameError)
    expect(() => new AudienceFrameFilter().push(clientFrame(OPCODE.ping, 'x'.repeat(126)))).toThrow('control frame of 126 bytes')
  })
})
