import type { Server } from 'node:http'
import { createServer } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importsOf, scriptsOf, warmDevServer } from '../../../tools/present/warm'

describe('importsOf and scriptsOf', () => {
  it('finds static, bare and dynamic imports and re-exports', () => {
    const code = 'import { a } from "/src/a.ts"\nimport "/src/b.css?import"\nexport { c } from \'./c.js\'\nconst d = () => import("/src/d.vue")'
    expect(importsOf(code).sort()).toEqual(['./c.js', '/src/a.ts', '/src/b.css?import', '/src/d.vue'])
  })

  it('finds the module scripts of a page', () => {
    expect(scriptsOf('<script type="module" src="/@vite/client"></script><script src="/old.js"></script><script type="module" src="/main.ts"></script>')).toEqual(['/@vite/client', '/main.ts'])
  })
})

describe('warmDevServer', () => {
  const files: Record<string, string> = {
    '/': '<script type="module" src="/main.js"></script>',
    '/main.js': 'import "/a.js"\nconst lazy = () => import("/slide.js")',
    '/a.js': 'import "/main.js"\nimport "https://elsewhere.invalid/x.js"',
    '/slide.js': 'export default 1',
  }
  const fetched: string[] = []
  let server: Server
  let origin: string
  beforeAll(async () => {
    server = createServer((request, response) => {
      fetched.push(request.url!)
      const body = files[request.url!]
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': request.url === '/' ? 'text/html' : 'text/javascript' })
      response.end(body ?? '')
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}/`
  })
  afterAll(() => new Promise(done => server.close(done)))

  it('fetches the page and each module it reaches once per walk, on its own origin only, and stops when nothing new appears', async () => {
    const result = await warmDevServer(origin)
    expect(result).toEqual({ modules: 3, failed: [], passes: 2 })
    expect(fetched.filter(url => url !== '/').sort()).toEqual(['/a.js', '/a.js', '/main.js', '/main.js', '/slide.js', '/slide.js'])
  })
})
