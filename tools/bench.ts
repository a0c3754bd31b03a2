/**
 * `npm run bench [-- --runs 5 --write-readme --skip export,dev --keep]`
 *
 * Times the deck's PDF export side by side with Slidev's own exporter and with
 * Marp CLI (on a text copy of the slides in the same typeface), runs
 * Lighthouse on slide 1 and the funding slide of the built deck and of Marp's
 * HTML of the same slides, and measures the deck against a plain Slidev deck
 * with the same number of slides,
 * generated here, each step interleaved deck/baseline so that both see the
 * same machine load; and times `npm run present -- --remote` to its links and
 * its position relay under a room's load. Works on a snapshot COPY of the project in a temp folder:
 * the user's files are never written to. Median of --runs runs after one warm-up.
 */
import type { Browser, Page } from 'playwright-core'
import type { ViteOverrides } from './bench/baseline-deck'
import type { LighthouseRun } from './bench/lighthouse'
import type { ProcEntry } from './bench/proc'
import type { ByteTotals } from './bench/resources'
import type { BenchResult, DeckFigures, Exporter, ExportRace, MeasuredPage, PageFigures, PageMeasures } from './bench/result'
import type { SlidevProcess } from './slidev'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { DECK_FONT_FAMILY, DECK_FONT_WEIGHTS } from '../lib/typography'
import { baselineDeckFiles, viteOverridesSource } from './bench/baseline-deck'
import { markSlideHeading } from './bench/edit'
import { formatReadmeSection, formatTable, replaceReadmeSection } from './bench/format'
import { ensureLighthouse, LIGHTHOUSE_VERSION, runLighthouse } from './bench/lighthouse'
import { marpDeckMarkdown } from './bench/marp-deck'
import { measurePresentRemote, RELAY_LOAD } from './bench/present'
import { parseProcStat, treeRssBytes } from './bench/proc'
import { addResponse, emptyTotals } from './bench/resources'
import { evaluateTargets, EXPORTERS, MEASURED_PAGES, typicalRun } from './bench/result'
import { sample } from './bench/stats'
import { findChromium, missingBrowserMessage, QUIET_CHROMIUM_ARGS } from './browser'
import { BUILD_CACHE_ENV } from './deck-build'
import { freePort } from './free-port'
import { DEFAULT_EXPORT_TIMEOUT_MS } from './print/export-deck'
import { EXPORT_STEPS_ENV, readExportSteps } from './print/steps'
import { outputTail, spawnTool } from './slidev'
import { loadDeck } from './talk/slides'

const STEPS = ['build', 'export', 'lighthouse', 'bytes', 'dev', 'edit', 'present'] as const
type Step = typeof STEPS[number]
type Kind = 'deck' | 'baseline'

const { values: options } = parseArgs({
  options: {
    'runs': { type: 'string', default: '5' },
    'write-readme': { type: 'boolean', default: false },
    'skip': { type: 'string', default: '' },
    'out': { type: 'string', default: 'bench/latest.json' },
    'edits': { type: 'string', default: '3' },
    'keep': { type: 'boolean', default: false },
  },
})

const runs = Number(options.runs)
const editsPerRun = Number(options.edits)
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(editsPerRun) || editsPerRun < 1) {
  console.error('--runs and --edits take a whole number >= 1')
  process.exit(1)
}
const skipped = new Set(options.skip.split(',').map(s => s.trim()).filter(Boolean))
for (const step of skipped) {
  if (!(STEPS as readonly string[]).includes(step)) {
    console.error(`--skip knows ${STEPS.join(', ')}; got "${step}"`)
    process.exit(1)
  }
}
const doing = (step: Step) => !skipped.has(step)

const projectRoot = process.cwd()
/**
 * Slidev is started through the deck folder's own node_modules link: started from
 * the project's path it would judge itself "installed globally" (its bin lies
 * outside the deck) and change its Vite set-up.
 */
const SAMPLE_EVERY_MS = 100
const STEP_TIMEOUT_MS = 300_000
/** Slidev's client loads every slide's module this long after the deck shows (SlidesShow.vue, "preload all slides after 3s"). */
const SLIDEV_PRELOAD_ALL_MS = 3000

// ---------------------------------------------------------------- processes

/** Every Slidev the benchmark has running, so that Ctrl-C ends them all. */
const running = new Set<SlidevProcess>()

function cleanupAndExit(code: number): never {
  for (const slidev of running)
    slidev.stop('SIGKILL')
  process.exit(code)
}
process.on('SIGINT', () => cleanupAndExit(130))
process.on('SIGTERM', () => cleanupAndExit(143))

const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096
  }
  catch {
    return 4096
  }
})()

function procSnapshot(): ProcEntry[] {
  const entries: ProcEntry[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name))
      continue
    try {
      const entry = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'))
      if (entry)
        entries.push(entry)
    }
    catch {} // the process ended between readdir and read
  }
  return entries
}

