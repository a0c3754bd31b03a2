/**
 * `npm run bench [-- --runs 5 --write-docs --skip export,dev --keep]`
 *
 * Times the deck's PDF export side by side with Slidev's own exporter and with
 * Marp CLI (on a text copy of the slides in the same typeface), runs
 * Lighthouse on slide 1 and the funding slide of the built deck and of Marp's
 * HTML of the same slides, and measures the deck against a plain Slidev deck
 * with the same number of slides, generated here, each step interleaved
 * deck/baseline so that both see the same machine load; and times
 * `npm run present -- --remote` to its links and its position relay under a
 * room's load; and times `npm run export -- --watch` against Marp's `--watch`
 * from a saved edit to the PDF written. Works on a snapshot COPY of the
 * project in a temp folder: the user's files are never written to. Median of
 * --runs runs after one warm-up.
 *
 * The steps are below, one function each; what they measure with is in tools/bench/.
 */
import type { Browser } from 'playwright-core'
import type { BenchState, Kind } from '../bench/collect'
import type { EditTarget } from '../bench/copies'
import type { LighthouseRun } from '../bench/lighthouse'
import type { BenchResult, MeasuredPage } from '../bench/result'
import type { Step } from '../bench/steps'
import type { Values } from '../command'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { findChromium, missingBrowserMessage } from '../../node/browser'
import { launchChromium } from '../../node/chromium'
import { loadDeck } from '../../node/deck-slides'
import { removeOnExit } from '../../node/on-exit'
import { measureBytes, measureDev } from '../bench/browse'
import { benchResult, emptyCollected } from '../bench/collect'
import { copyProject, editTargets, writeBaseline } from '../bench/copies'
import { formatReadmeSection, formatTable, replaceReadmeSection } from '../bench/format'
import { measurePresentRemote } from '../bench/present'
import { dirBytes, pdfPages, runMeasured, STEP_TIMEOUT_MS } from '../bench/processes'
import { prepareExportRace, preparePages } from '../bench/race'
import { EXPORTERS } from '../bench/result'
import { skippedSteps, STEPS } from '../bench/steps'
import { watchRace } from '../bench/watch-race'
import { flagOption, runCommand, UsageError } from '../command'
import { BUILD_CACHE_ENV } from '../deck-build'
import { readExportSteps } from '../print/steps'
import { spawnTool } from '../slidev'

const BENCH_COMMAND = {
  run: 'npm run bench',
  summary: 'Measures the deck (build, export against Slidev\'s and Marp\'s, Lighthouse, bytes, dev server, edits, present, export --watch against Marp\'s) against a plain Slidev deck, in a copy of the project; median of --runs runs after a warm-up. Takes about an hour at 5 runs.',
  options: {
    'runs': { type: 'string', default: '5', value: 'N', help: 'Counted runs.' },
    'edits': { type: 'string', default: '3', value: 'N', help: 'Saved edits timed per run.' },
    'skip': { type: 'string', default: '', value: 'STEPS', help: `Steps to leave out, comma-separated: ${STEPS.join(', ')}.` },
    'out': { type: 'string', default: 'bench/latest.json', value: 'FILE', help: 'Where the figures go (after every counted run).' },
    'write-docs': flagOption('Also write the figures into docs/benchmark.md.'),
    'keep': flagOption('Keep the work folder (the copies and their builds).'),
  },
} as const

/** Everything a run's steps share. */
interface Bench extends BenchState {
  options: Values<typeof BENCH_COMMAND.options>
  doing: (step: Step) => boolean
  root: string
  work: string
  dirs: Record<Kind, string>
  chromium: string
  browser: Browser
  edits: Record<Kind, EditTarget | undefined>
  lighthouse?: Awaited<ReturnType<typeof preparePages>>
  race?: Awaited<ReturnType<typeof prepareExportRace>>
}

