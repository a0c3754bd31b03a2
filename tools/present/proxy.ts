/**
 * The gate of `npm run present -- --remote`: an HTTP and WebSocket reverse
 * proxy (node:http and node:net only) in front of the deck's own server, which
 * listens on 127.0.0.1 where the network cannot reach it. Every request and
 * every WebSocket upgrade is decided by tools/present/gate.ts before a byte of
 * it is passed on; an audience's WebSocket goes through AudienceFrameFilter.
 */
import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Role, Secrets } from './secret'
import { Buffer } from 'node:buffer'
import { createServer, request as httpRequest, STATUS_CODES } from 'node:http'
import { connect } from 'node:net'
import { pipeline, Transform } from 'node:stream'
import { COOKIE_NAME, decide, withoutCookie } from './gate'
import { AudienceFrameFilter } from './ws-filter'

export interface GateOptions {
  /** The deck's own server, on this machine. */
  upstream: { host: string, port: number }
  secrets: Secrets
  /** Where the gate listens: `0.0.0.0` (every network) unless given. */
  host?: string
  /** 0 picks a free port. */
  port?: number
  /** Told of every request the gate refuses, for the terminal. */
  onRefused?: (event: { status: number, method: string, url: string, from: string }) => void
}

export interface GateServer {
  port: number
  close: () => Promise<void>
}

/** Headers that belong to one connection, not to the request: never passed on (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade'])

/** The request's headers as the deck's server gets them: its own Host, no gate cookie, no hop-by-hop header. */
export function upstreamHeaders(headers: IncomingHttpHeaders, upstreamHost: string): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_BY_HOP.has(name) && name !== 'cookie' && name !== 'host')
      out[name] = value
  }
  out.host = upstreamHost
  const cookie = withoutCookie(headers.cookie, COOKIE_NAME)
  if (cookie)
    out.cookie = cookie
  return out
}

function refusalBody(status: number, message: string): string {
  return `${status} ${STATUS_CODES[status]}: ${message}\n`
}

function clientAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown'
}

/** The head of an upgrade request, rebuilt for the deck's server. */
function upgradeHead(request: IncomingMessage, upstreamHost: string, role: Role): string {
  const headers = upstreamHeaders(request.headers, upstreamHost)
  // No compression for the audience: the filter reads its frames as they are.
  if (role === 'audience')
    delete headers['sec-websocket-extensions']
  const lines = [`${request.method} ${request.url} HTTP/1.1`, 'connection: Upgrade', `upgrade: ${request.headers.upgrade}`]
  for (const [name, value] of Object.entries(headers)) {
    for (const one of Array.isArray(value) ? value : [value])
      lines.push(`${name}: ${one}`)
  }
  return `${lines.join('\r\n')}\r\n\r\n`
}

/** Starts the gate; resolves once it listens. */
export async function startGate(options: GateOptions): Promise<GateServer> {
  const { upstream, secrets } = options
  const upstreamHost = `${upstream.host}:${upstream.port}`
  const sockets = new Set<Socket>()

  const server: Server = createServer((request, response) => {
    const decision = decide({ method: request.method ?? 'GET', url: request.url ?? '/', cookie: request.headers.cookie }, secrets)
    if (decision.kind === 'refuse') {
      options.onRefused?.({ status: decision.status, method: request.method ?? '', url: request.url ?? '', from: clientAddress(request) })
      const body = refusalBody(decision.status, decision.message)
      response.writeHead(decision.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' })
      response.end(body)
      request.resume()
      return
    }
    if (decision.kind === 'enter') {
      response.writeHead(303, { 'location': decision.location, 'set-cookie': decision.setCookie, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-length': 0 })
      response.end()
      request.resume()
      return
    }
    const forwarded = httpRequest({ host: upstream.host, port: upstream.port, method: request.method, path: request.url, headers: upstreamHeaders(request.headers, upstreamHost) }, (answer) => {
      const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)))
      response.writeHead(answer.statusCode ?? 502, headers)
      pipeline(answer, response, () => {})
    })
    forwarded.on('error', (error) => {
      if (response.headersSent) {
        response.destroy()
        return
      }
      const body = refusalBody(502, `the deck's server at ${upstreamHost} did not answer (${error.message}).`)
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) })
      response.end(body)
    })
    pipeline(request, forwarded, () => {})
  })

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const decision = decide({ method: request.method ?? 'GET', url: request.url ?? '/', cookie: request.headers.cookie, upgrade: true }, secrets)
    if (decision.kind !== 'pass') {
      const status = decision.kind === 'refuse' ? decision.status : 401
      options.onRefused?.({ status, method: 'WebSocket', url: request.url ?? '', from: clientAddress(request) })
      const body = refusalBody(status, decision.kind === 'refuse' ? decision.message : 'open the page first.')
      socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
      return
    }
    const deck = connect(upstream.port, upstream.host)
    sockets.add(deck)
    deck.on('close', () => sockets.delete(deck))
    deck.write(upgradeHead(request, upstreamHost, decision.role))
    const done = () => {
      socket.destroy()
      deck.destroy()
    }
    if (decision.role === 'audience') {
      const filter = new AudienceFrameFilter()
      const audienceToDeck = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          try {
            callback(null, filter.push(chunk))
          }
          catch (error) {
            callback(error as Error)
          }
        },
      })
      if (head.length)
        audienceToDeck.write(head)
      pipeline(socket, audienceToDeck, deck, done)
    }
    else {
      if (head.length)
        deck.write(head)
      pipeline(socket, deck, done)
    }
    pipeline(deck, socket, done)
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
    close: () => new Promise((done) => {
      for (const socket of sockets)
        socket.destroy()
      server.close(() => done())
    }),
  }
}