const canSampleMemory = existsSync('/proc/self/stat')

interface Finished {
  ms: number
  peakRssBytes: number | undefined
  output: string
}

/** Starts a command in `dir` (see spawnTool) and keeps it in `running` until it exits. */
function startTool(command: string, args: string[], dir: string, env: NodeJS.ProcessEnv = {}): SlidevProcess {
  const tool = spawnTool(command, args, dir, env)
  running.add(tool)
  void tool.exited.then(() => running.delete(tool))
  return tool
}

/** Starts Slidev in `dir` (see spawnSlidev) and keeps it in `running` until it exits. */
function startSlidev(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): SlidevProcess {
  return startTool(join(dir, 'node_modules', '.bin', 'slidev'), args, dir, env)
}

/** Runs `slidev <args>` to completion, timing it and sampling its process tree's summed RSS. */
async function runMeasured(label: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  return runMeasuredCommand(label, join(cwd, 'node_modules', '.bin', 'slidev'), args, cwd, env)
}

/** Runs a command to completion, timing it and sampling its process tree's summed RSS. */
async function runMeasuredCommand(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  const start = performance.now()
  const { child, output, exited, stop } = startTool(command, args, cwd, env)
  let peak = 0
  const sampler = canSampleMemory
    ? setInterval(() => {
        if (child.pid !== undefined)
          peak = Math.max(peak, treeRssBytes(child.pid, procSnapshot(), PAGE_SIZE))
      }, SAMPLE_EVERY_MS)
    : undefined
  const timer = setTimeout(stop, STEP_TIMEOUT_MS, 'SIGKILL')
  const code = await exited
  const ms = performance.now() - start
  clearInterval(sampler)
  clearTimeout(timer)
  if (code !== 0)
    throw new Error(`${label} failed (exit ${code}):\n${outputTail(output(), 25)}`)
  return { ms, peakRssBytes: canSampleMemory ? peak : undefined, output: output() }
}

function dirBytes(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    total += stat.isDirectory() ? dirBytes(path) : stat.size
  }
  return total
}

function pdfPages(pdf: string): number | undefined {
  try {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const match = /^Pages:\s+(\d+)/m.exec(info)
    return match ? Number(match[1]) : undefined
  }
  catch {
    return undefined // poppler not installed: page count is a sanity check only
  }
}

const sleep = (ms: number) => new Promise(done => setTimeout(done, ms))

// ---------------------------------------------------------------- the two decks

const EXCLUDED_FROM_COPY = new Set(['node_modules', '.git', 'dist', 'bench', '.slidev', 'test-results', 'slides-export', 'coverage'])

/**
 * Vite's dependency cache goes to node_modules/.vite by default, and node_modules
 * is shared by link: each deck and each step (dev, export) gets its own cache
 * folder instead, so that they do not evict one another and "warm" means warm.
 */
const CACHE_ENV = 'BENCH_VITE_CACHE_DIR'

/**
 * node_modules is linked, so Vite sees its files outside the deck folder and
 * would refuse to serve them (fonts, for one) unless allowed, as they are when
 * node_modules lies inside the project.
 */
function overrides(): ViteOverrides {
  return { cacheDirEnv: CACHE_ENV, allow: [realpathSync(join(projectRoot, 'node_modules'))] }
}

function wrapProjectViteConfig(dir: string): void {
  const config = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs'].find(name => existsSync(join(dir, name)))
  const extra = viteOverridesSource(overrides())
  if (!config) {
    writeFileSync(join(dir, 'vite.config.ts'), `import { defineConfig } from 'vite'\n\nexport default defineConfig(${extra})\n`)
    return
  }
  const ext = config.slice('vite.config'.length)
  renameSync(join(dir, config), join(dir, `vite.config.project${ext}`))
  writeFileSync(join(dir, config), [
    `import { defineConfig, mergeConfig, type UserConfig } from 'vite'`,
    `import project from './vite.config.project'`,
    '',
    'export default defineConfig(async (env) => {',
    '  const base: UserConfig = typeof project === \'function\' ? await project(env) : await project',
    `  return mergeConfig(base, ${extra})`,
    '})',
    '',
  ].join('\n'))
}

function copyProject(into: string): void {
  cpSync(projectRoot, into, {
    recursive: true,
    filter: (source) => {
      const rel = relative(projectRoot, source)
      if (rel === '')
        return true
      const top = rel.split(/[\\/]/)[0]!
      return !EXCLUDED_FROM_COPY.has(top) && !/\.(?:pdf|pptx)$/i.test(source)
    },
  })
  symlinkSync(join(projectRoot, 'node_modules'), join(into, 'node_modules'), 'dir')
  wrapProjectViteConfig(into)
}

