/**
 * The server of `npm run present -- --remote` on two stand-in builds: the
 * gate on every request and WebSocket, each role served its own build and
 * nothing else, and the position relay (presenter drives, audience follows,
 * a room of 50 followers gets every move).
 */
import type { RemoteServer } from '../../../tools/present/remote-server'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { parsePosition, RELAY_PATH } from '../../../setup/relay/protocol'
import { COOKIE_NAME, UNAUTHORIZED_MESSAGE } from '../../../tools/present/gate'
import { loadRelay } from '../../../tools/present/relay-load'
import { pageWithRole, startRemoteServer } from '../../../tools/present/remote-server'

const secrets = { presenter: 'presenter-secret-0123456789', audience: 'audience-secret-0123456789' }
let root: string
let server: RemoteServer
let origin: string

function build(name: string, files: Record<string, string>): string {
  const dir = join(root, name)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'remote-server-'))
  const presenter = build('presenter', { 'index.html': '<html><head><title>deck</title></head><body>presenter build</body></html>', 'assets/slides-notes.js': 'export const note = "the speaker note"' })
  const audience = build('audience', { 'index.html': '<html><head><title>deck</title></head><body>audience build</body></html>', 'assets/slides-plain.js': 'export const note = ""' })
  server = await startRemoteServer({ builds: { presenter, audience }, secrets, host: '127.0.0.1', port: 0, relay: { maxConnections: 60 } })
  origin = `http://127.0.0.1:${server.port}`
})
afterAll(async () => {
  await server?.close()
  rmSync(root, { recursive: true, force: true })
})

const as = (secret: string) => ({ cookie: `${COOKIE_NAME}=${secret}` })

/** Positions a socket was told, kept from its first message on (the relay speaks as soon as it opens). */
const told = new WeakMap<WebSocket, { page: number, clicks: number }[]>()

/** A WebSocket to `path`: resolves with the open socket, or rejects with the status it was refused with. */
function socket(path: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((done, fail) => {
    const ws = new WebSocket(`${origin.replace('http', 'ws')}${path}`, { headers })
    const positions: { page: number, clicks: number }[] = []
    told.set(ws, positions)
    ws.on('message', data => positions.push(parsePosition(String(data))!))
    ws.once('open', () => done(ws))
    ws.once('unexpected-response', (_request, response) => fail(new Error(String(response.statusCode))))
    ws.once('error', fail)
  })
}

/** The next position a socket is told that it has not been asked for yet. */
const asked = new WeakMap<WebSocket, number>()
async function nextPosition(ws: WebSocket): Promise<{ page: number, clicks: number }> {
  const index = asked.get(ws) ?? 0
  asked.set(ws, index + 1)
  await expect.poll(() => told.get(ws)!.length > index).toBe(true)
  return told.get(ws)![index]!
}

