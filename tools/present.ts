/**
 * `npm run present`: the deck for a talk, at once.
 *
 *   npm run present [-- --lang en] [--port N]            one laptop: slides and presenter windows
 *   npm run present -- --remote [--token SECRET] [--port N]   a phone as clicker, over the network, behind a secret
 *
 * The work is in tools/present/ (options, serve, gate, proxy, report).
 */
import process from 'node:process'
import { parsePresentArgs } from './present/options'
import { localReport, remoteReport } from './present/report'
import { presentLocal, presentRemote } from './present/serve'
import { noticeShownLate } from './shown-late'

async function main(): Promise<void> {
  const options = parsePresentArgs(process.argv.slice(2))
  noticeShownLate()
  let close: () => Promise<void>
  if (options.mode === 'local') {
    const started = performance.now()
    // A reused build is there at once; say so only when a build runs.
    const slow = setTimeout(() => console.log('Building the deck: it changed since its last build (about 10-30 s)…'), 1000)
    const presentation = await presentLocal(options).finally(() => clearTimeout(slow))
    close = presentation.close
    console.log(localReport(presentation.links, { ...presentation.build, seconds: (performance.now() - started) / 1000 }))
  }
  else {
    console.log('Starting Slidev\'s live server for remote control…')
    const presentation = await presentRemote({
      ...options,
      onProgress: message => console.log(message),
      onRefused: event => console.log(`refused: ${event.status} ${event.method} ${event.url.replace(/token=[^&]*/, 'token=…')} from ${event.from}`),
    })
    close = presentation.close
    // Slidev runs in its own process group: end it however this process ends.
    process.once('exit', () => presentation.dev.stop())
    console.log(remoteReport(presentation.links, { addresses: presentation.addresses, given: options.given }))
  }
  const stop = () => {
    close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`npm run present: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
