import type { StaticServer } from '../../tools/static-server'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../tools/static-server'

const dist = mkdtempSync(join(tmpdir(), 'static-server-'))
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>deck</title>')
mkdirSync(join(dist, 'assets'))
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(dist, 'secret.txt'), 'outside')

const servers: StaticServer[] = []
afterAll(async () => {
  await Promise.all(servers.map(s => s.close()))
  rmSync(dist, { recursive: true, force: true })
})

async function start(base?: string) {
  const server = await serveStatic(dist, { base })
  servers.push(server)
  return server
}

describe('serveStatic', () => {
  it('listens on 127.0.0.1 on a free port', async () => {
    const server = await start()
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    expect(server.port).toBeGreaterThan(0)
  })

  it('serves files with their content type', async () => {
    const server = await start()
    const response = await fetch(new URL('assets/app.js', server.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/javascript')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers deep links such as /5 and /presenter/ with index.html', async () => {
    const server = await start()
    for (const path of ['5', 'presenter/', 'presenter/3', 'overview']) {
      const response = await fetch(new URL(path, server.url))
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('<title>deck</title>')
    }
  })

  it('serves a deck built for a sub-path and refuses paths outside it', async () => {
    const server = await start('/talk/')
    expect(server.url).toMatch(/\/talk\/$/)
    expect(await (await fetch(new URL('assets/app.js', server.url))).text()).toBe('console.log(1)')
    expect(await (await fetch(new URL('3', server.url))).text()).toContain('<title>deck</title>')
    expect((await fetch(new URL('/assets/app.js', server.url))).status).toBe(404)
  })

  it('never serves a file outside the folder', async () => {
    const server = await start()
    const response = await fetch(`${server.url}..%2f..%2fetc%2fpasswd`)
    expect(await response.text()).not.toContain('root:')
  })

  it('says to build first when the folder holds no deck', async () => {
    await expect(serveStatic(join(dist, 'assets'))).rejects.toThrow('build the deck first (npm run build)')
  })
})
