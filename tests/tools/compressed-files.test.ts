import type { IncomingHttpHeaders } from 'node:http'
import type { StaticServer } from '../../tools/static-server'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { chooseEncoding } from '../../tools/compressed-files'
import { serveStatic } from '../../tools/static-server'

const dist = mkdtempSync(join(tmpdir(), 'compressed-files-'))
const script = `${'export const slide = "한국어 슬라이드";\n'.repeat(200)}`
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>deck</title>')
mkdirSync(join(dist, 'assets'))
writeFileSync(join(dist, 'assets', 'app.js'), script)
writeFileSync(join(dist, 'assets', 'font.woff2'), Buffer.alloc(4096, 7))

const servers: StaticServer[] = []
afterAll(async () => {
  await Promise.all(servers.map(s => s.close()))
  rmSync(dist, { recursive: true, force: true })
})

/** The raw answer (fetch would undo the compression). */
function raw(url: URL, acceptEncoding?: string): Promise<{ headers: IncomingHttpHeaders, body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject)
  })
}

describe('chooseEncoding', () => {
  it('takes Brotli when accepted, else gzip, else nothing', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(chooseEncoding('gzip, deflate')).toBe('gzip')
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip')
    expect(chooseEncoding('*')).toBe('br')
    expect(chooseEncoding('identity')).toBeUndefined()
    expect(chooseEncoding(undefined)).toBeUndefined()
  })
})

describe('serveStatic with compress', () => {
  it('sends text compressed as the browser asks, and the same bytes once undone', async () => {
    const server = await serveStatic(dist, { compress: true })
    servers.push(server)
    const url = new URL('assets/app.js', server.url)
    const br = await raw(url, 'gzip, deflate, br')
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(Buffer.byteLength(script) / 5)
    expect(brotliDecompressSync(br.body).toString()).toBe(script)
    const gz = await raw(url, 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(script)
    const plain = await raw(url)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)
  })

  it('sends fonts and files under 1 KB as they are', async () => {
    const server = await serveStatic(dist, { compress: true })
    servers.push(server)
    for (const path of ['assets/font.woff2', 'index.html']) {
      const answer = await raw(new URL(path, server.url), 'br')
      expect(answer.headers['content-encoding'], path).toBeUndefined()
    }
  })

  it('compresses a rebuilt file again', async () => {
    const server = await serveStatic(dist, { compress: true })
    servers.push(server)
    const url = new URL('assets/app.js', server.url)
    await raw(url, 'br')
    const changed = script.replace(/슬라이드/g, 'slide!')
    writeFileSync(join(dist, 'assets', 'app.js'), changed)
    utimesSync(join(dist, 'assets', 'app.js'), new Date(), new Date(Date.now() + 5000))
    expect(brotliDecompressSync((await raw(url, 'br')).body).toString()).toBe(changed)
    writeFileSync(join(dist, 'assets', 'app.js'), script)
  })

  it('is off unless asked: the export\'s browser is on the same machine', async () => {
    const server = await serveStatic(dist)
    servers.push(server)
    expect((await raw(new URL('assets/app.js', server.url), 'br')).headers['content-encoding']).toBeUndefined()
  })
})
