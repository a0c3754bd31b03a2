/** The shape of bench/latest.json, and the targets the issue sets. */
import type { LighthouseRun } from './lighthouse'
import type { ByteTotals } from './resources'
import type { Sample } from './stats'
import { ratio, sample } from './stats'

/** What one deck (the real one, or the plain baseline) measured. A figure is absent when its step was skipped. */
export interface DeckFigures {
  buildMs?: Sample
  /** Peak of the summed RSS of the build's process tree, in bytes. */
  buildPeakRssBytes?: Sample
  distBytes?: number
  /** Bytes fetched to show slide 1 in a fresh browser, by kind. */
  fetchFirstSlide?: ByteTotals
  /** Bytes fetched to show slide 1, then every other slide once, in the same page. */
  fetchEverySlide?: ByteTotals
  devFirstAnswerMs?: Sample
  devFirstSlideMs?: Sample
  editVisibleMs?: Sample
  /** `npm run present -- --remote` to its printed links, both builds in the cache. */
  presentStartMs?: Sample
  /** The same, the first time, with both builds to make. */
  presentFirstStartMs?: number
  /** Each run's worst delay from a presenter's move to a follower's receipt, over every follower and move. */
  relayWorstMs?: Sample
}

export interface Machine {
  cpu: string
  cores: number
  memoryBytes: number
  node: string
  platform: string
  /** 1, 5 and 15 minute load averages before the first and after the last measurement. */
  loadBefore: number[]
  loadAfter: number[]
}

/** The PDF exports timed side by side, each a whole command as a user runs it. */
export const EXPORTERS = ['warm', 'edited', 'slidev', 'marp'] as const
export type Exporter = typeof EXPORTERS[number]

export const EXPORTER_LABELS: Record<Exporter, string> = {
  warm: '`npm run export`, build up to date',
  edited: '`npm run export` after an edit to one slide',
  slidev: '`slidev export` (Slidev\'s own exporter)',
  marp: 'Marp CLI 4.5.1, a text deck of the same slides and typeface',
}

export interface ExportRace {
  ms: Partial<Record<Exporter, Sample>>
  /** Pages of each exporter's last PDF. */
  pages: Partial<Record<Exporter, number>>
  /** Of the deck's own exports, how long each step took (as the export reports them, tools/print/steps.ts), by step, in order. */
  steps?: Partial<Record<Exporter, Record<string, Sample>>>
}

/**
 * `npm run export -- --watch` against Marp CLI's `--watch` (tools/bench/watch-race.ts): from a saved heading
 * edit to the watcher's PDF written, both watching at once, each run timing one edit of each.
 */
export interface WatchRaceFigures {
  deckMs: Sample
  marpMs: Sample
  /** Each run's deck / Marp: the two edits of a run were timed one after the other, under the same load. */
  ratios: Sample
}

/** The figures of the runs' times, paired run by run. */
export function watchRaceFigures(deckMs: readonly number[], marpMs: readonly number[]): WatchRaceFigures {
  if (deckMs.length !== marpMs.length)
    throw new Error(`the watch race has ${deckMs.length} deck times and ${marpMs.length} of Marp's; each run times one of each`)
  return { deckMs: sample(deckMs), marpMs: sample(marpMs), ratios: sample(deckMs.map((ms, run) => ms / marpMs[run]!)) }
}

/** The pages Lighthouse measures: the deck's slide 1 and funding slide, and the same slides of Marp's HTML. */
export const MEASURED_PAGES = ['deckFirst', 'deckFunding', 'marpFirst', 'marpFunding'] as const
export type MeasuredPage = typeof MEASURED_PAGES[number]

export const PAGE_LABELS: Record<MeasuredPage, string> = {
  deckFirst: 'The deck\'s static build, slide 1',
  deckFunding: 'The deck\'s static build, the funding slide',
  marpFirst: 'Marp CLI 4.5.1 HTML of the same slides, slide 1',
  marpFunding: 'Marp CLI 4.5.1 HTML of the same slides, the funding slide',
}

/** One page's Lighthouse figures over the runs. */
export interface PageFigures {
  /** The page's path on the served build, e.g. `/17` or `/#17`. */
  path: string
  performance: Sample
  accessibility: Sample
  totalBlockingTimeMs: Sample
  transferBytes: Sample
  largestContentfulPaintMs: Sample
  /** The run with the median performance score, kept whole: where its time and bytes went. */
  typical: LighthouseRun
}

export interface PageMeasures {
  lighthouse: string
  pages: Partial<Record<MeasuredPage, PageFigures>>
}

/** The run whose performance score is the median of the runs (the lower middle one for an even count). */
export function typicalRun(runs: LighthouseRun[]): LighthouseRun {
  if (runs.length === 0)
    throw new Error('no Lighthouse runs')
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.totalBlockingTimeMs - b.totalBlockingTimeMs)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}

export interface BenchResult {
  /** ISO date and time the run started. */
  date: string
  machine: Machine
  runs: number
  slides: number
  deck: DeckFigures
  baseline: DeckFigures
  exportRace?: ExportRace
  watchRace?: WatchRaceFigures
  /** Lighthouse on the built deck and on Marp's HTML. */
  pageMeasures?: PageMeasures
  targets: TargetOutcome[]
  notes: string[]
}

export type TargetUnit = 'ratio' | 'ms' | 'bytes' | 'KiB' | 'score'

