/**
 * The gate in front of a stand-in for the deck's server that records what
 * reaches it: nothing without the secret, no write and no WebSocket message
 * from the audience.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { Socket } from 'node:net'
import type { GateServer } from '../../../tools/present/proxy'
import { Buffer } from 'node:buffer'
import { createServer } from 'node:http'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COOKIE_NAME } from '../../../tools/present/gate'
import { startGate } from '../../../tools/present/proxy'
import { clientFrame, OPCODE } from './frames'

const secrets = { presenter: 'presenter-secret-0123456789', audience: 'audience-secret-0123456789' }
const seen: { method: string, url: string, headers: IncomingHttpHeaders }[] = []
/** Bytes each upgraded socket sent the stand-in, after its upgrade request. */
const socketBytes: Buffer[][] = []
const upgraded: Socket[] = []

const deck = createServer((request, response) => {
  seen.push({ method: request.method!, url: request.url!, headers: request.headers })
  request.resume()
  response.writeHead(200, { 'content-type': 'text/plain' })
  response.end(`deck: ${request.method} ${request.url}`)
})
deck.on('upgrade', (request, socket: Socket, head: Buffer) => {
  seen.push({ method: 'UPGRADE', url: request.url!, headers: request.headers })
  const received: Buffer[] = head.length ? [head] : []
  socketBytes.push(received)
  upgraded.push(socket)
  socket.on('data', (chunk: Buffer) => received.push(chunk))
  socket.write('HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n\r\n')
  socket.write(Buffer.from([0x81, 0x05, ...Buffer.from('hello')]))
})

let gate: GateServer
let base: string
beforeAll(async () => {
  await new Promise<void>(done => deck.listen(0, '127.0.0.1', done))
  const port = (deck.address() as { port: number }).port
  gate = await startGate({ upstream: { host: '127.0.0.1', port }, secrets, host: '127.0.0.1', port: 0 })
  base = `http://127.0.0.1:${gate.port}`
})
afterAll(async () => {
  await gate?.close()
  upgraded.forEach(socket => socket.destroy())
  deck.closeAllConnections()
  await new Promise(done => deck.close(done))
})

function cookie(secret: string) {
  return { cookie: `${COOKIE_NAME}=${secret}` }
}

/** Opens a WebSocket by hand; resolves with the socket and the head of the answer. */
function upgrade(headers: Record<string, string>): Promise<{ socket: Socket, answer: string }> {
  return new Promise((done, fail) => {
    const socket = connect(gate.port, '127.0.0.1', () => {
      const lines = ['GET /?token=vite HTTP/1.1', `host: 127.0.0.1:${gate.port}`, 'connection: Upgrade', 'upgrade: websocket', 'sec-websocket-version: 13', 'sec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-protocol: vite-hmr', 'sec-websocket-extensions: permessage-deflate', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)]
      socket.write(`${lines.join('\r\n')}\r\n\r\n`)
    })
    let answer = ''
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1')
      if (answer.includes('\r\n\r\n'))
        done({ socket, answer })
    })
    socket.on('error', fail)
  })
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error('timed out')
    await new Promise(done => setImmediate(done))
  }
}

describe('the gate, without the secret', () => {
  it('answers every request 401 with a short text and passes nothing on', async () => {
    const before = seen.length
    for (const path of ['/', '/1', '/presenter/1', '/assets/index-abc.js', '/assets/index.css', '/assets/Pretendard-Regular.subset.woff2', '/@server-reactive/nav']) {
      const response = await fetch(base + path)
      expect(response.status, path).toBe(401)
      expect(await response.text()).toBe('401 Unauthorized: This talk is private: open the link with its token that the presenter shares.\n')
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    expect((await fetch(`${base}/@server-reactive/nav`, { method: 'POST', body: '{}' })).status).toBe(401)
    expect(seen.length).toBe(before)
  })

  it('refuses a wrong and an empty secret', async () => {
    for (const token of ['wrong-secret-0123456789', ''])
      expect((await fetch(`${base}/?token=${token}`, { redirect: 'manual' })).status).toBe(401)
    expect((await fetch(base, { headers: cookie('wrong-secret-0123456789') })).status).toBe(401)
    expect((await fetch(base, { headers: cookie('') })).status).toBe(401)
  })

  it('refuses the WebSocket upgrade with 401 and closes the socket', async () => {
    const before = seen.length
    const { socket, answer } = await upgrade({})
    expect(answer).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/)
    await new Promise(done => socket.on('close', done))
    expect(seen.length).toBe(before)
  })
})

describe('the gate, with the secret', () => {
  it('trades the link for a cookie and a redirect without the token', async () => {
    const response = await fetch(`${base}/3?clicks=1&token=${secrets.presenter}`, { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/3?clicks=1')
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${COOKIE_NAME}=${secrets.presenter}; HttpOnly; SameSite=Lax; Path=/`))
  })

  it('passes the presenter\'s requests on, without the gate\'s cookie and with the deck\'s own Host', async () => {
    const response = await fetch(`${base}/@server-reactive/nav`, { method: 'POST', body: '{"page":2}', headers: { cookie: `a=b; ${COOKIE_NAME}=${secrets.presenter}` } })
    expect(await response.text()).toBe('deck: POST /@server-reactive/nav')
    const last = seen.at(-1)!
    expect(last.headers.cookie).toBe('a=b')
    expect(last.headers.host).toMatch(/^127\.0\.0\.1:\d+$/)
  })

  it('lets the audience read, and refuses it writes and the presenter view with 403', async () => {
    expect(await (await fetch(`${base}/2`, { headers: cookie(secrets.audience) })).text()).toBe('deck: GET /2')
    const before = seen.length
    expect((await fetch(`${base}/@server-reactive/nav`, { method: 'POST', body: '{"page":9}', headers: cookie(secrets.audience) })).status).toBe(403)
    expect((await fetch(`${base}/presenter/1`, { headers: cookie(secrets.audience) })).status).toBe(403)
    expect(seen.length).toBe(before)
  })

  it('passes the presenter\'s WebSocket both ways', async () => {
    const { socket, answer } = await upgrade(cookie(secrets.presenter))
    expect(answer).toMatch(/^HTTP\/1\.1 101/)
    const received = socketBytes.at(-1)!
    const message = clientFrame(OPCODE.text, '{"type":"custom","event":"x"}')
    socket.write(message)
    await until(() => Buffer.concat(received).length >= message.length)
    expect(Buffer.concat(received)).toEqual(message)
    expect(seen.at(-1)!.headers['sec-websocket-extensions']).toBe('permessage-deflate')
    expect(seen.at(-1)!.url).toBe('/?token=vite')
    socket.destroy()
  })

  it('passes the server\'s messages to the audience, and only control frames back', async () => {
    const { socket, answer } = await upgrade(cookie(secrets.audience))
    expect(answer).toMatch(/^HTTP\/1\.1 101/)
    expect(answer).toContain('hello')
    const received = socketBytes.at(-1)!
    expect(seen.at(-1)!.headers['sec-websocket-extensions']).toBeUndefined()
    const ping = clientFrame(OPCODE.ping, 'p')
    socket.write(Buffer.concat([clientFrame(OPCODE.text, '{"type":"custom","event":"slidev:monaco-write"}'), clientFrame(OPCODE.binary, 'x'.repeat(500)), ping]))
    await until(() => Buffer.concat(received).length >= ping.length)
    expect(Buffer.concat(received)).toEqual(ping)
    socket.destroy()
  })
})
