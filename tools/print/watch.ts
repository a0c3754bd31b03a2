/**
 * `npm run export -- --watch`: writes the PDF (or PNGs), then a fresh one after
 * each saved change to a slide, the data, a component or anything else the
 * build reads (tools/deck-build.ts's inputs), one line per export.
 *
 * Between exports it keeps warm what a one-shot export starts afresh: the
 * build runs inside this process (warm-build.ts: Vite, Slidev and the deck's
 * plugins stay loaded and compiled), and one Chromium prints every export. A
 * save that leaves the inputs as they were (same hash) prints nothing. A
 * change that breaks the build or the data prints why and leaves the last
 * good file in place (the file is replaced whole, never half-written). Saves
 * made during an export are gathered into the next one.
 *
 * Ctrl-C (SIGINT) or SIGTERM ends Chromium, removes its profile and any build
 * left half-made, and exits.
 */
import type { FSWatcher } from 'node:fs'
import type { BuildKey } from '../deck-build'
import type { ExportRequest } from './export-deck'
import { existsSync, rmSync, watch } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { CdpBrowser } from '../../node/cdp'
import { deckInputFiles, deckInputHash, INPUT_DIRS } from '../deck-build'
import { exportDeck } from './export-deck'
import { warmBuild } from './warm-build'

/** Saves closer together than this make one export (an editor's save can touch a file twice). */
const SETTLE_MS = 150
/** Lines of a failed build's message shown: the cause, not the bundler's whole trace. */
const REASON_LINES = 12

export interface WatchOptions {
  /** The project folder; the current folder when not given. */
  root?: string
  /** Where each export's line goes; console.log when not given. */
  log?: (line: string) => void
}

export interface ExportWatch {
  /** Stops watching, ends Chromium and removes what this watch left in temporary folders. */
  stop: () => Promise<void>
}

const clock = (date = new Date()) => date.toTimeString().slice(0, 8)
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The first lines of a failure, indented under the export's line. */
export function reasonLines(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  // A stack's frames say where in the bundler it failed, not what to fix.
  const lines = text.trim().split('\n').filter(line => !/^\s+at /.test(line) && line.trim())
  const shown = lines.slice(0, REASON_LINES)
  if (lines.length > shown.length)
    shown.push(`… (${lines.length - shown.length} more lines)`)
  return shown.map(line => `    ${line}`).join('\n')
}

/** Starts the watch: the first export at once, then one after each change. */
export async function watchExport(request: ExportRequest, executablePath: string, options: WatchOptions = {}): Promise<ExportWatch> {
  const root = resolve(options.root ?? process.cwd())
  const log = options.log ?? ((line: string) => console.log(line))
  const key: BuildKey = { entry: request.entry, base: '/' }
  const browser = await CdpBrowser.launch(executablePath)
  const building = new Set<string>()
  const build = warmBuild(root)
  const warm = {
    browser,
    build: async (outDir: string, k: BuildKey) => {
      building.add(outDir)
      try {
        await build(outDir, k)
      }
      finally {
        building.delete(outDir)
      }
    },
  }

  let exported: string | undefined // the inputs' hash of the last good export
  let lastGood: Date | undefined
  let changed: string[] = []
  let running: Promise<void> | undefined
  let owed = false
  let stopped = false

  const exportOnce = async (reason: string) => {
    let hash: string
    try {
      hash = deckInputHash(root, key)
    }
    catch (error) {
      log(`${clock()} not exported ${reason}:\n${reasonLines(error)}`)
      return
    }
    if (hash === exported)
      return
    const started = Date.now()
    try {
      const written = await exportDeck(request, executablePath, warm)
      exported = hash
      lastGood = new Date()
      log(`${clock(lastGood)} ${written} in ${seconds(Date.now() - started)} ${reason}`)
    }
    catch (error) {
      if (stopped)
        return
      const kept = lastGood && existsSync(resolve(root, request.output)) ? `the last good export (${clock(lastGood)}) stays` : 'nothing written yet'
      log(`${clock()} not exported ${reason} (${seconds(Date.now() - started)}); ${kept}:\n${reasonLines(error)}`)
    }
  }

  const run = (reason: string) => {
    if (running) {
      owed = true
      return
    }
    running = (async () => {
      await exportOnce(reason)
      // `owed` is set by saves made while an export ran; `stopped` by Ctrl-C.
      // eslint-disable-next-line no-unmodified-loop-condition
      while (owed && !stopped) {
        owed = false
        const files = changed
        changed = []
        await exportOnce(`after a change to ${files.join(', ') || 'the deck'}`)
      }
      running = undefined
    })()
  }

  let settle: NodeJS.Timeout | undefined
  const inputs = new Set(deckInputFiles(root, key.entry))
  const onChange = (file: string) => {
    if (stopped)
      return
    // Top-level files count only if the build reads them (the PDF itself may be written into the project).
    if (!file.includes('/') && !inputs.has(file) && !/^slides(?:\..+)?\.md$/.test(file))
      return
    if (!changed.includes(file))
      changed.push(file)
    clearTimeout(settle)
    settle = setTimeout(() => {
      if (running) {
        owed = true
        return
      }
      const files = changed
      changed = []
      run(`after a change to ${files.join(', ')}`)
    }, SETTLE_MS)
  }

  const watchers: FSWatcher[] = [watch(root, (_event, name) => name && onChange(String(name)))]
  for (const dir of INPUT_DIRS) {
    if (existsSync(join(root, dir)))
      watchers.push(watch(join(root, dir), { recursive: true }, (_event, name) => name && onChange(relative(root, join(root, dir, String(name))).split('\\').join('/'))))
  }

  run('(watching for changes; Ctrl-C stops)')

  return {
    stop: async () => {
      stopped = true
      clearTimeout(settle)
      for (const watcher of watchers)
        watcher.close()
      await browser.close()
      for (const dir of building)
        rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The command: watches until Ctrl-C or SIGTERM, then cleans up and exits. */
export async function runExportWatch(request: ExportRequest, executablePath: string): Promise<void> {
  if (request.format !== 'pdf' && request.format !== 'png')
    throw new Error(`--watch exports PDF or PNG, not ${request.format}.`)
  const watching = await watchExport(request, executablePath)
  await new Promise<void>((done) => {
    let ending = false
    // `on`, not `once`: a terminal's Ctrl-C reaches this process both directly and relayed by tsx, and a second
    // signal with no listener would kill it before it has cleaned up.
    const end = () => {
      if (ending)
        return
      ending = true
      void watching.stop().finally(done)
    }
    process.on('SIGINT', end)
    process.on('SIGTERM', end)
  })
  process.exit(0)
}
