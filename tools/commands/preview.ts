/** `npm run preview [-- --base /talk/ --port 4173 --dir dist]`: serves a built deck on 127.0.0.1, deep links included. */
import { folderOption, runCommand } from '../command'
import { serveStatic } from '../static-server'

runCommand({
  run: 'npm run preview',
  summary: 'Serves a built deck (npm run build) on 127.0.0.1, as a host would, deep links included.',
  options: {
    base: { type: 'string', default: '/', value: 'PATH', help: 'The sub-path the deck was built for (build --base).' },
    port: { type: 'string', default: '4173', value: 'N', help: 'The port to serve on.' },
    dir: folderOption('dist', 'The built deck.'),
  },
}, async ({ values }) => {
  const server = await serveStatic(values.dir, { base: values.base, port: Number(values.port), compress: true })
  console.log(`Serving ${values.dir}/ at ${server.url} (Ctrl+C to stop)`)
})