describe('the gate', () => {
  it('answers 401 and nothing of the deck without the secret, to pages, files and the relay', async () => {
    for (const path of ['/1', '/presenter/1', '/assets/slides-notes.js', '/assets/slides-plain.js', '/index.html', RELAY_PATH]) {
      for (const headers of [{}, as('wrong-secret-0123456789'), as('')]) {
        const response = await fetch(origin + path, { headers })
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(401)
        expect(await response.text()).toBe(`401 Unauthorized: ${UNAUTHORIZED_MESSAGE}\n`)
      }
    }
    for (const token of ['wrong-secret-0123456789', ''])
      expect((await fetch(`${origin}/1?token=${token}`, { redirect: 'manual' })).status).toBe(401)
    await expect(socket(RELAY_PATH, {})).rejects.toThrow('401')
    await expect(socket(RELAY_PATH, as('wrong-secret-0123456789'))).rejects.toThrow('401')
    // A token in a WebSocket's address opens nothing: only the cookie does.
    await expect(socket(`${RELAY_PATH}?token=${secrets.presenter}`, {})).rejects.toThrow('401')
  })

  it('trades the link\'s token for an HttpOnly cookie and takes the token out of the address', async () => {
    const response = await fetch(`${origin}/presenter/2?token=${secrets.presenter}`, { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/presenter/2')
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${COOKIE_NAME}=${secrets.presenter}; HttpOnly; SameSite=Lax; Path=/`))
  })
})

describe('what each role is served', () => {
  it('serves the presenter the build with notes and the audience the build without, each page naming its role', async () => {
    const presenterPage = await fetch(`${origin}/3`, { headers: as(secrets.presenter) })
    expect(presenterPage.headers.get('cache-control')).toBe('no-store')
    expect(await presenterPage.text()).toBe(pageWithRole('<html><head><title>deck</title></head><body>presenter build</body></html>', 'presenter'))
    const audiencePage = await (await fetch(`${origin}/3`, { headers: as(secrets.audience) })).text()
    expect(audiencePage).toContain('<meta name="deck-relay" content="audience">')
    expect(audiencePage).toContain('audience build')
    expect((await fetch(`${origin}/assets/slides-notes.js`, { headers: as(secrets.presenter) })).status).toBe(200)
    // The presenter's build is not where the audience's files come from, whatever the address.
    expect((await fetch(`${origin}/assets/slides-notes.js`, { headers: as(secrets.audience) })).status).toBe(404)
    expect((await fetch(`${origin}/assets/slides-plain.js`, { headers: as(secrets.audience) })).status).toBe(200)
  })

  it('refuses the audience the presenter\'s views and every write', async () => {
    for (const path of ['/presenter/1', '/notes', '/overview', '/print', '/__slidev/slides/1.json'])
      expect((await fetch(origin + path, { headers: as(secrets.audience) })).status, path).toBe(403)
    expect((await fetch(`${origin}/1`, { method: 'POST', headers: as(secrets.audience), body: 'x' })).status).toBe(403)
  })

  it('has no dev server behind it: its paths answer 404 and writes 405, even to the presenter', async () => {
    for (const path of ['/@vite/client', '/@fs/etc/passwd', '/__slidev/slides/1.json', '/__open-in-editor?file=slides.md', '/@server-reactive/nav', '/node_modules/pretendard/package.json', '/slides.md', '/.in-use-1'])
      expect((await fetch(origin + path, { headers: as(secrets.presenter) })).status, path).toBe(404)
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'])
      expect((await fetch(`${origin}/@server-reactive/nav`, { method, headers: as(secrets.presenter), body: '{}' })).status, method).toBe(405)
    expect((await fetch(origin + RELAY_PATH, { headers: as(secrets.presenter) })).status).toBe(426)
  })
})

describe('the position relay', () => {
  it('opens only at its own path, and not to a page of another site', async () => {
    await expect(socket('/', as(secrets.presenter))).rejects.toThrow('404')
    await expect(socket('/@vite/client', as(secrets.presenter))).rejects.toThrow('404')
    await expect(socket(RELAY_PATH, { ...as(secrets.presenter), origin: 'http://evil.example' })).rejects.toThrow('403')
    const ws = await socket(RELAY_PATH, { ...as(secrets.presenter), origin })
    ws.terminate()
  })

  it('carries the presenter\'s moves to the audience and drops the audience\'s, and tells a newcomer where the talk is', async () => {
    const presenter = await socket(RELAY_PATH, as(secrets.presenter))
    await nextPosition(presenter)
    const audience = await socket(RELAY_PATH, as(secrets.audience))
    const before = await nextPosition(audience)
    const moved = nextPosition(audience)
    presenter.send(JSON.stringify({ type: 'move', page: before.page + 2, clicks: 1 }))
    expect(await moved).toMatchObject({ page: before.page + 2, clicks: 1 })

    const dropped = server.relay.dropped
    audience.send(JSON.stringify({ type: 'move', page: 1, clicks: 0 }))
    presenter.send('not a move')
    await expect.poll(() => server.relay.dropped).toBe(dropped + 2)
    expect(server.relay.current).toMatchObject({ page: before.page + 2, clicks: 1 })

    // A device that comes back (a new connection) is told the position at once.
    audience.terminate()
    const back = await socket(RELAY_PATH, as(secrets.audience))
    expect(await nextPosition(back)).toMatchObject({ page: before.page + 2, clicks: 1 })
    back.terminate()
    presenter.terminate()
  })

  it('gets every one of 20 moves to each of 50 audience connections', async () => {
    const result = await loadRelay({ origin, secrets, followers: 50, moves: 20, timeoutMs: 30_000 })
    expect(result.received).toHaveLength(50)
    for (const positions of result.received)
      expect(positions).toEqual(result.sent)
    expect(result.delaysMs).toHaveLength(50 * 20)
    console.log(`[relay] 50 followers, 20 moves: worst delay ${result.worstMs.toFixed(1)} ms`)
    await expect.poll(() => server.relay.connections.audience).toBe(0)
  })

  it('refuses connections past its limit', async () => {
    await expect.poll(() => server.relay.connections.audience + server.relay.connections.presenter).toBe(0)
    const open = await Promise.all(Array.from({ length: 60 }, () => socket(RELAY_PATH, as(secrets.audience))))
    await expect(socket(RELAY_PATH, as(secrets.audience))).rejects.toThrow('503')
    open.forEach(ws => ws.terminate())
    await expect.poll(() => server.relay.connections.audience).toBe(0)
  })
})

describe('the relay\'s heartbeat', () => {
  it('repeats the position and ends a connection that stopped answering', async () => {
    const quick = await startRemoteServer({ builds: { presenter: join(root, 'presenter'), audience: join(root, 'audience') }, secrets, host: '127.0.0.1', port: 0, relay: { heartbeatMs: 100 } })
    try {
      const url = `ws://127.0.0.1:${quick.port}${RELAY_PATH}`
      const alive = new WebSocket(url, { headers: as(secrets.audience) })
      const silent = new WebSocket(url, { headers: as(secrets.audience), autoPong: false })
      const heard: number[] = []
      alive.on('message', () => heard.push(Date.now()))
      const closed = new Promise(done => silent.once('close', done))
      await closed
      expect(heard.length).toBeGreaterThanOrEqual(2)
      expect(alive.readyState).toBe(WebSocket.OPEN)
      alive.terminate()
    }
    finally {
      await quick.close()
    }
  })
})

it('a refused upgrade gets an HTTP answer, not a hung socket', async () => {
  const status = await new Promise<number>((done, fail) => {
    const req = request(`${origin}${RELAY_PATH}`, { headers: { 'connection': 'Upgrade', 'upgrade': 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' } })
    req.on('response', response => done(response.statusCode!))
    req.on('upgrade', response => done(response.statusCode!))
    req.on('error', fail)
    req.end()
  })
  expect(status).toBe(401)
})
