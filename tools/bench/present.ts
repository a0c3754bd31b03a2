import type { RelayLoadResult } from '../present/relay-load'
/**
 * `npm run present -- --remote` as the bench measures it: the command's own
 * process (tools/commands/present-start.mjs) started as npm starts it, timed to the moment its links are printed,
 * then the relay under a room's load (tools/present/relay-load.ts) on the
 * server it started.
 */
import type { SlidevProcess } from '../slidev'
import process from 'node:process'
import { freePort } from '../free-port'
import { loadRelay } from '../present/relay-load'
import { randomSecret } from '../present/secret'
import { outputTail } from '../slidev'

/** The room the bench fills: followers connected at once, and the presenter's moves. */
export const RELAY_LOAD = { followers: 50, moves: 20 } as const

export interface PresentFigures {
  /** From the command's start to its last line of links. */
  startMs: number
  /** True when it had to build (a build's inputs were new to its cache). */
  built: boolean
  relay: RelayLoadResult
}

/** The line `npm run present` ends its report with, once everything is served. */
const READY = 'Ctrl+C to stop.'

export async function measurePresentRemote(deckDir: string, start: (command: string, args: string[], dir: string, env: NodeJS.ProcessEnv) => SlidevProcess, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<PresentFigures> {
  const port = await freePort()
  const secrets = { presenter: randomSecret(), audience: randomSecret() }
  const started = performance.now()
  // What `npm run present` runs, without npm's own start-up (about 0.3 s).
  const present = start(process.execPath, ['tools/commands/present-start.mjs', '--remote', '--port', String(port), '--token', secrets.presenter, '--audience-token', secrets.audience], deckDir, env)
  try {
    const deadline = started + timeoutMs
    while (!present.output().includes(READY)) {
      if (present.child.exitCode !== null || performance.now() > deadline)
        throw new Error(`npm run present -- --remote did not print its links:\n${outputTail(present.output())}`)
      await new Promise(done => setTimeout(done, 10))
    }
    const startMs = performance.now() - started
    const relay = await loadRelay({ origin: `http://127.0.0.1:${port}`, secrets, ...RELAY_LOAD, timeoutMs: 60_000 })
    return { startMs, built: /^Built /m.test(present.output()), relay }
  }
  finally {
    present.stop()
    await present.exited
  }
}
