/**
 * What an audience browser sends on the deck's WebSocket never reaches the
 * deck's server: its messages are dropped, frame by frame, and only the
 * protocol's own control frames (close, ping, pong) pass, so the connection
 * stays healthy. The server's messages (the presenter's moves) reach the
 * audience unchanged.
 *
 * Vite's HMR socket is where a client could send Slidev's custom events (for
 * example `slidev:monaco-write`, which writes a file); Slidev's slide position
 * itself is written with an HTTP POST, which the gate refuses to the audience.
 * Frames follow RFC 6455 §5.2: a 2-byte head, a 16- or 64-bit length when the
 * 7-bit one is 126 or 127, a 4-byte mask when the mask bit is set, the payload.
 */
import { Buffer } from 'node:buffer'

/** Close, ping and pong; RFC 6455 caps their payload at 125 bytes. */
const CONTROL_OPCODES = new Set([0x8, 0x9, 0xA])
const MAX_CONTROL_PAYLOAD = 125

export class FrameError extends Error {}

interface ReadingHead { kind: 'head' }
/** A control frame: its head is kept until its payload is in, then both go on together. */
interface KeepingControl { kind: 'keep', head: Buffer, remaining: number, parts: Buffer[] }
/** A data frame: its payload is skipped as it comes. */
interface SkippingData { kind: 'skip', remaining: number }
type State = ReadingHead | KeepingControl | SkippingData

/** How long the head of the frame starting `bytes` is, or undefined when not all of it has arrived yet. */
function headLength(bytes: Buffer): number | undefined {
  if (bytes.length < 2)
    return undefined
  const short = bytes[1]! & 0x7F
  const length = 2 + (short === 126 ? 2 : short === 127 ? 8 : 0) + (bytes[1]! & 0x80 ? 4 : 0)
  return bytes.length >= length ? length : undefined
}

function payloadLength(head: Buffer): number {
  const short = head[1]! & 0x7F
  if (short === 126)
    return head.readUInt16BE(2)
  if (short === 127) {
    const long = head.readBigUInt64BE(2)
    if (long > BigInt(Number.MAX_SAFE_INTEGER))
      throw new FrameError('a WebSocket frame longer than 2^53 bytes')
    return Number(long)
  }
  return short
}

/**
 * Filters one direction of a WebSocket connection (client to server), fed the
 * bytes after the HTTP upgrade request in the order they arrive, however they
 * are split. `push` returns the bytes to pass on; it throws a FrameError on a
 * stream that is not WebSocket framing, and the connection should then be cut.
 */
export class AudienceFrameFilter {
  private state: State = { kind: 'head' }
  private pending: Buffer = Buffer.alloc(0)
  /** How many messages (data frames) were dropped. */
  dropped = 0

  push(chunk: Buffer): Buffer {
    const out: Buffer[] = []
    let bytes = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk
    this.pending = Buffer.alloc(0)
    while (bytes.length) {
      const state = this.state
      if (state.kind === 'skip') {
        const taken = Math.min(state.remaining, bytes.length)
        bytes = bytes.subarray(taken)
        state.remaining -= taken
        if (!state.remaining)
          this.state = { kind: 'head' }
        continue
      }
      if (state.kind === 'keep') {
        const taken = Math.min(state.remaining, bytes.length)
        state.parts.push(bytes.subarray(0, taken))
        bytes = bytes.subarray(taken)
        state.remaining -= taken
        if (!state.remaining) {
          out.push(state.head, ...state.parts)
          this.state = { kind: 'head' }
        }
        continue
      }
      const length = headLength(bytes)
      if (length === undefined) {
        this.pending = Buffer.from(bytes)
        break
      }
      const head = Buffer.from(bytes.subarray(0, length))
      bytes = bytes.subarray(length)
      const opcode = head[0]! & 0x0F
      const payload = payloadLength(head)
      if (CONTROL_OPCODES.has(opcode)) {
        if (payload > MAX_CONTROL_PAYLOAD)
          throw new FrameError(`a WebSocket control frame of ${payload} bytes (at most ${MAX_CONTROL_PAYLOAD})`)
        if (payload)
          this.state = { kind: 'keep', head, remaining: payload, parts: [] }
        else
          out.push(head)
      }
      else if (opcode <= 0x2) {
        // Text, binary, or the continuation of a message already dropped.
        if (opcode !== 0x0)
          this.dropped++
        if (payload)
          this.state = { kind: 'skip', remaining: payload }
      }
      else {
        throw new FrameError(`a WebSocket frame with the reserved opcode ${opcode}`)
      }
    }
    return out.length === 1 ? out[0]! : Buffer.concat(out)
  }
}
