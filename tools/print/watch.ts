/**
 * `npm run export -- --watch`: writes the PDF (or PNGs), then a fresh one after
 * each saved change to a slide, the data, a component or anything else the
 * deck reads (tools/deck-build.ts's inputs), one line per export.
 *
 * It prints from Slidev's dev server, as Slidev's own exporter does, so that
 * a save costs what it costs on screen while editing: the dev server takes
 * the change (Vite's hot update of the one slide or module that changed), the
 * print view already open in a warm Chromium redraws it, and the view is
 * printed again. No build is made. What the page shows is what `npm run dev`
 * shows; a one-shot `npm run export` prints the static build, whose diagrams
 * are drawn at build time with the same Mermaid and text.
 *
 * Before each export the data is checked and the slides read afresh: a broken
 * data file prints its file, record and field and leaves the last good file
 * in place (a file is replaced whole, never half-written); so does an error
 * the dev server shows in the page. When the page does not take a change by a
 * hot update within a moment (a restart of the server, a change no module
 * holds), or after a failure, the view is loaded afresh. A save that leaves
 * the inputs as they were (same hash) prints nothing. Saves made during an
 * export are gathered into the next one.
 *
 * Ctrl-C (SIGINT) or SIGTERM ends the dev server, Chromium and its profile,
 * and exits.
 */
import type { FSWatcher } from 'node:fs'
import type { DeckSlide } from '../../node/deck-slides'
import type { BuildKey } from '../deck-build'
import type { DevServer } from '../slidev'
import type { ExportRequest } from './export-deck'
import type { PrintedClicks, PrintView } from './print-view'
import { existsSync, readdirSync, statSync, watch } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { CdpBrowser } from '../../node/cdp'
import { loadDeckData } from '../../node/load-data'
import { deckInputFiles, deckInputHash, INPUT_DIRS } from '../deck-build'
import { startDevServer } from '../slidev'
import { readSlides, writeExport } from './export-deck'
import { choosePages, openPrintView, waitForPrintView } from './print-view'

/** Saves closer together than this make one export (an editor's save can touch a file twice). */
const SETTLE_MS = 150
/** How long the page may take to show a saved change by a hot update before the view is loaded afresh. */
const HOT_UPDATE_WAIT_MS = 4000
/** A hot update is taken whole once no further one has come for this long (one save can update several modules). */
const HOT_UPDATE_QUIET_MS = 250
/** Lines of a failure's message shown: the cause, not the bundler's whole trace. */
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

function isFolder(path: string) {
  try {
    return statSync(path).isDirectory()
  }
  catch {
    return false // gone already
  }
}

/** `dir` and every folder below it (none when it does not exist). */
export function foldersUnder(dir: string): string[] {
  if (!isFolder(dir))
    return []
  return [dir, ...readdirSync(dir, { withFileTypes: true }).filter(entry => entry.isDirectory()).flatMap(entry => foldersUnder(join(dir, entry.name)))]
}

