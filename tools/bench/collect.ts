/**
 * What the benchmark has measured so far (BenchState), and the result it
 * writes from that: medians of the counted runs, the export race, the
 * Lighthouse pages, and notes that say how each figure was measured.
 */
import type { LighthouseRun } from './lighthouse'
import type { ByteTotals } from './resources'
import type { BenchResult, DeckFigures, Exporter, ExportRace, MeasuredPage, PageFigures, PageMeasures } from './result'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import process from 'node:process'
import { SLIDEV_PRELOAD_ALL_MS } from './browse'
import { LIGHTHOUSE_VERSION } from './lighthouse'
import { RELAY_LOAD } from './present'
import { SAMPLE_EVERY_MS } from './processes'
import { evaluateTargets, EXPORTERS, MEASURED_PAGES, typicalRun, watchRaceFigures } from './result'
import { sample } from './stats'

export type Kind = 'deck' | 'baseline'

export interface Collected {
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

export function emptyCollected(): Collected {
  return { buildMs: [], buildRss: [], devAnswerMs: [], devVisibleMs: [], editMs: [], presentStartMs: [], relayWorstMs: [] }
}

export interface BenchState {
  date: string
  loadBefore: number[]
  slides: number
  runs: number
  editsPerRun: number
  skipped: Set<string>
  collected: Record<Kind, Collected>
  raceMs: Record<Exporter, number[]>
  raceSteps: Partial<Record<Exporter, Record<string, number[]>>>
  racePages: Partial<Record<Exporter, number>>
  pageRuns: Partial<Record<MeasuredPage, LighthouseRun[]>>
  /** The watch race's times, each run's deck and Marp, when it has run. */
  watch?: { deckMs: number[], marpMs: number[] }
  /** The Lighthouse pages' paths, when Lighthouse runs. */
  pages?: { paths: Record<MeasuredPage, string | undefined> }
  /** Steps that failed: how often, and the first line of the last error. */
  failures: Map<string, { count: number, message: string }>
}

/** The benchmark's figures after `completedRuns` counted runs, with the notes that say how each was measured. */
export function benchResult(state: BenchState, completedRuns: number): BenchResult {
  const { collected, raceMs, racePages, raceSteps, pageRuns, pages, watch, failures, slides, runs, editsPerRun, skipped, date, loadBefore } = state
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
  const watchRace = watch?.deckMs.length ? watchRaceFigures(watch.deckMs, watch.marpMs) : undefined
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
    watchRace,
    pageMeasures,
    targets: evaluateTargets(deck, baseline, slides, exportRace, pageMeasures, watchRace),
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
      ...(watchRace ? [`Watch: \`npm run export -- --watch\` and Marp CLI's \`--watch\` on its text copy of the slides, both watching at once in a copy of the project of their own, after the other steps; each of the ${watchRace.deckMs.samples.length} runs saves a changed heading in one slide file and in Marp's copy, one after the other, alternating which goes first, and times from the save to the watcher's line saying the PDF is written. One uncounted warm-up edit each. The target takes the deck's median over Marp's; each run's own ratio is kept too.`] : []),
      ...EXPORTERS.filter(exporter => racePages[exporter] !== undefined && racePages[exporter] !== slides)
        .map(exporter => `The ${exporter} export's PDF has ${racePages[exporter]} pages for ${slides} slides.`),
    ],
  }
  return result
}