function writeBaseline(into: string, slides: number): void {
  for (const [path, text] of Object.entries(baselineDeckFiles(slides, overrides()))) {
    const target = join(into, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(into, 'node_modules'), 'dir')
}

interface EditTarget {
  file: string
  line: number
  title: string
  no: number
}

/** A slide to edit: the first with a title outside the entry file (as an author edits slides/*.md), else any. */
async function editTargets(dir: string): Promise<EditTarget[]> {
  const { slides } = await loadDeck(join(dir, 'slides.md'))
  const titled = slides.filter(s => s.title)
  const outside = titled.filter(s => basename(s.file) !== 'slides.md' || dirname(s.file) !== dir)
  return [...outside, ...titled.filter(s => !outside.includes(s))]
    .map(s => ({ file: s.file, line: s.line, title: s.title!, no: s.no }))
    .filter((target) => {
      // A title set in frontmatter need not match the heading; only slides whose heading can be marked are usable.
      try {
        markSlideHeading(readFileSync(target.file, 'utf8'), target.line, target.title, 'probe')
        return true
      }
      catch {
        return false
      }
    })
}

// ---------------------------------------------------------------- browser measurements

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  return context.newPage()
}

/** Records every response's body size by resource type; idle() waits until nothing is in flight for a while. */
function recordBytes(page: Page) {
  let totals = emptyTotals()
  let inFlight = 0
  let lastChange = performance.now()
  page.on('request', () => {
    inFlight++
    lastChange = performance.now()
  })
  page.on('requestfinished', async (request) => {
    try {
      const sizes = await request.sizes()
      totals = addResponse(totals, request.resourceType(), sizes.responseBodySize)
    }
    finally {
      inFlight--
      lastChange = performance.now()
    }
  })
  page.on('requestfailed', () => {
    inFlight--
    lastChange = performance.now()
  })
  return {
    snapshot: (): ByteTotals => ({ ...totals }),
    idle: async (quietMs = 500, timeoutMs = 60_000) => {
      const until = performance.now() + timeoutMs
      while (performance.now() < until) {
        if (inFlight === 0 && performance.now() - lastChange >= quietMs)
          return
        await sleep(50)
      }
      throw new Error('network did not settle')
    },
  }
}

async function waitForSlide(page: Page, no: number, timeout = 60_000): Promise<void> {
  await page.locator(`.slidev-page-${no}`).first().waitFor({ state: 'visible', timeout })
}

async function measureBytes(browser: Browser, dist: string, slides: number): Promise<{ first: ByteTotals, every: ByteTotals }> {
  const { serveStatic } = await import('./static-server')
  const server = await serveStatic(dist)
  const page = await newPage(browser)
  try {
    const bytes = recordBytes(page)
    await page.goto(`${server.url}1`)
    await waitForSlide(page, 1)
    await page.evaluate(() => document.fonts.ready)
    await bytes.idle()
    const first = bytes.snapshot()
    for (let no = 2; no <= slides; no++) {
      // ArrowDown is Slidev's "next slide" (skipping click steps); the page stays, as when presenting.
      await page.keyboard.press('ArrowDown')
      await page.waitForURL(url => new URL(url).pathname.replace(/\/$/, '').endsWith(`/${no}`), { timeout: 30_000 })
      await waitForSlide(page, no)
      await page.evaluate(() => document.fonts.ready)
      await bytes.idle(300)
    }
    await page.evaluate(() => document.fonts.ready)
    await bytes.idle()
    return { first, every: bytes.snapshot() }
  }
  finally {
    await page.context().close()
    await server.close()
  }
}

interface DevFigures {
  answerMs: number
  visibleMs: number
  editMs: number[]
}

