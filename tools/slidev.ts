/**
 * Running the project's own Slidev from Node: a static build into a folder,
 * and the dev server on a free 127.0.0.1 port. The checks, the benchmark and
 * the tests all run Slidev through here, so each fails the same way: with the
 * tail of Slidev's own output.
 */
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { loadDeckData } from '../node/load-data'
import { onExit } from '../node/on-exit'
import { runCommand } from './command'
import { editionEntry, LANG_OPTION, parseEdition } from './edition'
import { freePort } from './free-port'

const OUTPUT_KEPT = 8000

export interface SlidevProcess {
  child: ChildProcess
  /** The last few thousand characters Slidev printed, stdout and stderr together. */
  output: () => string
  /** Resolves with the exit code (null when ended by a signal, -1 when it could not start). */
  exited: Promise<number | null>
  /** Ends Slidev and every process it started. */
  stop: (signal?: NodeJS.Signals) => void
}

/**
 * Starts `command <args>` in `dir` as the leader of its own process group, so
 * that stop() also ends the browser or workers it started.
 */
export function spawnTool(command: string, args: string[], dir: string, env: NodeJS.ProcessEnv = {}): SlidevProcess {
  const windows = process.platform === 'win32'
  const child = spawn(command, args, { cwd: dir, env: { ...process.env, ...env }, detached: !windows, stdio: ['ignore', 'pipe', 'pipe'], shell: windows })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<number | null>((done) => {
    child.on('error', () => done(-1))
    child.on('exit', code => done(code))
  })
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
      return
    try {
      process.kill(windows ? child.pid : -child.pid, signal)
    }
    catch {} // already gone
  }
  // In a group of its own, it would outlive a Ctrl-C of this process: ended with it (node/on-exit.ts),
  // with SIGTERM, so that it can end what it started in turn (a Chromium that prerenders diagrams).
  const end = onExit(() => stop())
  void exited.then(end.cancel)
  return { child, output: () => output, exited, stop }
}

/** Starts `slidev <args>` from `dir`'s node_modules, in `dir` (see spawnTool). */
export function spawnSlidev(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): SlidevProcess {
  return spawnTool(slidevBin(dir), args, dir, env)
}

function slidevBin(dir: string): string {
  return join(dir, 'node_modules', '.bin', 'slidev')
}

/**
 * Runs `slidev <args>` in the terminal, for `npm run dev` and `npm run build`:
 * its output and keyboard are the terminal's, and Ctrl-C reaches it through
 * the terminal's process group. Resolves with its exit code.
 */
export function runSlidevInTerminal(args: string[], dir = process.cwd()): Promise<number> {
  const windows = process.platform === 'win32'
  const child = spawn(slidevBin(dir), args, { cwd: dir, stdio: 'inherit', shell: windows })
  // This process waits for Slidev to end, Ctrl-C or not.
  process.on('SIGINT', () => {})
  return new Promise(done => child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0))))
}

/**
 * A command that runs Slidev on the chosen edition's entry (`--lang`, Korean
 * by default) in the terminal, every option it does not know passed on to
 * Slidev: `slidevArgs` gives Slidev's arguments for the entry and those options.
 */
export function runSlidevCommand(spec: { run: string, summary: string, passesOn: string }, slidevArgs: (entry: string, rest: string[]) => string[]): void {
  runCommand({ ...spec, options: { lang: LANG_OPTION } }, ({ values, rest }) =>
    runSlidevInTerminal(slidevArgs(editionEntry(parseEdition(values.lang)), rest)))
}

/** The last `lines` lines of Slidev's output, for an error message. */
export function outputTail(output: string, lines = 30): string {
  return output.trim().split('\n').slice(-lines).join('\n')
}

export interface BuildOptions {
  /** Where the static site goes. */
  outDir: string
  /** The deck's entry Markdown; Slidev's default (slides.md) when not given. */
  entry?: string
  /** Hosting sub-path, e.g. /talk/. */
  base?: string
  /** Leave the speaker notes out of the build (`--without-notes`). */
  withoutNotes?: boolean
  /** The project folder whose Slidev runs; the current folder when not given. */
  dir?: string
}

/**
 * `slidev build`; rejects with the tail of Slidev's output when the build fails.
 * Invalid data rejects first with the data's own message (a DataError), which
 * names file, record and field, with no bundler trace after it.
 */
export async function buildDeck(options: BuildOptions): Promise<void> {
  loadDeckData(join(options.dir ?? process.cwd(), 'data'))
  const args = ['build', ...(options.entry ? [options.entry] : []), '--out', options.outDir, ...(options.base ? ['--base', options.base] : []), ...(options.withoutNotes ? ['--without-notes'] : [])]
  const slidev = spawnSlidev(options.dir ?? process.cwd(), args)
  const code = await slidev.exited
  if (code !== 0)
    throw new Error(`slidev ${args.join(' ')} failed (exit ${code}):\n${outputTail(slidev.output())}`)
}

export interface DevServer extends SlidevProcess {
  /** The deck's root address, e.g. http://127.0.0.1:41234/ */
  url: string
}

/**
 * Starts `slidev` (the dev server; `options.entry`, slides.md when not given) on a free port of 127.0.0.1 and resolves
 * once it answers HTTP. Rejects with its output when it exits or does not
 * answer within the timeout.
 */
export async function startDevServer(dir = process.cwd(), options: { timeoutMs?: number, env?: NodeJS.ProcessEnv, entry?: string } = {}): Promise<DevServer> {
  const port = await freePort()
  const slidev = spawnSlidev(dir, [...(options.entry ? [options.entry] : []), '--port', String(port), '--open', 'false', '--bind', '127.0.0.1'], options.env)
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  for (;;) {
    if (slidev.child.exitCode !== null || slidev.child.signalCode !== null)
      throw new Error(`slidev dev server exited (${slidev.child.exitCode ?? slidev.child.signalCode}):\n${outputTail(slidev.output())}`)
    if (await fetch(url, { signal: AbortSignal.timeout(2000) }).then(r => r.ok, () => false))
      return { ...slidev, url }
    if (Date.now() > deadline) {
      slidev.stop('SIGKILL')
      throw new Error(`slidev dev server did not answer at ${url}:\n${outputTail(slidev.output())}`)
    }
    await new Promise(done => setTimeout(done, 200))
  }
}