/** Starts the watch: the first export at once, then one after each change. */
export async function watchExport(request: ExportRequest, executablePath: string, options: WatchOptions = {}): Promise<ExportWatch> {
  const root = resolve(options.root ?? process.cwd())
  const log = options.log ?? ((line: string) => console.log(line))
  const key: BuildKey = { entry: request.entry, base: '/' }
  const entry = resolve(root, request.entry)
  const clicks: PrintedClicks = request.withClicks ? 'all' : 'final'
  const dev: DevServer = await startDevServer(root, { entry: request.entry, timeoutMs: request.timeoutMs })
  const browser = await CdpBrowser.launch(executablePath).catch(async (error) => {
    dev.stop('SIGTERM')
    await dev.exited
    throw error
  })

  let view: PrintView | undefined
  /** When the page last took a change: a hot update, or a load of its own (Vite reloads it when it cannot update in place). */
  let lastUpdate = 0
  const openView = async (slides: DeckSlide[]) => {
    await view?.close()
    view = undefined
    const opened = await openPrintView({ url: dev.url, slides, executablePath, dark: request.dark, clicks, scale: request.format === 'png' ? 2 : 1, timeoutMs: request.timeoutMs, browser })
    opened.page.on('Runtime.consoleAPICalled', (params) => {
      // Vite's client logs `console.debug('[vite]', 'hot updated: /…')` once an update is applied.
      const text = ((params.args as { value?: unknown }[] | undefined) ?? []).map(arg => String(arg.value ?? '')).join(' ')
      if (/^\[vite\] (?:css )?hot updated/.test(text))
        lastUpdate = Date.now()
    })
    opened.page.on('Page.loadEventFired', () => lastUpdate = Date.now())
    view = opened
    return opened
  }
  let lastExport = 0 // when the last export ended: an update before it belongs to an earlier change
  /**
   * Waits until the open view has taken the change first seen at `changedAt` by a hot update; false when it has
   * not in time. Vite may see a save a little before this watch does: an update up to a second earlier counts.
   */
  const tookHotUpdate = async (changedAt: number) => {
    const since = Math.max(lastExport, changedAt - 1000)
    const taken = () => lastUpdate > since && Date.now() - lastUpdate >= HOT_UPDATE_QUIET_MS
    for (const deadline = Date.now() + HOT_UPDATE_WAIT_MS; !taken(); await new Promise(done => setTimeout(done, 50))) {
      if (Date.now() > deadline)
        return false
    }
    return true
  }

  let exported: string | undefined // the inputs' hash of the last good export
  let lastGood: Date | undefined
  let fresh = false // the next export loads the view afresh
  let changed: string[] = []
  let running: Promise<void> | undefined
  let owed = false
  let stopped = false

  const exportOnce = async (reason: string, changedAt: number) => {
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
      // A broken data file fails here with its file, record and field, before the page shows anything of it.
      loadDeckData(join(root, 'data'))
      const slides = await readSlides(entry)
      let current = view
      if (!current || fresh || !(await tookHotUpdate(changedAt)))
        current = await openView(slides)
      fresh = false
      await waitForPrintView(current.page, slides, request.timeoutMs, current.errors)
      const pages = await choosePages(current.page, slides, clicks)
      const written = await writeExport(request, { page: current.page, pages }, slides)
      // A handout turns the view into one: the next export starts from the deck again.
      fresh = request.handout
      exported = hash
      lastGood = new Date()
      log(`${clock(lastGood)} ${written} in ${seconds(Date.now() - started)} ${reason}`)
    }
    catch (error) {
      fresh = true
      if (stopped)
        return
      const kept = lastGood && existsSync(resolve(root, request.output)) ? `the last good export (${clock(lastGood)}) stays` : 'nothing written yet'
      log(`${clock()} not exported ${reason} (${seconds(Date.now() - started)}); ${kept}:\n${reasonLines(error)}`)
    }
    finally {
      lastExport = Date.now()
    }
  }

  let firstChange = 0 // when the first save gathered into the next export was seen
  const run = (reason: string) => {
    if (running) {
      owed = true
      return
    }
    running = (async () => {
      await exportOnce(reason, firstChange)
      // `owed` is set by saves made while an export ran; `stopped` by Ctrl-C.
      // eslint-disable-next-line no-unmodified-loop-condition
      while (owed && !stopped) {
        owed = false
        const files = changed
        const at = firstChange
        changed = []
        await exportOnce(`after a change to ${files.join(', ') || 'the deck'}`, at)
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
    if (!changed.length)
      firstChange = Date.now()
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

  // One watcher per folder, not Node's recursive one: on Linux that one watches each file and loses a file an
  // editor saves by writing a new one and renaming it over the old (vim, sed -i), so later saves went unseen.
  const watchers = new Map<string, FSWatcher>()
  const watchFolder = (dir: string) => {
    if (watchers.has(dir) || stopped)
      return
    watchers.set(dir, watch(dir, (_event, name) => {
      if (!name)
        return
      const path = join(dir, String(name))
      if (dir !== root && isFolder(path))
        watchFolder(path)
      onChange(relative(root, path).split('\\').join('/'))
    }))
  }
  watchFolder(root)
  for (const dir of INPUT_DIRS)
    foldersUnder(join(root, dir)).forEach(watchFolder)

  run('(watching for changes; Ctrl-C stops)')

  return {
    stop: async () => {
      stopped = true
      clearTimeout(settle)
      for (const watcher of watchers.values())
        watcher.close()
      await browser.close()
      dev.stop('SIGTERM')
      await dev.exited
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