/** Starts `slidev --port <free> --open false`, times the first answer and the first visible heading, then times saved edits. */
async function measureDev(browser: Browser, dir: string, edit: EditTarget | undefined, edits: number, tag: string): Promise<DevFigures> {
  const port = await freePort()
  const start = performance.now()
  const { child, output, exited, stop } = startSlidev(dir, ['--port', String(port), '--open', 'false'], { [CACHE_ENV]: '.bench-vite-cache/dev' })
  const original = edit ? readFileSync(edit.file, 'utf8') : undefined
  let page: Page | undefined
  try {
    const url = `http://localhost:${port}`
    let answerMs: number | undefined
    while (answerMs === undefined) {
      if (child.exitCode !== null)
        throw new Error(`dev server exited (${child.exitCode}):\n${output()}`)
      if (performance.now() - start > STEP_TIMEOUT_MS)
        throw new Error(`dev server did not answer:\n${output()}`)
      try {
        await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) })
        answerMs = performance.now() - start
      }
      catch {
        await sleep(20)
      }
    }
    page = await newPage(browser)
    // An update sent before the page's HMR socket connects is lost, so edits wait for Vite's "connected".
    const hmr = { connected: false }
    page.on('console', (message) => {
      if (message.text().includes('[vite] connected'))
        hmr.connected = true
      if (process.env.BENCH_DEBUG)
        console.log(`  page ${message.type()}: ${message.text()}`)
    })
    await page.goto(`${url}/1`, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS })
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS })
    const visibleMs = performance.now() - start

    const editMs: number[] = []
    if (edit && original !== undefined) {
      await page.waitForLoadState('networkidle')
      hmr.connected = false
      const network = recordBytes(page)
      await page.goto(`${url}/${edit.no}`, { waitUntil: 'networkidle' })
      const loadedAt = performance.now()
      await page.locator(`.slidev-page-${edit.no}`).first().waitFor({ state: 'visible', timeout: 60_000 })
      await page.evaluate(() => document.fonts.ready)
      const connectBy = performance.now() + 60_000
      while (!hmr.connected && performance.now() < connectBy)
        await sleep(50)
      if (!hmr.connected)
        throw new Error('the page never connected to Vite\'s HMR socket')
      // Edits are timed in an open deck at rest, as an author edits: after Slidev's preloading of
      // every other slide (started SLIDEV_PRELOAD_ALL_MS after the page shows) has been fetched.
      await sleep(Math.max(0, loadedAt + SLIDEV_PRELOAD_ALL_MS + 500 - performance.now()))
      await network.idle(1000, STEP_TIMEOUT_MS)
      for (let index = 0; index < edits; index++) {
        const token = `bench${tag}x${index}x${Math.random().toString(36).slice(2, 8)}`
        const text = markSlideHeading(original, edit.line, edit.title, token)
        const saved = performance.timeOrigin + performance.now()
        writeFileSync(edit.file, text)
        // Checked on every animation frame: the time returned is that of the first frame that holds the new text.
        const handle = await page.waitForFunction(token => document.body.textContent?.includes(token) && performance.timeOrigin + performance.now(), token, { timeout: 30_000, polling: 'raf' })
          .catch(async (error: unknown) => {
            const shown = await page!.evaluate(token => document.body.textContent?.includes(token), token).catch(() => 'page gone')
            throw new Error(`edit of ${edit.file}:${edit.line} not seen (token in page: ${shown}): ${error instanceof Error ? error.message : error}\n${output()}`)
          })
        editMs.push(Number(await handle.jsonValue()) - saved)
        await sleep(500)
      }
    }
    return { answerMs, visibleMs, editMs }
  }
  finally {
    if (page)
      await page.context().close()
    stop()
    await Promise.race([exited, sleep(10_000)])
    stop('SIGKILL')
    // The copy goes back to what it was, so that later exports see the deck unchanged.
    if (edit && original !== undefined)
      writeFileSync(edit.file, original)
  }
}

// ---------------------------------------------------------------- the export race

const MARP_VERSION = '4.5.1'
const MARP_CLI = `@marp-team/marp-cli@${MARP_VERSION}`

/**
 * Marp CLI for the benchmark only (not a dependency of the deck): installed
 * once from the npm registry into node_modules/.cache, outside the lockfile.
 */
function ensureMarp(): string {
  const dir = join(projectRoot, 'node_modules', '.cache', 'sovereign-ai-deck', `marp-cli-${MARP_VERSION}`)
  const bin = join(dir, 'node_modules', '.bin', 'marp')
  if (!existsSync(bin)) {
    console.log(`Installing ${MARP_CLI} into ${relative(projectRoot, dir)} for the export comparison`)
    mkdirSync(dir, { recursive: true })
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', MARP_CLI], { stdio: 'inherit' })
  }
  return bin
}

/** The deck's typeface files, one per weight, as the Marp copies load them. */
function deckFontFiles(): { weight: number, file: string }[] {
  const fontDir = join(projectRoot, 'node_modules', 'pretendard', 'dist', 'web', 'static', 'woff2-subset')
  return DECK_FONT_WEIGHTS.map(weight => ({ weight, file: join(fontDir, `Pretendard-${weight === 700 ? 'Bold' : 'Regular'}.subset.woff2`) }))
}

// ---------------------------------------------------------------- Lighthouse

/** Marp's HTML of the same slides' text, in the same typeface (its font files beside it), in `dir`, ready to serve. */
async function writeMarpHtml(dir: string, deckDir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const { slides } = await loadDeck(join(deckDir, 'slides.md'))
  const fonts = deckFontFiles().map((font) => {
    cpSync(font.file, join(dir, basename(font.file)))
    return { weight: font.weight, url: `./${basename(font.file)}` }
  })
  writeFileSync(join(dir, 'deck.md'), marpDeckMarkdown(slides, DECK_FONT_FAMILY, fonts))
  const done = await runMeasuredCommand('marp html', ensureMarp(), ['deck.md', '--output', 'index.html'], dir)
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`marp wrote no index.html:\n${outputTail(done.output)}`)
}

