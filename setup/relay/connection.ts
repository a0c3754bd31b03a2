/**
 * A page's connection to the position relay: one WebSocket, opened again
 * whenever it is lost (the phone left the Wi-Fi, the laptop slept, the relay
 * went silent), so that a device that comes back hears where the talk is now.
 * Moves made while there is no connection are not kept: on its return the
 * device goes to the talk's position like every other.
 */
import type { Position, PositionMessage } from './protocol'
import { parsePosition, SILENCE_MS } from './protocol'

/** Waits before each new attempt, in milliseconds; the last one repeats. */
export const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 3000] as const

/** What the connection needs of the browser (handed in, so that tests can stand in for it). */
export interface ConnectionEnvironment {
  openSocket: (url: string) => WebSocket
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (timer: unknown) => void
}

const OPEN = 1

export class RelayConnection {
  private socket: WebSocket | undefined
  private retries = 0
  private retryTimer: unknown
  private silenceTimer: unknown
  private stopped = false

  constructor(
    private readonly url: string,
    private readonly onPosition: (position: PositionMessage) => void,
    private readonly env: ConnectionEnvironment,
  ) {}

  /** Opens the connection (again at once, if it is down and waiting to retry). */
  connect(): void {
    if (this.stopped || (this.socket && this.socket.readyState <= OPEN))
      return
    this.env.clearTimeout(this.retryTimer)
    const socket = this.env.openSocket(this.url)
    this.socket = socket
    // A socket given up for silence may still speak later: only the current one counts.
    socket.addEventListener('open', () => {
      if (socket !== this.socket)
        return
      this.retries = 0
      this.expectWithin()
    })
    socket.addEventListener('message', (event: MessageEvent) => {
      if (socket !== this.socket)
        return
      this.expectWithin()
      const position = typeof event.data === 'string' ? parsePosition(event.data) : undefined
      if (position)
        this.onPosition(position)
    })
    socket.addEventListener('close', () => this.lost(socket))
    socket.addEventListener('error', () => socket.close())
  }

  /** Sends a move; true when it went out (false while the connection is down). */
  send(position: Position): boolean {
    if (this.socket?.readyState !== OPEN)
      return false
    this.socket.send(JSON.stringify({ type: 'move', page: position.page, clicks: position.clicks }))
    return true
  }

  get connected(): boolean {
    return this.socket?.readyState === OPEN
  }

  stop(): void {
    this.stopped = true
    this.env.clearTimeout(this.retryTimer)
    this.env.clearTimeout(this.silenceTimer)
    this.socket?.close()
  }

  /** The relay speaks at least every heartbeat: silence longer than SILENCE_MS means the link is dead though no one closed it. */
  private expectWithin(): void {
    this.env.clearTimeout(this.silenceTimer)
    const socket = this.socket
    this.silenceTimer = this.env.setTimeout(() => {
      if (socket === this.socket)
        socket?.close()
      this.lost(socket)
    }, SILENCE_MS)
  }

  private lost(socket: WebSocket | undefined): void {
    if (socket !== this.socket || this.stopped)
      return
    this.socket = undefined
    this.env.clearTimeout(this.silenceTimer)
    const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)]!
    this.retries++
    this.retryTimer = this.env.setTimeout(() => this.connect(), delay)
  }
}