/** One run: its number (0 the uncounted warm-up), whether it counts, and its log line. */
interface Run {
  no: number
  counted: boolean
  say: (what: string) => void
}

function wholeNumber(option: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--${option} ${value}: give a whole number, 1 or more.`)
  return number
}

/** Reads the options, copies the project and writes the plain deck into a work folder, starts Chromium. */
async function prepare(options: Bench['options']): Promise<Bench> {
  const runs = wholeNumber('runs', options.runs)
  const editsPerRun = wholeNumber('edits', options.edits)
  const skipped = skippedSteps(options.skip)
  const doing = (step: Step) => !skipped.has(step)

  const root = process.cwd()
  const date = new Date().toISOString()
  const loadBefore = loadavg()
  const deckInfo = await loadDeck(join(root, 'slides.md'))
  for (const error of deckInfo.errors)
    console.warn(`warning: ${error.file}:${error.line}: ${error.message}`)
  const slides = deckInfo.slides.length
  if (slides < 1)
    throw new Error('the deck has no slides')
  const found = await findChromium()
  if (!found)
    throw new Error(missingBrowserMessage())

  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const removeWork = removeOnExit(work)
  if (options.keep)
    removeWork.cancel()
  const dirs: Record<Kind, string> = { deck: join(work, 'deck'), baseline: join(work, 'baseline') }
  copyProject(root, dirs.deck)
  mkdirSync(dirs.baseline)
  writeBaseline(root, dirs.baseline, slides)
  console.log(`Benchmarking ${slides} slides against a plain deck of ${slides}; work folder ${work}`)

  const deckEdit = doing('edit') ? (await editTargets(dirs.deck))[0] : undefined
  const baselineTargets = doing('edit') ? await editTargets(dirs.baseline) : []
  const lighthouse = doing('lighthouse') ? await preparePages(root, work, dirs.deck, () => join(work, 'dist-deck')) : undefined
  return {
    options,
    doing,
    root,
    work,
    dirs,
    chromium: found.path,
    browser: await launchChromium(found.path),
    // The baseline's edit goes to the slide with the same number, so both pages show the same position.
    edits: { deck: deckEdit, baseline: baselineTargets.find(t => t.no === deckEdit?.no) ?? baselineTargets[0] },
    lighthouse,
    race: doing('export') ? await prepareExportRace(root, work, dirs.deck, found.path) : undefined,
    date,
    loadBefore,
    slides,
    runs,
    editsPerRun,
    skipped,
    collected: { deck: emptyCollected(), baseline: emptyCollected() },
    raceMs: { warm: [], edited: [], slidev: [], marp: [] },
    raceSteps: {},
    racePages: {},
    pageRuns: {},
    pages: lighthouse,
    failures: new Map(),
  }
}

/**
 * Runs one step for one deck. A step that fails is reported and the others
 * still run, so that one broken step does not cost the whole benchmark; a
 * first failure (a timeout under load, say) is tried again next run, a
 * second gives the step up.
 */
async function attempt(bench: Bench, step: Step, kind: Kind, body: () => Promise<void>): Promise<void> {
  const key = `${kind} ${step}`
  const failed = bench.failures.get(key)
  if (failed && failed.count >= 2)
    return
  try {
    await body()
  }
  catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const count = (failed?.count ?? 0) + 1
    bench.failures.set(key, { count, message: message.split('\n')[0]! })
    console.error(`${key} failed (${count === 1 ? 'will try again next run' : 'skipped from now on'}):\n${message}`)
  }
}

/** Each deck's static build, timed, with its peak memory; the bytes a page fetches, once, on the warm-up's build. */
async function buildStep(bench: Bench, run: Run, order: Kind[]): Promise<void> {
  for (const kind of order) {
    await attempt(bench, 'build', kind, async () => {
      const out = join(bench.work, `dist-${kind}`)
      rmSync(out, { recursive: true, force: true })
      const done = await runMeasured(`${kind} build`, ['build', '--out', out], bench.dirs[kind])
      run.say(`${kind} build ${(done.ms / 1000).toFixed(1)} s`)
      const collected = bench.collected[kind]
      if (run.counted) {
        collected.buildMs.push(done.ms)
        if (done.peakRssBytes !== undefined)
          collected.buildRss.push(done.peakRssBytes)
        collected.distBytes = dirBytes(out)
      }
      if (!run.counted && bench.doing('bytes')) {
        await attempt(bench, 'bytes', kind, async () => {
          const fetched = await measureBytes(bench.browser, out, bench.slides)
          collected.fetch = fetched
          run.say(`${kind} bytes: slide 1 ${fetched.first.total}, every slide ${fetched.every.total} (fonts ${fetched.every.font})`)
        })
      }
    })
  }
}

/** Lighthouse on the deck's pages and Marp's, in a turn that starts elsewhere each run. */
async function lighthouseStep(bench: Bench, run: Run): Promise<void> {
  const pages = bench.lighthouse!
  await attempt(bench, 'lighthouse', 'deck', async () => {
    if (!existsSync(join(bench.work, 'dist-deck', 'index.html')))
      await runMeasured('deck build', ['build', '--out', join(bench.work, 'dist-deck')], bench.dirs.deck)
    const runs = await pages.measure(run.no, bench.chromium)
    for (const [page, figures] of Object.entries(runs) as [MeasuredPage, LighthouseRun][])
      (bench.pageRuns[page] ??= []).push(figures)
    run.say(`lighthouse: ${Object.entries(runs).map(([page, r]) => `${page} ${r.performance}/${r.accessibility}, TBT ${Math.round(r.totalBlockingTimeMs)} ms, ${Math.round(r.transferBytes / 1024)} KiB`).join('; ')}`)
  })
}

/** The four exporters, each run as the whole command a user types, starting with a different one each run. */
async function exportStep(bench: Bench, run: Run): Promise<void> {
  const race = bench.race!
  const turn = [...EXPORTERS.slice(run.no % EXPORTERS.length), ...EXPORTERS.slice(0, run.no % EXPORTERS.length)]
  for (const exporter of turn) {
    await attempt(bench, 'export', 'deck', async () => {
      const pdf = join(bench.work, `export-${exporter}.pdf`)
      rmSync(pdf, { force: true })
      const done = await race.run(exporter, pdf, `${run.no}`)
      const pages = pdfPages(pdf)
      run.say(`export, ${exporter}: ${(done.ms / 1000).toFixed(2)} s, ${pages ?? '?'} pages`)
      if (run.counted) {
        bench.raceMs[exporter].push(done.ms)
        bench.racePages[exporter] = pages
        for (const [step, ms] of Object.entries(readExportSteps(done.output) ?? {}))
          ((bench.raceSteps[exporter] ??= {})[step] ??= []).push(ms)
      }
    })
  }
}

/** Slidev's dev server for each deck: first answer, first slide, and saved edits until they show. */
async function devStep(bench: Bench, run: Run, order: Kind[]): Promise<void> {
  for (const kind of order) {
    await attempt(bench, 'dev', kind, async () => {
      const dev = await measureDev(bench.browser, bench.dirs[kind], bench.edits[kind], bench.editsPerRun, `${run.no}${kind[0]}`)
      run.say(`${kind} dev: first answer ${(dev.answerMs / 1000).toFixed(2)} s, first slide ${(dev.visibleMs / 1000).toFixed(2)} s${dev.editMs.length ? `, edits ${dev.editMs.map(ms => Math.round(ms)).join(' ')} ms` : ''}`)
      if (run.counted) {
        const collected = bench.collected[kind]
        if (bench.doing('dev')) {
          collected.devAnswerMs.push(dev.answerMs)
          collected.devVisibleMs.push(dev.visibleMs)
        }
        collected.editMs.push(...dev.editMs)
      }
    })
  }
}

/** `npm run present -- --remote` to its links, and its relay under a room's load. */
async function presentStep(bench: Bench, run: Run): Promise<void> {
  await attempt(bench, 'present', 'deck', async () => {
    // A cache of its own: the warm-up's start makes both builds, every later one finds them.
    const figures = await measurePresentRemote(bench.dirs.deck, spawnTool, { [BUILD_CACHE_ENV]: join(bench.work, 'present-cache') }, STEP_TIMEOUT_MS)
    run.say(`present --remote: links in ${(figures.startMs / 1000).toFixed(2)} s${figures.built ? ' (built)' : ''}, relay worst delay ${figures.relay.worstMs.toFixed(1)} ms`)
    const collected = bench.collected.deck
    if (figures.built)
      collected.presentFirstStartMs = figures.startMs
    else if (run.counted)
      collected.presentStartMs.push(figures.startMs)
    if (run.counted)
      collected.relayWorstMs.push(figures.relay.worstMs)
  })
}

/**
 * `npm run export -- --watch` against Marp's `--watch` (tools/bench/watch-race.ts): once, over --runs saved
 * edits after a warm-up edit of its own, as both watchers stay up from one edit to the next. It runs after the
 * other steps, with the bench's Chromium closed, so that it measures alongside none of them.
 */
async function watchStep(bench: Bench): Promise<void> {
  try {
    bench.watch = await watchRace({ projectRoot: bench.root, runs: bench.runs, say: line => console.log(`[watch] ${line}`) })
  }
  catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    bench.failures.set('deck watch', { count: 1, message: message.split('\n')[0]! })
    console.error(`deck watch failed:\n${message}`)
  }
}

/** Written after every counted run, so that a run stopped early still leaves its figures so far. */
function writeOutputs(bench: Bench, result: BenchResult, final: boolean): void {
  const out = resolve(bench.root, bench.options.out)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
  const writeDocs = bench.options['write-docs']
  if (writeDocs) {
    const page = join(bench.root, 'docs', 'benchmark.md')
    writeFileSync(page, replaceReadmeSection(readFileSync(page, 'utf8'), formatReadmeSection(result)))
  }
  if (final)
    console.log(`\n${formatTable(result)}\n\nWrote ${relative(bench.root, out)}${writeDocs ? ' and docs/benchmark.md' : ''}`)
  else
    console.log(`  (figures of ${result.runs} run(s) so far written to ${relative(bench.root, out)})`)
}

runCommand(BENCH_COMMAND, async ({ values }) => {
  const bench = await prepare(values)
  try {
    // Run 0 is the warm-up: it fills Vite's caches and the OS file cache, and is not counted.
    for (let no = 0; no <= bench.runs; no++) {
      const run: Run = { no, counted: no > 0, say: what => console.log(`[${no > 0 ? `run ${no}/${bench.runs}` : 'warm-up'}] ${what}`) }
      // Alternate which deck goes first so that neither always meets the other's leftovers.
      const order: Kind[] = no % 2 === 0 ? ['deck', 'baseline'] : ['baseline', 'deck']
      if (bench.doing('build') || bench.doing('bytes'))
        await buildStep(bench, run, order)
      if (run.counted && bench.lighthouse)
        await lighthouseStep(bench, run)
      if (bench.race)
        await exportStep(bench, run)
      if (bench.doing('dev') || bench.doing('edit'))
        await devStep(bench, run, order)
      if (bench.doing('present'))
        await presentStep(bench, run)
      if (run.counted && no < bench.runs)
        writeOutputs(bench, benchResult(bench, no), false)
    }
  }
  finally {
    await bench.browser.close()
  }
  if (bench.doing('watch')) {
    // The other steps' figures first: a race stopped midway still leaves them.
    writeOutputs(bench, benchResult(bench, bench.runs), false)
    await watchStep(bench)
  }
  writeOutputs(bench, benchResult(bench, bench.runs), true)
  return 0
})