/** The slide showing the funding structure (the one that places <FundingChart />). */
async function fundingSlide(deckDir: string): Promise<number | undefined> {
  const { slides } = await loadDeck(join(deckDir, 'slides.md'))
  return slides.find(slide => /<FundingChart\b/.test(slide.content))?.no
}

/** The four pages Lighthouse measures, each with its address on its own static server. */
async function preparePages(work: string, deckDir: string, deckDist: () => string) {
  const lighthouse = ensureLighthouse(projectRoot)
  const marpDir = join(work, 'marp-html')
  await writeMarpHtml(marpDir, deckDir)
  const funding = await fundingSlide(deckDir)
  const paths: Record<MeasuredPage, string | undefined> = {
    deckFirst: '/1',
    deckFunding: funding ? `/${funding}` : undefined,
    // Marp's HTML shows slide N at #N.
    marpFirst: '/#1',
    marpFunding: funding ? `/#${funding}` : undefined,
  }
  return {
    lighthouse,
    paths,
    /** One Lighthouse run of each page, in an order that starts elsewhere each run. */
    measure: async (run: number, chromium: string): Promise<Partial<Record<MeasuredPage, LighthouseRun>>> => {
      const { serveStatic } = await import('./static-server')
      // Compressed, as `npm run present` and `npm run preview` serve the deck (tools/compressed-files.ts); Marp's HTML alike.
      const deck = await serveStatic(deckDist(), { compress: true })
      const marp = await serveStatic(marpDir, { compress: true })
      try {
        const pages = MEASURED_PAGES.filter(page => paths[page])
        const turn = [...pages.slice(run % pages.length), ...pages.slice(0, run % pages.length)]
        const runs: Partial<Record<MeasuredPage, LighthouseRun>> = {}
        for (const page of turn) {
          const server = page.startsWith('deck') ? deck : marp
          runs[page] = await runLighthouse(lighthouse, new URL(paths[page]!.slice(1), server.url).toString(), chromium)
        }
        return runs
      }
      finally {
        await deck.close()
        await marp.close()
      }
    },
  }
}

/** The four exporters, ready to run: each call exports the deck (or Marp's text copy of it) to `pdf`. */
async function prepareExportRace(work: string, deckDir: string, chromium: string) {
  const marp = ensureMarp()
  const marpDir = join(work, 'marp')
  mkdirSync(marpDir, { recursive: true })
  const { slides } = await loadDeck(join(deckDir, 'slides.md'))
  const fonts = deckFontFiles().map(font => ({ weight: font.weight, url: pathToFileURL(font.file).href }))
  writeFileSync(join(marpDir, 'deck.md'), marpDeckMarkdown(slides, DECK_FONT_FAMILY, fonts))
  const edit = (await editTargets(deckDir))[0]
  if (!edit)
    throw new Error('no slide heading to edit for the "export after an edit" measure')
  // The copy's builds go to a cache of their own: its edits would otherwise evict the user's builds.
  const cache = { [BUILD_CACHE_ENV]: join(work, 'build-cache') }
  // The export reports how long each of its steps took (tools/print/steps.ts).
  // As package.json's `export` script runs it.
  const ours = (label: string, pdf: string) => runMeasuredCommand(label, process.execPath, ['--import', 'tsx', 'tools/export.ts', '--output', pdf], deckDir, { ...cache, [EXPORT_STEPS_ENV]: '1' })
  return {
    run: async (exporter: Exporter, pdf: string, tag: string): Promise<Finished> => {
      if (exporter === 'warm')
        return ours('export, build up to date', pdf)
      if (exporter === 'edited') {
        const original = readFileSync(edit.file, 'utf8')
        writeFileSync(edit.file, markSlideHeading(original, edit.line, edit.title, `bench${tag}${Math.random().toString(36).slice(2, 8)}`))
        try {
          return await ours('export after an edit', pdf)
        }
        finally {
          writeFileSync(edit.file, original)
        }
      }
      if (exporter === 'slidev')
        return runMeasured('slidev export', ['export', '--executable-path', chromium, '--output', pdf, '--timeout', String(DEFAULT_EXPORT_TIMEOUT_MS)], deckDir, { [CACHE_ENV]: '.bench-vite-cache/export' })
      return runMeasuredCommand('marp', marp, ['deck.md', '--pdf', '--allow-local-files', '--output', pdf], marpDir, { CHROME_PATH: chromium })
    },
  }
}

// ---------------------------------------------------------------- the run

interface Collected {
  buildMs: number[]
  buildRss: number[]
  devAnswerMs: number[]
  devVisibleMs: number[]
  editMs: number[]
  presentStartMs: number[]
  presentFirstStartMs?: number
  relayWorstMs: number[]
  distBytes?: number
  fetch?: { first: ByteTotals, every: ByteTotals }
}

