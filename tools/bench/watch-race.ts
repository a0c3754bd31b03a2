/**
 * `npx tsx tools/bench/watch-race.ts [--runs 5] [--out FILE]`, or the `watch`
 * step of `npm run bench`: the deck's `npm run export -- --watch` against
 * Marp CLI's `--watch`, side by side, for the same kind of edit: one slide's
 * heading changed and saved. Both watch at once, in a copy of the project in
 * a temporary folder (never the user's slides), removed afterwards, also on
 * Ctrl-C; each run edits the deck's slide, waits for its fresh PDF, then
 * edits Marp's text copy of the same deck (the same slides' text and
 * typeface, which bench.ts also exports) and waits for Marp's, alternating
 * which goes first. The figure is from the save to the watcher's line saying
 * the PDF is written (Marp: its `=>` line naming the PDF).
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { DECK_FONT_FAMILY, DECK_FONT_WEIGHTS } from '../../lib/typography'
import { findChromium } from '../../node/browser'
import { loadDeck } from '../../node/deck-slides'
import { onExit, removeOnExit } from '../../node/on-exit'
import { markSlideHeading } from './edit'
import { marpDeckMarkdown } from './marp-deck'
import { ensureMarp } from './race'
import { median } from './stats'

interface Watcher {
  child: ChildProcess
  lines: () => string[]
  stop: () => Promise<void>
}

function startWatcher(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Watcher {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let text = ''
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => (text += chunk))
  }
  const exited = new Promise(done => child.on('exit', done))
  // In a process group of its own, which the terminal's Ctrl-C does not reach: ended with the race however it ends.
  const kill = onExit(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    }
    catch {}
  })
  return {
    child,
    lines: () => text.split('\n'),
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGINT')
      }
      catch {}
      await Promise.race([exited, new Promise(done => setTimeout(done, 10_000))])
      kill()
    },
  }
}

/** Waits until `watcher` has printed more than `count` lines matching `pattern`; resolves with the time it happened. */
async function nextLine(watcher: Watcher, pattern: RegExp, count: number, timeoutMs = 300_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (watcher.lines().filter(line => pattern.test(line)).length > count)
      return performance.now()
    if (watcher.child.exitCode !== null || Date.now() > deadline)
      throw new Error(`no line matching ${pattern}:\n${watcher.lines().slice(-20).join('\n')}`)
    await new Promise(done => setTimeout(done, 20))
  }
}

const count = (watcher: Watcher, pattern: RegExp) => watcher.lines().filter(line => pattern.test(line)).length

export interface WatchRace {
  deckMs: number[]
  marpMs: number[]
  /** Each run's deck / Marp. */
  ratios: number[]
  loadBefore: number[]
  loadAfter: number[]
}

export interface WatchRaceOptions {
  /** The project to copy: the user's, never written to. */
  projectRoot: string
  /** Counted runs, after one uncounted warm-up edit each. */
  runs: number
  /** Where each run's line goes. */
  say?: (line: string) => void
}