export interface TargetOutcome {
  id: string
  label: string
  unit: TargetUnit
  limit: number
  /** The figure must reach the limit (a score), rather than stay within it. */
  atLeast?: boolean
  /** undefined when the figure was not measured in this run. */
  actual: number | undefined
  pass: boolean | undefined
}

export const TARGETS = {
  exportWarm: { label: 'PDF export, build up to date, / Marp', unit: 'ratio', limit: 1.0 },
  exportEdited: { label: 'PDF export after an edit / Marp', unit: 'ratio', limit: 3.0 },
  exportWatch: { label: '`export --watch`, a saved edit to its PDF, / Marp `--watch`', unit: 'ratio', limit: 1.5 },
  buildPerSlide: { label: 'Static build time per slide, deck / baseline', unit: 'ratio', limit: 1.3 },
  fontBytes: { label: 'Font bytes fetched to show every slide once', unit: 'bytes', limit: 200_000 },
  devFirstSlide: { label: 'First visible slide of a warm `npm run dev`, deck / plain Slidev deck', unit: 'ratio', limit: 1.0 },
  editVisible: { label: 'Saved Markdown edit visible in the open browser', unit: 'ms', limit: 300 },
  firstPerformance: { label: 'Lighthouse performance, slide 1', unit: 'score', limit: 95, atLeast: true },
  fundingPerformance: { label: 'Lighthouse performance, the funding slide', unit: 'score', limit: 95, atLeast: true },
  firstAccessibility: { label: 'Lighthouse accessibility, slide 1', unit: 'score', limit: 100, atLeast: true },
  fundingAccessibility: { label: 'Lighthouse accessibility, the funding slide', unit: 'score', limit: 100, atLeast: true },
  firstBlocking: { label: 'Total blocking time, slide 1', unit: 'ms', limit: 100 },
  fundingBlocking: { label: 'Total blocking time, the funding slide', unit: 'ms', limit: 100 },
  firstBytes: { label: 'Bytes transferred for slide 1 (Lighthouse)', unit: 'KiB', limit: 800 * 1024 },
  presentStart: { label: '`npm run present -- --remote` to its links, both builds cached', unit: 'ms', limit: 2000 },
  relayWorst: { label: 'Relay: worst delay from a move to any of 50 followers', unit: 'ms', limit: 100 },
} as const satisfies Record<string, { label: string, unit: TargetUnit, limit: number, atLeast?: boolean }>

export type TargetId = keyof typeof TARGETS

function outcome(id: TargetId, actual: number | undefined): TargetOutcome {
  const target: { label: string, unit: TargetUnit, limit: number, atLeast?: boolean } = TARGETS[id]
  const pass = actual === undefined ? undefined : target.atLeast ? actual >= target.limit : actual <= target.limit
  return { id, ...target, actual, pass }
}

/** Per-slide ratios equal whole-deck ratios (both decks have the same slide count), but are computed per slide as the issue states them. */
export function perSlideRatio(deck: Sample | undefined, baseline: Sample | undefined, slides: number): number | undefined {
  if (!deck || !baseline || slides < 1)
    return undefined
  return ratio(deck.median / slides, baseline.median / slides)
}

/** The deck's median over the baseline's, when both were measured. */
export function medianRatio(deck: Sample | undefined, baseline: Sample | undefined): number | undefined {
  return deck && baseline ? ratio(deck.median, baseline.median) : undefined
}

/** An exporter's median time over Marp's. */
export function raceRatio(race: ExportRace | undefined, exporter: Exporter): number | undefined {
  return medianRatio(race?.ms[exporter], race?.ms.marp)
}

export function evaluateTargets(deck: DeckFigures, baseline: DeckFigures, slides: number, race?: ExportRace, measures?: PageMeasures, watch?: WatchRaceFigures): TargetOutcome[] {
  const first = measures?.pages.deckFirst
  const funding = measures?.pages.deckFunding
  return [
    outcome('exportWarm', raceRatio(race, 'warm')),
    outcome('exportEdited', raceRatio(race, 'edited')),
    // Median over median, as the other races; the runs' own ratios are kept beside them.
    outcome('exportWatch', medianRatio(watch?.deckMs, watch?.marpMs)),
    outcome('buildPerSlide', perSlideRatio(deck.buildMs, baseline.buildMs, slides)),
    outcome('fontBytes', deck.fetchEverySlide?.font),
    outcome('devFirstSlide', medianRatio(deck.devFirstSlideMs, baseline.devFirstSlideMs)),
    outcome('editVisible', deck.editVisibleMs?.median),
    outcome('firstPerformance', first?.performance.median),
    outcome('fundingPerformance', funding?.performance.median),
    outcome('firstAccessibility', first?.accessibility.median),
    outcome('fundingAccessibility', funding?.accessibility.median),
    outcome('firstBlocking', first?.totalBlockingTimeMs.median),
    outcome('fundingBlocking', funding?.totalBlockingTimeMs.median),
    outcome('firstBytes', first?.transferBytes.median),
    outcome('presentStart', deck.presentStartMs?.median),
    outcome('relayWorst', deck.relayWorstMs && Math.max(...deck.relayWorstMs.samples)),
  ]
}

/** The Lighthouse targets each measured page of the deck answers to. */
export const PAGE_TARGETS: Partial<Record<MeasuredPage, TargetId[]>> = {
  deckFirst: ['firstPerformance', 'firstAccessibility', 'firstBlocking', 'firstBytes'],
  deckFunding: ['fundingPerformance', 'fundingAccessibility', 'fundingBlocking'],
}