function toFigures(c: Collected): DeckFigures {
  const maybe = (values: number[]) => values.length > 0 ? sample(values) : undefined
  return {
    buildMs: maybe(c.buildMs),
    buildPeakRssBytes: maybe(c.buildRss),
    distBytes: c.distBytes,
    fetchFirstSlide: c.fetch?.first,
    fetchEverySlide: c.fetch?.every,
    devFirstAnswerMs: maybe(c.devAnswerMs),
    devFirstSlideMs: maybe(c.devVisibleMs),
    editVisibleMs: maybe(c.editMs),
    presentStartMs: maybe(c.presentStartMs),
    presentFirstStartMs: c.presentFirstStartMs,
    relayWorstMs: maybe(c.relayWorstMs),
  }
}

async function main(): Promise<void> {
  const date = new Date().toISOString()
  const loadBefore = loadavg()
  const deckInfo = await loadDeck(join(projectRoot, 'slides.md'))
  for (const error of deckInfo.errors)
    console.warn(`warning: ${error.file}:${error.line}: ${error.message}`)
  const slides = deckInfo.slides.length
  if (slides < 1)
    throw new Error('the deck has no slides')

  const found = await findChromium()
  if (!found)
    throw new Error(missingBrowserMessage())

  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const dirs: Record<Kind, string> = { deck: join(work, 'deck'), baseline: join(work, 'baseline') }
  copyProject(dirs.deck)
  mkdirSync(dirs.baseline)
  writeBaseline(dirs.baseline, slides)
  console.log(`Benchmarking ${slides} slides against a plain deck of ${slides}; work folder ${work}`)

  const browser = await chromium.launch({ executablePath: found.path, args: QUIET_CHROMIUM_ARGS })
  const collected: Record<Kind, Collected> = {
    deck: { buildMs: [], buildRss: [], devAnswerMs: [], devVisibleMs: [], editMs: [], presentStartMs: [], relayWorstMs: [] },
    baseline: { buildMs: [], buildRss: [], devAnswerMs: [], devVisibleMs: [], editMs: [], presentStartMs: [], relayWorstMs: [] },
  }
  const deckEdit = doing('edit') ? (await editTargets(dirs.deck))[0] : undefined
  const baselineTargets = doing('edit') ? await editTargets(dirs.baseline) : []
  // The baseline's edit goes to the slide with the same number, so both pages show the same position.
  const edits: Record<Kind, EditTarget | undefined> = {
    deck: deckEdit,
    baseline: baselineTargets.find(t => t.no === deckEdit?.no) ?? baselineTargets[0],
  }

  const pageRuns: Partial<Record<MeasuredPage, LighthouseRun[]>> = {}
  const pages = doing('lighthouse') ? await preparePages(work, dirs.deck, () => join(work, 'dist-deck')) : undefined
  const raceMs: Record<Exporter, number[]> = { warm: [], edited: [], slidev: [], marp: [] }
  const raceSteps: Partial<Record<Exporter, Record<string, number[]>>> = {}
  const racePages: Partial<Record<Exporter, number>> = {}
  const race = doing('export') ? await prepareExportRace(work, dirs.deck, found.path) : undefined

  // A step that fails for one deck (another author's slide breaking the build, say) is reported and
  // not retried; the other steps still run, so one broken step does not cost the whole benchmark.
  // A second failure of the same step gives it up; a first one (say, a timeout under load) is tried again next run.
  const failures = new Map<string, { count: number, message: string }>()
  async function attempt(step: Step, kind: Kind, body: () => Promise<void>): Promise<void> {
    const key = `${kind} ${step}`
    const failed = failures.get(key)
    if (failed && failed.count >= 2)
      return
    try {
      await body()
    }
    catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const count = (failed?.count ?? 0) + 1
      failures.set(key, { count, message: message.split('\n')[0]! })
      console.error(`${key} failed (${count === 1 ? 'will try again next run' : 'skipped from now on'}):\n${message}`)
    }
  }

  function currentResult(completedRuns: number): BenchResult {
    const deck = toFigures(collected.deck)
    const baseline = toFigures(collected.baseline)
    const measured = EXPORTERS.filter(exporter => raceMs[exporter].length > 0)
    const exportRace: ExportRace | undefined = measured.length
      ? {
          ms: Object.fromEntries(measured.map(exporter => [exporter, sample(raceMs[exporter])])),
          pages: racePages,
          steps: Object.fromEntries(Object.entries(raceSteps).map(([exporter, steps]) => [exporter, Object.fromEntries(Object.entries(steps).map(([step, values]) => [step, sample(values)]))])),
        }
      : undefined
    const measuredPages = MEASURED_PAGES.filter(page => pageRuns[page]?.length)
    const pageMeasures: PageMeasures | undefined = pages && measuredPages.length
      ? {
          lighthouse: LIGHTHOUSE_VERSION,
          pages: Object.fromEntries(measuredPages.map((page): [MeasuredPage, PageFigures] => {
            const runs = pageRuns[page]!
            return [page, {
              path: pages.paths[page]!,
              performance: sample(runs.map(r => r.performance)),
              accessibility: sample(runs.map(r => r.accessibility)),
              totalBlockingTimeMs: sample(runs.map(r => r.totalBlockingTimeMs)),
              transferBytes: sample(runs.map(r => r.transferBytes)),
              largestContentfulPaintMs: sample(runs.map(r => r.largestContentfulPaintMs)),
              typical: typicalRun(runs),
            }]
          })),
        }
      : undefined
    const result: BenchResult = {
      date,
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryBytes: totalmem(),
        node: process.version,
        platform: `${platform()} ${release()}`,
        loadBefore,
        loadAfter: loadavg(),
      },
      runs: completedRuns,
      slides,
      deck,
      baseline,
      exportRace,
      pageMeasures,
      targets: evaluateTargets(deck, baseline, slides, exportRace, pageMeasures),
      notes: [
        `Peak memory: the largest sum of RSS over the process tree (the Slidev process and every process it started, Chromium included), sampled from /proc every ${SAMPLE_EVERY_MS} ms; pages shared between processes count once per process, so it overstates.`,
        `Edit: ${editsPerRun} saves per run into a copy of the deck's slide file, timed to the first frame after the text is in the page; the figure is the median of all saves. Saves begin once the open page is at rest: Slidev's preloading of every slide, which starts ${SLIDEV_PRELOAD_ALL_MS / 1000} s after the page shows, has finished and the network has been quiet for 1 s.`,
        'Bytes: response body sizes seen by Chromium against the static build served without compression; "every slide" adds slides 2 to the last, reached with the next-slide key in the same page.',
        ...(pageMeasures ? [`Lighthouse ${LIGHTHOUSE_VERSION}: desktop preset with no throttling (the machine as it is), performance and accessibility categories, one run of each page per counted run in a turn that starts with a different page each run; the deck's build and Marp's HTML (the slides' text in the same typeface, its fonts beside it) each served by tools/static-server.ts compressed as \`npm run present\` serves it (Brotli). "Transferred" is Lighthouse's total byte weight, which counts what the page fetches until it is quiet.`] : []),
        ...(completedRuns < runs ? [`Only ${completedRuns} of the ${runs} runs asked for had finished when these figures were written.`] : []),
        ...(skipped.size > 0 ? [`Skipped: ${[...skipped].join(', ')}.`] : []),
        ...[...failures].map(([key, { count, message }]) => `Failed ${count} time(s): ${key}: ${message}`),
        `Present: \`npm run present -- --remote\` in the copy, timed from its start to its last line of links; the warm-up's start makes both builds (the presenter's, the audience's without notes), every later start finds them cached. Relay: on that server, ${RELAY_LOAD.followers} audience WebSockets through the gate, and a presenter's that moves ${RELAY_LOAD.moves} times, each move once every follower has the one before; the figure is the largest delay from a move's send to a follower's receipt.`,
        'Export: each exporter runs as the whole command a user types, in a copy of the deck, one after another in a turn that starts with a different one each run. "After an edit" changes one slide\'s heading first (so the build is redone) and restores it after.',
        ...EXPORTERS.filter(exporter => racePages[exporter] !== undefined && racePages[exporter] !== slides)
          .map(exporter => `The ${exporter} export's PDF has ${racePages[exporter]} pages for ${slides} slides.`),
      ],
    }
    return result
  }

  /** Written after every counted run, so that a run stopped early still leaves its figures so far. */
  function writeOutputs(result: BenchResult, final: boolean): void {
    const out = resolve(projectRoot, options.out)
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
    if (options['write-readme']) {
      const readmePath = join(projectRoot, 'README.md')
      writeFileSync(readmePath, replaceReadmeSection(readFileSync(readmePath, 'utf8'), formatReadmeSection(result)))
    }
    if (final)
      console.log(`\n${formatTable(result)}\n\nWrote ${relative(projectRoot, out)}${options['write-readme'] ? ' and the README\'s bench section' : ''}`)
    else
      console.log(`  (figures of ${result.runs} run(s) so far written to ${relative(projectRoot, out)})`)
  }

  try {
    // Run 0 is the warm-up: it fills Vite's caches and the OS file cache, and is not counted.
    for (let run = 0; run <= runs; run++) {
      const counted = run > 0
      // Alternate which deck goes first so that neither always meets the other's leftovers.
      const order: Kind[] = run % 2 === 0 ? ['deck', 'baseline'] : ['baseline', 'deck']
      const say = (what: string) => console.log(`[${counted ? `run ${run}/${runs}` : 'warm-up'}] ${what}`)

      if (doing('build') || doing('bytes')) {
        for (const kind of order) {
          await attempt('build', kind, async () => {
            const out = join(work, `dist-${kind}`)
            rmSync(out, { recursive: true, force: true })
            const done = await runMeasured(`${kind} build`, ['build', '--out', out], dirs[kind])
            say(`${kind} build ${(done.ms / 1000).toFixed(1)} s`)
            if (counted) {
              collected[kind].buildMs.push(done.ms)
              if (done.peakRssBytes !== undefined)
                collected[kind].buildRss.push(done.peakRssBytes)
              collected[kind].distBytes = dirBytes(out)
            }
            // Bytes fetched do not vary from run to run: measured once, on the warm-up's build.
            if (!counted && doing('bytes')) {
              await attempt('bytes', kind, async () => {
                const fetched = await measureBytes(browser, out, slides)
                collected[kind].fetch = fetched
                say(`${kind} bytes: slide 1 ${fetched.first.total}, every slide ${fetched.every.total} (fonts ${fetched.every.font})`)
              })
            }
          })
        }
      }

      if (counted && pages) {
        await attempt('lighthouse', 'deck', async () => {
          if (!existsSync(join(work, 'dist-deck', 'index.html')))
            await runMeasured('deck build', ['build', '--out', join(work, 'dist-deck')], dirs.deck)
          const runs = await pages.measure(run, found.path)
          for (const [page, figures] of Object.entries(runs) as [MeasuredPage, LighthouseRun][])
            (pageRuns[page] ??= []).push(figures)
          say(`lighthouse: ${Object.entries(runs).map(([page, r]) => `${page} ${r.performance}/${r.accessibility}, TBT ${Math.round(r.totalBlockingTimeMs)} ms, ${Math.round(r.transferBytes / 1024)} KiB`).join('; ')}`)
        })
      }

      if (doing('export') && race) {
        // Each run starts with a different exporter, so that none always follows the same one.
        const turn = [...EXPORTERS.slice(run % EXPORTERS.length), ...EXPORTERS.slice(0, run % EXPORTERS.length)]
        for (const exporter of turn) {
          await attempt('export', 'deck', async () => {
            const pdf = join(work, `export-${exporter}.pdf`)
            rmSync(pdf, { force: true })
            const done = await race.run(exporter, pdf, `${run}`)
            const pages = pdfPages(pdf)
            say(`export, ${exporter}: ${(done.ms / 1000).toFixed(2)} s, ${pages ?? '?'} pages`)
            if (counted) {
              raceMs[exporter].push(done.ms)
              racePages[exporter] = pages
              for (const [step, ms] of Object.entries(readExportSteps(done.output) ?? {}))
                ((raceSteps[exporter] ??= {})[step] ??= []).push(ms)
            }
          })
        }
      }

      if (doing('dev') || doing('edit')) {
        for (const kind of order) {
          await attempt('dev', kind, async () => {
            const dev = await measureDev(browser, dirs[kind], edits[kind], editsPerRun, `${run}${kind[0]}`)
            say(`${kind} dev: first answer ${(dev.answerMs / 1000).toFixed(2)} s, first slide ${(dev.visibleMs / 1000).toFixed(2)} s${dev.editMs.length ? `, edits ${dev.editMs.map(ms => Math.round(ms)).join(' ')} ms` : ''}`)
            if (counted) {
              if (doing('dev')) {
                collected[kind].devAnswerMs.push(dev.answerMs)
                collected[kind].devVisibleMs.push(dev.visibleMs)
              }
              collected[kind].editMs.push(...dev.editMs)
            }
          })
        }
      }
      if (doing('present')) {
        await attempt('present', 'deck', async () => {
          // A cache of its own: the warm-up's start makes both builds, every later one finds them.
          const figures = await measurePresentRemote(dirs.deck, startTool, { [BUILD_CACHE_ENV]: join(work, 'present-cache') }, STEP_TIMEOUT_MS)
          say(`present --remote: links in ${(figures.startMs / 1000).toFixed(2)} s${figures.built ? ' (built)' : ''}, relay worst delay ${figures.relay.worstMs.toFixed(1)} ms`)
          if (figures.built)
            collected.deck.presentFirstStartMs = figures.startMs
          else if (counted)
            collected.deck.presentStartMs.push(figures.startMs)
          if (counted)
            collected.deck.relayWorstMs.push(figures.relay.worstMs)
        })
      }
      if (counted && run < runs)
        writeOutputs(currentResult(run), false)
    }
  }
  finally {
    await browser.close()
    if (!options.keep)
      rmSync(work, { recursive: true, force: true })
  }

  writeOutputs(currentResult(runs), true)
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  cleanupAndExit(1)
})
