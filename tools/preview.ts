/** `npm run preview [-- --base /talk/ --port 4173]`: serves dist/ on 127.0.0.1, deep links included. */
import { parseArgs } from 'node:util'
import { serveStatic } from './static-server'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: 'dist' },
  },
})

try {
  const server = await serveStatic(values.dir, { base: values.base, port: Number(values.port) })
  console.log(`Serving ${values.dir}/ at ${server.url} (Ctrl+C to stop)`)
}
catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
