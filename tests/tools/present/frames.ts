/** WebSocket frames as a browser sends them (masked), for the gate's tests. */
import { Buffer } from 'node:buffer'

export const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xA } as const

export function clientFrame(opcode: number, payload: Buffer | string, options: { fin?: boolean, mask?: Buffer } = {}): Buffer {
  const data = typeof payload === 'string' ? Buffer.from(payload) : payload
  const mask = options.mask ?? Buffer.from([0x12, 0x34, 0x56, 0x78])
  const size = data.length < 126 ? 0 : data.length < 65536 ? 2 : 8
  const head = Buffer.alloc(2 + size + 4)
  head[0] = (options.fin === false ? 0 : 0x80) | opcode
  head[1] = 0x80 | (size === 0 ? data.length : size === 2 ? 126 : 127)
  if (size === 2)
    head.writeUInt16BE(data.length, 2)
  if (size === 8)
    head.writeBigUInt64BE(BigInt(data.length), 2)
  mask.copy(head, 2 + size)
  const masked = Buffer.from(data.map((byte, i) => byte ^ mask[i % 4]!))
  return Buffer.concat([head, masked])
}
