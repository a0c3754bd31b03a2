/**
 * `npm run present`: the deck for a talk, at once.
 *
 *   npm run present [-- --lang en] [--port N]            one laptop: slides and presenter windows
 *   npm run present -- --remote [--token SECRET] [--port N]   a phone as clicker, over the network, behind a secret
 *
 * The work is in tools/present/ (options, serve, gate, remote server, relay, report).
 */
import process from 'node:process'
import { runCommand } from '../command'
import { PRESENT_COMMAND, presentOptions } from '../present/options'
import { BUILD_NOTICE, localReport, remoteReport } from '../present/report'
import { presentLocal, presentRemote } from '../present/serve'
import { noticeShownLate, showingDay } from '../shown-late'

runCommand(PRESENT_COMMAND, async ({ values }) => {
  const options = presentOptions(values)
  const notice = noticeShownLate(process.cwd(), showingDay())
  const started = performance.now()
  const seconds = () => (performance.now() - started) / 1000
  let close: () => Promise<void>
  if (options.mode === 'local') {
    const presentation = await presentLocal({ ...options, onBuild: () => console.log(BUILD_NOTICE.deck) })
    close = presentation.close
    await notice
    console.log(localReport(presentation.links, { ...presentation.build, seconds: seconds() }))
  }
  else {
    const presentation = await presentRemote({
      ...options,
      onBuild: role => console.log(BUILD_NOTICE[role]),
      onRefused: event => console.log(`refused: ${event.status} ${event.method} ${event.url.replace(/token=[^&]*/, 'token=…')} from ${event.from}`),
    })
    close = presentation.close
    await notice
    console.log(remoteReport(presentation.links, { addresses: presentation.addresses, given: options.given, builds: presentation.builds, seconds: seconds() }))
  }
  const stop = () => {
    close().finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
})
