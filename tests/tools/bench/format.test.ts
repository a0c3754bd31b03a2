import type { LighthouseRun } from '../../../tools/bench/lighthouse'
import type { BenchResult, ExportRace, PageFigures, PageMeasures } from '../../../tools/bench/result'
import { describe, expect, it } from 'vitest'
import { exportExplanations, figureRows, formatBytes, formatReadmeSection, formatTable, missedTargetExplanations, README_END, README_START, replaceReadmeSection } from '../../../tools/bench/format'
import { emptyTotals } from '../../../tools/bench/resources'
import { evaluateTargets } from '../../../tools/bench/result'
import { sample } from '../../../tools/bench/stats'

const before = '# Deck\r\n\r\nIntro with <!-- a comment --> and trailing spaces   \n\n## Benchmarks\n'
const after = '\n\n## Layout\n\nText after, no final newline'

function readme(inside: string): string {
  return `${before}${README_START}${inside}${README_END}${after}`
}

/** A bench result on a test machine, with no figures but those a test gives. */
function benchResult(figures: Partial<BenchResult>): BenchResult {
  return {
    date: '2026-12-03T10:00:00.000Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 24 * 1024 ** 3, node: 'v20.20.2', platform: 'linux', loadBefore: [1, 1, 1], loadAfter: [1, 1, 1] },
    runs: 3,
    slides: 34,
    deck: {},
    baseline: {},
    targets: evaluateTargets({}, {}, 34),
    notes: [],
    ...figures,
  }
}

describe('replaceReadmeSection', () => {
  it('changes only what lies between the markers', () => {
    const updated = replaceReadmeSection(readme('\nold figures\n'), 'new figures')
    expect(updated).toBe(`${before}${README_START}\nnew figures\n${README_END}${after}`)
    expect(updated.startsWith(before + README_START)).toBe(true)
    expect(updated.endsWith(README_END + after)).toBe(true)
  })
  it('gives the same text when run twice', () => {
    const once = replaceReadmeSection(readme('x'), 'figures')
    expect(replaceReadmeSection(once, 'figures')).toBe(once)
  })
  it('refuses a README without the markers, or with them out of order or twice', () => {
    expect(() => replaceReadmeSection('# Deck\n', 'x')).toThrow(/no <!-- bench:start -->/)
    expect(() => replaceReadmeSection(`${README_END}\n${README_START}`, 'x')).toThrow(/comes before/)
    expect(() => replaceReadmeSection(readme('a') + readme('b'), 'x')).toThrow(/more than one/)
  })
})

describe('formatBytes', () => {
  it('uses decimal units, as the 1 MB target is stated', () => {
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(1500)).toBe('1.5 kB')
    expect(formatBytes(1_000_000)).toBe('1.00 MB')
    expect(formatBytes(1_669_760_000)).toBe('1.67 GB')
  })
})

describe('figures table', () => {
  const deck = {
    buildMs: sample([12_000, 11_000, 13_000]),
    fetchEverySlide: { ...emptyTotals(), font: 800_000, total: 2_000_000 },
    editVisibleMs: sample([120]),
  }
  const baseline = { buildMs: sample([10_000]), fetchEverySlide: { ...emptyTotals(), total: 600_000 }, editVisibleMs: sample([100]) }
  const exportRace: ExportRace = { ms: { warm: sample([2500, 2700, 2600]), slidev: sample([12_800]), marp: sample([2800]) }, pages: {} }
  const result = benchResult({
    date: '2026-11-27T20:05:00.000Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 24 * 1024 ** 3, node: 'v20.20.2', platform: 'linux', loadBefore: [1, 2, 3], loadAfter: [2, 2, 2] },
    slides: 10,
    deck,
    baseline,
    exportRace,
    targets: evaluateTargets(deck, baseline, 10, exportRace),
    notes: ['A note.'],
  })

  it('shows medians, per-slide figures and ratios, and leaves out skipped steps', () => {
    const rows = figureRows(result)
    expect(rows.find(r => r.measure === 'Static build')).toEqual({ measure: 'Static build', deck: '12.0 s', baseline: '10.0 s', ratio: '1.20x' })
    expect(rows.find(r => r.measure === 'Fetched for every slide: fonts')?.ratio).toBe('–')
    expect(rows.some(r => r.measure.startsWith('Dev server'))).toBe(false)
  })

  it('prints a verdict per target, in the table and in the README section', () => {
    const table = formatTable(result)
    expect(table).toContain('pass: Static build time per slide, deck / baseline: 1.20x (target <= 1.30x)')
    expect(table).toContain('not measured: First visible slide')
    const section = formatReadmeSection(result)
    expect(section).toContain('| Static build | 12.0 s | 10.0 s | 1.20x |')
    expect(section).toContain('Test CPU, 2 cores, 24 GiB, Node v20.20.2')
    expect(section).toContain('| `npm run export`, build up to date | 2.60 s | 2.50 s – 2.70 s | 0.93x |')
    expect(section).toContain('| `slidev export` (Slidev\'s own exporter) | 12.8 s | 12.8 s – 12.8 s | 4.57x |')
    expect(section).not.toContain('after an edit to one slide |')
    expect(section).toContain('- pass: PDF export, build up to date, / Marp: 0.93x (target <= 1.00x)')
    expect(section).toContain('- not measured: PDF export after an edit / Marp')
    expect(section).not.toContain(README_START)
  })
})