export async function watchRace({ projectRoot, runs, say = console.log }: WatchRaceOptions): Promise<WatchRace> {
  const chromium = await findChromium()
  if (!chromium)
    throw new Error('no Chromium to export with')
  const marp = ensureMarp(projectRoot)
  const work = mkdtempSync(join(tmpdir(), 'deck-watch-race-'))
  // Registered before the watchers, so that on Ctrl-C they are ended first and the folder removed after.
  const removeWork = removeOnExit(work)
  const deckDir = join(work, 'deck')
  const marpDir = join(work, 'marp')
  const watchers: Watcher[] = []
  const loadBefore = loadavg()
  try {
    const skip = /^\/(?:node_modules|\.git|dist|bench|test-results|\.slidev|slides-export|coverage)(?:\/|$)|\.(?:pdf|pptx)$/
    cpSync(projectRoot, deckDir, { recursive: true, filter: source => !skip.test(source.slice(projectRoot.length)) })
    symlinkSync(join(projectRoot, 'node_modules'), join(deckDir, 'node_modules'), 'dir')
    mkdirSync(marpDir)
    const { slides } = await loadDeck(join(deckDir, 'slides.md'))
    const fontDir = join(projectRoot, 'node_modules', 'pretendard', 'dist', 'web', 'static', 'woff2-subset')
    const fonts = DECK_FONT_WEIGHTS.map(weight => ({ weight, url: pathToFileURL(join(fontDir, `Pretendard-${weight === 700 ? 'Bold' : 'Regular'}.subset.woff2`)).href }))
    const marpFile = join(marpDir, 'deck.md')
    writeFileSync(marpFile, marpDeckMarkdown(slides, DECK_FONT_FAMILY, fonts))
    const target = slides.find(s => s.title && !s.file.endsWith('slides.md'))!
    const marpTitle = target.title!

    const deckDone = /deck\.pdf \(\d+ pages\) in /
    const marpDone = /=> .*deck\.pdf/
    // Each watcher has a temporary folder of its own inside the work folder, so that what either leaves there
    // (Marp's Chromium leaves its profile and its own folders) goes with the work folder. Short paths: under a
    // long one Chromium keeps its socket folder in the system's temporary folder.
    const tempOf = (name: string) => {
      const dir = join(work, name)
      mkdirSync(dir)
      return dir
    }
    const deck = startWatcher(process.execPath, ['--import', 'tsx', 'tools/commands/export.ts', '--watch', '--output', join(work, 'deck.pdf')], deckDir, { DECK_BUILD_CACHE: join(work, 'builds'), TMPDIR: tempOf('t1') })
    watchers.push(deck)
    const marpWatch = startWatcher(marp, ['deck.md', '--pdf', '--watch', '--allow-local-files', '--output', join(work, 'marp-deck.pdf')], marpDir, { CHROME_PATH: chromium.path, TMPDIR: tempOf('t2') })
    watchers.push(marpWatch)
    await nextLine(deck, deckDone, 0)
    await nextLine(marpWatch, marpDone, 0)

    const original = readFileSync(target.file, 'utf8')
    const marpOriginal = readFileSync(marpFile, 'utf8')
    const timeDeck = async (token: string) => {
      const before = count(deck, deckDone)
      const saved = performance.now()
      writeFileSync(target.file, markSlideHeading(original, target.line, target.title!, token))
      return (await nextLine(deck, deckDone, before)) - saved
    }
    const timeMarp = async (token: string) => {
      const before = count(marpWatch, marpDone)
      const saved = performance.now()
      writeFileSync(marpFile, marpOriginal.replace(`# ${marpTitle}`, `# ${marpTitle} ${token}`))
      return (await nextLine(marpWatch, marpDone, before)) - saved
    }
    const result: WatchRace = { deckMs: [], marpMs: [], ratios: [], loadBefore, loadAfter: [] }
    // A warm-up edit each, not counted: the first rebuild compiles what the first build did not need.
    await timeDeck('warmup')
    await timeMarp('warmup')
    for (let run = 0; run < runs; run++) {
      const token = `w${run}${Math.random().toString(36).slice(2, 6)}`
      await new Promise(done => setTimeout(done, 1000))
      let d: number, m: number
      if (run % 2 === 0) {
        d = await timeDeck(token)
        m = await timeMarp(token)
      }
      else {
        m = await timeMarp(token)
        d = await timeDeck(token)
      }
      result.deckMs.push(d)
      result.marpMs.push(m)
      result.ratios.push(d / m)
      say(`run ${run + 1}: export --watch ${(d / 1000).toFixed(2)} s, Marp --watch ${(m / 1000).toFixed(2)} s, ${(d / m).toFixed(2)}x (load ${loadavg().map(l => l.toFixed(2)).join(' ')})`)
    }
    result.loadAfter = loadavg()
    return result
  }
  finally {
    await Promise.all(watchers.map(w => w.stop()))
    removeWork()
  }
}

// Run as a script (not imported by the bench): the race on this project, its medians printed.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, out: { type: 'string' } } })
  watchRace({ projectRoot: resolve(import.meta.dirname, '../..'), runs: Number(values.runs) }).then((race) => {
    console.log(`export --watch ${(median(race.deckMs) / 1000).toFixed(2)} s, Marp --watch ${(median(race.marpMs) / 1000).toFixed(2)} s, median ratio ${median(race.ratios).toFixed(2)}x; load ${race.loadBefore.map(l => l.toFixed(2)).join(' ')} before, ${race.loadAfter.map(l => l.toFixed(2)).join(' ')} after`)
    if (values.out)
      writeFileSync(values.out, `${JSON.stringify(race, null, 2)}\n`)
  }, (error) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  })
}
