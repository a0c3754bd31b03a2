/**
 * The position relay of `npm run present -- --remote`: one WebSocket server
 * (the `ws` library) on the gated server, holding where the talk is (slide
 * and click step). A move from a presenter's page becomes the position and
 * goes to every other page; what an audience's page sends is dropped. Each
 * page is told the position when it connects, so a device that lost the
 * Wi-Fi and comes back is at once where the talk is, and again every
 * heartbeat, by which pages notice a dead link. Upgrades reach it only
 * after the gate let them in (tools/present/remote-server.ts), with the role
 * the gate found.
 */
import type { Buffer } from 'node:buffer'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { WebSocket } from 'ws'
import type { Position, PositionMessage, RelayRole } from '../../setup/relay/protocol'
import { WebSocketServer } from 'ws'
import { HEARTBEAT_MS, parseMove, samePosition } from '../../setup/relay/protocol'

/** More pages than a room holds: past it a new connection is refused (503), so a flood cannot exhaust the laptop. */
export const MAX_CONNECTIONS = 500
/** A move is a few dozen bytes; anything much larger is not one. */
const MAX_MESSAGE_BYTES = 1024

export interface RelayOptions {
  maxConnections?: number
  heartbeatMs?: number
}

interface Page {
  role: RelayRole
  /** Answered the last ping: a page that did not by the next heartbeat is gone (a device off the Wi-Fi closes nothing). */
  alive: boolean
}

export class PositionRelay {
  private position: Position = { page: 1, clicks: 0 }
  private seq = 0
  private readonly server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false })
  private readonly pages = new Map<WebSocket, Page>()
  private readonly heartbeat: NodeJS.Timeout
  private readonly maxConnections: number
  /** Messages from the audience, and malformed ones, that were dropped. */
  dropped = 0

  constructor(options: RelayOptions = {}) {
    this.maxConnections = options.maxConnections ?? MAX_CONNECTIONS
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs ?? HEARTBEAT_MS)
    this.heartbeat.unref()
  }

  /** The talk's position now. */
  get current(): PositionMessage {
    return { type: 'position', ...this.position, seq: this.seq }
  }

  /** How many pages are connected, by role. */
  get connections(): Record<RelayRole, number> {
    const count = { presenter: 0, audience: 0 }
    for (const page of this.pages.values())
      count[page.role]++
    return count
  }

  /** Takes over an upgrade request the gate let in. */
  accept(request: IncomingMessage, socket: Duplex, head: Buffer, role: RelayRole): void {
    if (this.pages.size >= this.maxConnections) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\nconnection: close\r\n\r\nToo many devices follow this talk.\n')
      return
    }
    this.server.handleUpgrade(request, socket, head, (ws) => {
      const page: Page = { role, alive: true }
      this.pages.set(ws, page)
      ws.on('pong', () => {
        page.alive = true
      })
      ws.on('message', (data, isBinary) => this.onMessage(ws, page, isBinary ? '' : String(data)))
      ws.on('close', () => this.pages.delete(ws))
      ws.on('error', () => ws.terminate())
      ws.send(JSON.stringify(this.current))
    })
  }

  /** Sets the position and tells every page but `from` (the one that moved there). */
  move(to: Position, from?: WebSocket): void {
    if (samePosition(to, this.position))
      return
    this.position = { page: to.page, clicks: to.clicks }
    this.seq++
    const text = JSON.stringify(this.current)
    for (const ws of this.pages.keys()) {
      if (ws !== from && ws.readyState === ws.OPEN)
        ws.send(text)
    }
  }

  close(): void {
    clearInterval(this.heartbeat)
    for (const ws of this.pages.keys())
      ws.terminate()
    this.pages.clear()
    this.server.close()
  }

  private onMessage(ws: WebSocket, page: Page, text: string): void {
    const move = page.role === 'presenter' ? parseMove(text) : undefined
    if (!move) {
      this.dropped++
      return
    }
    this.move(move, ws)
  }

  private beat(): void {
    const text = JSON.stringify(this.current)
    for (const [ws, page] of this.pages) {
      if (!page.alive) {
        ws.terminate()
        continue
      }
      page.alive = false
      ws.ping()
      ws.send(text)
    }
  }
}
