/**
 * Serves a built deck (dist/) on 127.0.0.1 with the fallback a single-page app
 * needs: a path that is not a file answers with index.html, so deep links such
 * as /5 or /presenter/ work. Used by `npm run preview` and the browser tests.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { sendFile } from './compressed-files'

/** Content types by file extension, for the files a built deck holds. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServer {
  url: string
  port: number
  close: () => Promise<void>
}

function fileAt(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? path : undefined
  }
  catch {
    return undefined
  }
}

/**
 * @param root the built deck
 * @param options where the deck is served
 * @param options.base the sub-path the deck was built for (`slidev build --base /talk/`), default `/`
 * @param options.port 0 picks a free port
 * @param options.compress send text compressed when the browser accepts it (compressed-files.ts);
 *   off for the export, whose browser is on the same machine
 */
export async function serveStatic(root: string, options: { base?: string, port?: number, compress?: boolean } = {}): Promise<StaticServer> {
  const { base = '/', port = 0, compress = false } = options
  const rootDir = resolve(root)
  const prefix = base.endsWith('/') ? base : `${base}/`
  const index = join(rootDir, 'index.html')
  if (!fileAt(index))
    throw new Error(`${index} does not exist: build the deck first (npm run build).`)

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    let pathname = decodeURIComponent(url.pathname)
    if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      response.end(`Not under ${prefix}`)
      return
    }
    pathname = pathname.slice(prefix.length - 1) || '/'
    const candidate = normalize(join(rootDir, pathname))
    const inside = candidate === rootDir || candidate.startsWith(rootDir + sep)
    const file = (inside && fileAt(candidate)) || (inside && fileAt(join(candidate, 'index.html'))) || index
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    }
    if (compress) {
      sendFile(request, response, file, headers).catch(() => response.destroy())
      return
    }
    response.writeHead(200, headers)
    createReadStream(file).pipe(response)
  })

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done())
  })
  const actualPort = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actualPort}${prefix}`,
    port: actualPort,
    close: () => new Promise(done => server.close(() => done())),
  }
}
