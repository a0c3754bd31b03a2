/**
 * The server of `npm run present -- --remote`, on every network of the
 * laptop: static builds of the deck and the position relay, behind the gate.
 *
 * - Every request and every WebSocket upgrade is decided by
 *   tools/present/gate.ts before anything is read from disk.
 * - The presenter's secret gets the build with the speaker notes; the
 *   audience's gets a build made without them. Which build answers is the
 *   gate's role, never something the request asks for.
 * - Only files of the build are served (tools/present/deck-files.ts): no dev
 *   server, no endpoint, nothing that writes; GET and HEAD only.
 * - `/relay` upgrades to the position relay (tools/present/relay.ts).
 * - The deck's page names its role in `<meta name="deck-relay">`, which
 *   setup/root.ts reads to join the relay.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import type { RelayRole } from '../../setup/relay/protocol'
import type { RelayOptions } from './relay'
import type { Secrets } from './secret'
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createServer, STATUS_CODES } from 'node:http'
import { extname, resolve } from 'node:path'
import { RELAY_META, RELAY_PATH } from '../../setup/relay/protocol'
import { sendFile } from '../compressed-files'
import { TYPES } from '../static-server'
import { deckFile } from './deck-files'
import { decide } from './gate'
import { PositionRelay } from './relay'

export interface RemoteServerOptions {
  /** The built deck each role is served: the presenter's with notes, the audience's without. */
  builds: Record<RelayRole, string>
  secrets: Secrets
  /** Where it listens: `0.0.0.0` (every network) unless given. */
  host?: string
  /** 0 picks a free port. */
  port?: number
  relay?: RelayOptions
  /** Told of every request refused for want of a secret or a right, for the terminal. */
  onRefused?: (event: { status: number, method: string, url: string, from: string }) => void
}

export interface RemoteServer {
  port: number
  relay: PositionRelay
  close: () => Promise<void>
}

/** The deck's page with its role named in a `<meta>` for setup/root.ts. */
export function pageWithRole(html: string, role: RelayRole): string {
  const meta = `<meta name="${RELAY_META}" content="${role}">`
  return html.includes('<head>') ? html.replace('<head>', `<head>\n  ${meta}`) : `${meta}\n${html}`
}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }

function text(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = `${status} ${STATUS_CODES[status]}: ${message}\n`
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', ...SECURITY_HEADERS, ...headers })
  response.end(response.req.method === 'HEAD' ? undefined : body)
}

function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const body = `${status} ${STATUS_CODES[status]}: ${message}\n`
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
}

function pathOf(url: string | undefined): string {
  return new URL(`http://deck.invalid${(url ?? '/').startsWith('/') ? '' : '/'}${url ?? '/'}`).pathname
}

/** A page on another site may not open the relay with this browser's cookie: a WebSocket's Origin must be this server. */
export function sameOrigin(request: Pick<IncomingMessage, 'headers'>): boolean {
  const origin = request.headers.origin
  if (origin === undefined)
    return true // not a browser: the cookie alone decides
  try {
    return new URL(origin).host === request.headers.host
  }
  catch {
    return false
  }
}

export async function startRemoteServer(options: RemoteServerOptions): Promise<RemoteServer> {
  const builds = { presenter: resolve(options.builds.presenter), audience: resolve(options.builds.audience) }
  const pages = {
    presenter: pageWithRole(readFileSync(resolve(builds.presenter, 'index.html'), 'utf8'), 'presenter'),
    audience: pageWithRole(readFileSync(resolve(builds.audience, 'index.html'), 'utf8'), 'audience'),
  }
  const relay = new PositionRelay(options.relay)
  const sockets = new Set<Socket>()
  const from = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown'

  const server = createServer((request, response) => {
    const method = request.method ?? 'GET'
    const decision = decide({ method, url: request.url ?? '/', cookie: request.headers.cookie }, options.secrets)
    request.resume()
    if (decision.kind === 'refuse') {
      options.onRefused?.({ status: decision.status, method, url: request.url ?? '', from: from(request) })
      text(response, decision.status, decision.message)
      return
    }
    if (decision.kind === 'enter') {
      response.writeHead(303, { 'location': decision.location, 'set-cookie': decision.setCookie, 'cache-control': 'no-store', 'content-length': 0, ...SECURITY_HEADERS })
      response.end()
      return
    }
    if (method !== 'GET' && method !== 'HEAD') {
      text(response, 405, 'the deck is read-only here.', { allow: 'GET, HEAD' })
      return
    }
    const pathname = pathOf(request.url)
    if (pathname === RELAY_PATH) {
      text(response, 426, 'this address is the slide position\'s WebSocket.', { upgrade: 'websocket' })
      return
    }
    const file = deckFile(builds[decision.role], pathname)
    if (file.kind === 'missing') {
      text(response, 404, `${pathname} is not part of the deck.`)
      return
    }
    if (file.kind === 'page') {
      const body = pages[decision.role]
      // The page differs by role (its build, its <meta>): never cached, never shared between cookies.
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', 'vary': 'Cookie', ...SECURITY_HEADERS })
      response.end(method === 'HEAD' ? undefined : body)
      return
    }
    // Vite names what it puts in assets/ by a hash of the content: such a file never changes.
    const immutable = pathname.startsWith('/assets/')
    sendFile(request, response, file.path, { 'content-type': TYPES[extname(file.path)] ?? 'application/octet-stream', 'cache-control': immutable ? 'private, max-age=31536000, immutable' : 'no-cache', ...SECURITY_HEADERS })
      .catch(() => response.destroy())
  })

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const decision = decide({ method: request.method ?? 'GET', url: request.url ?? '/', cookie: request.headers.cookie, upgrade: true }, options.secrets)
    if (decision.kind !== 'pass') {
      const status = decision.kind === 'refuse' ? decision.status : 401
      options.onRefused?.({ status, method: 'WebSocket', url: request.url ?? '', from: from(request) })
      refuseUpgrade(socket, status, decision.kind === 'refuse' ? decision.message : 'open the page first.')
      return
    }
    if (pathOf(request.url) !== RELAY_PATH) {
      refuseUpgrade(socket, 404, 'the only WebSocket here is the slide position\'s.')
      return
    }
    if (!sameOrigin(request)) {
      options.onRefused?.({ status: 403, method: 'WebSocket', url: request.url ?? '', from: from(request) })
      refuseUpgrade(socket, 403, 'a page from another site may not follow or drive this talk.')
      return
    }
    relay.accept(request, socket, head, decision.role)
  })

  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      fail(error.code === 'EADDRINUSE'
        ? new Error(`port ${options.port} is in use on ${options.host ?? '0.0.0.0'}: pick another with --port N.`)
        : error)
    })
    server.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => done())
  })
  return {
    port: (server.address() as AddressInfo).port,
    relay,
    close: () => new Promise((done) => {
      relay.close()
      for (const socket of sockets)
        socket.destroy()
      server.close(() => done())
    }),
  }
}
