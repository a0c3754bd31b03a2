/** `npm run preview [-- --base /talk/ --port 4173]`: serves dist/ on 127.0.0.1, deep links included. */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { serveStatic } from './static-server'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
    dir: { type: 'string', default: 'dist' },
  },
})

serveStatic(values.dir, { base: values.base, port: Number(values.port), compress: true }).then(
  server => console.log(`Serving ${values.dir}/ at ${server.url} (Ctrl+C to stop)`),
  (error) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