describe('the Lighthouse figures', () => {
  const typical: LighthouseRun = {
    performance: 88,
    accessibility: 100,
    totalBlockingTimeMs: 240,
    transferBytes: 900 * 1024,
    firstContentfulPaintMs: 700,
    largestContentfulPaintMs: 950,
    scripts: [{ url: '/assets/vue.js', totalMs: 600, scriptingMs: 420 }],
    longTasks: [{ url: '/assets/vue.js', startMs: 3600, durationMs: 290 }],
    largest: [{ url: '/assets/index.js', bytes: 165 * 1024 }],
    accessibilityFailures: [],
  }
  const page = (performance: number, blocking: number, bytes: number): PageFigures => ({
    path: '/1',
    performance: sample([performance]),
    accessibility: sample([100]),
    totalBlockingTimeMs: sample([blocking]),
    transferBytes: sample([bytes]),
    largestContentfulPaintMs: sample([950]),
    typical,
  })
  const pageMeasures: PageMeasures = { lighthouse: '12.2.3', pages: { deckFirst: page(88, 240, 900 * 1024), deckFunding: { ...page(97, 20, 700 * 1024), path: '/17' }, marpFirst: { ...page(100, 0, 600 * 1024), path: '/#1' } } }
  const result = benchResult({ pageMeasures, targets: evaluateTargets({}, {}, 34, undefined, pageMeasures) })

  it('gives one row per measured page, and a verdict per target', () => {
    const section = formatReadmeSection(result)
    expect(section).toContain('| The deck\'s static build, slide 1 (`/1`) | 88 | 100 | 240 ms | 900 KiB | 950 ms |')
    expect(section).toContain('| Marp CLI 4.5.1 HTML of the same slides, slide 1 (`/#1`) | 100 | 100 | 0 ms | 600 KiB | 950 ms |')
    expect(section).not.toContain('the funding slide (`/#')
    expect(section).toContain('- FAIL: Lighthouse performance, slide 1: 88 (target >= 95)')
    expect(section).toContain('- pass: Lighthouse performance, the funding slide: 97 (target >= 95)')
    expect(section).toContain('- FAIL: Bytes transferred for slide 1 (Lighthouse): 900 KiB (target <= 800 KiB)')
  })

  it('says what the time and bytes went to where a target is missed, and only there', () => {
    const lines = missedTargetExplanations(result)
    expect(lines[0]).toBe('The deck\'s static build, slide 1, in its typical run (median performance), for Lighthouse performance, slide 1; Total blocking time, slide 1; Bytes transferred for slide 1 (Lighthouse):')
    expect(lines).toContain('  long tasks: 290 ms at 3600 ms (/assets/vue.js)')
    expect(lines).toContain('  main-thread time by script: /assets/vue.js 600 ms (420 ms running it)')
    expect(lines).toContain('  largest transfers: /assets/index.js 165 KiB')
    expect(lines.some(line => line.includes('funding'))).toBe(false)
    expect(formatTable(result)).toContain('Where the time and bytes went:')
  })
})

describe('the export\'s steps', () => {
  const exportRace: ExportRace = {
    ms: { warm: sample([3400, 3600, 3500]), edited: sample([9000]), marp: sample([3000]) },
    pages: {},
    steps: { warm: { 'Node, tsx and imports': sample([400]), 'waiting for every slide to be drawn': sample([700]) }, edited: { 'the build': sample([6000]) } },
  }
  const result = benchResult({ exportRace, targets: evaluateTargets({}, {}, 34, exportRace) })

  it('are told, median by median, for an export that missed its target, and not for one that met it', () => {
    expect(exportExplanations(result)).toEqual(['`npm run export`, build up to date, 3.50 s (median of each step): Node, tsx and imports 400 ms; waiting for every slide to be drawn 700 ms; the process ending and the rest 2400 ms'])
    expect(formatReadmeSection(result)).toContain('- `npm run export`, build up to date, 3.50 s (median of each step)')
  })
})
