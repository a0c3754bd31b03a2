/**
 * The watch race in the bench's result: each run's times of the deck's
 * `export --watch` and Marp's `--watch`, their ratios run by run, the target
 * (median over median, at most 1.5x), and the rows the report prints.
 */
import type { BenchState } from '../../../tools/bench/collect'
import type { BenchResult } from '../../../tools/bench/result'
import { describe, expect, it } from 'vitest'
import { benchResult, emptyCollected } from '../../../tools/bench/collect'
import { formatReadmeSection, formatTable, watchRows } from '../../../tools/bench/format'
import { evaluateTargets, watchRaceFigures } from '../../../tools/bench/result'

/** What the bench has collected when only the watch race ran (or nothing, without `watch`). */
function state(watch?: BenchState['watch']): BenchState {
  return {
    date: '2026-12-07T09:00:00.000Z',
    loadBefore: [1, 1, 1],
    slides: 39,
    runs: 3,
    editsPerRun: 3,
    skipped: new Set(['build', 'export', 'lighthouse', 'bytes', 'dev', 'edit', 'present']),
    collected: { deck: emptyCollected(), baseline: emptyCollected() },
    raceMs: { warm: [], edited: [], slidev: [], marp: [] },
    raceSteps: {},
    racePages: {},
    pageRuns: {},
    watch,
    failures: new Map(),
  }
}

const exportWatch = (result: BenchResult) => result.targets.find(target => target.id === 'exportWatch')!

describe('the watch race\'s figures', () => {
  it('pair the runs: each run\'s deck time over the same run\'s Marp time', () => {
    const figures = watchRaceFigures([1000, 3000, 2000], [2000, 1000, 4000])
    expect(figures.ratios.samples).toEqual([0.5, 3, 0.5])
    expect(figures.ratios.median).toBe(0.5)
    expect(figures.deckMs).toEqual({ median: 2000, samples: [1000, 3000, 2000] })
    expect(figures.marpMs).toEqual({ median: 2000, samples: [2000, 1000, 4000] })
  })

  it('refuse runs that lack one side', () => {
    expect(() => watchRaceFigures([1000, 2000], [1500])).toThrow(/2 deck times and 1 of Marp's/)
  })
})

describe('the export --watch target', () => {
  const target = (deckMs: number[], marpMs: number[]) => evaluateTargets({}, {}, 39, undefined, undefined, watchRaceFigures(deckMs, marpMs)).find(o => o.id === 'exportWatch')!

  it('is the deck\'s median over Marp\'s, not the median of the runs\' ratios', () => {
    // The runs' ratios are 0.5, 3 and 0.5 (median 0.5); the medians are 2 s each.
    expect(target([1000, 3000, 2000], [2000, 1000, 4000])).toMatchObject({ unit: 'ratio', limit: 1.5, actual: 1, pass: true })
  })

  it('passes at 1.5 times Marp and fails above', () => {
    expect(target([3000, 2900, 3100], [2000, 1900, 2100])).toMatchObject({ actual: 1.5, pass: true })
    expect(target([3010], [2000]).pass).toBe(false)
  })

  it('is not measured when the race did not run', () => {
    expect(evaluateTargets({}, {}, 39).find(o => o.id === 'exportWatch')).toMatchObject({ actual: undefined, pass: undefined })
  })
})

describe('the bench\'s result', () => {
  it('keeps every run\'s times and ratios, and judges the target on them', () => {
    const result = benchResult(state({ deckMs: [1990, 1880, 4920], marpMs: [2020, 2210, 2010] }), 3)
    expect(result.watchRace?.deckMs.samples).toEqual([1990, 1880, 4920])
    expect(result.watchRace?.marpMs.samples).toEqual([2020, 2210, 2010])
    expect(result.watchRace?.ratios.samples.map(r => r.toFixed(3))).toEqual(['0.985', '0.851', '2.448'])
    expect(exportWatch(result).actual).toBeCloseTo(1990 / 2020)
    expect(exportWatch(result).pass).toBe(true)
    expect(result.notes.some(note => note.startsWith('Watch: `npm run export -- --watch`') && note.includes('each of the 3 runs'))).toBe(true)
  })

  it('has no watch figures, target or note when the race did not run or timed nothing', () => {
    for (const watch of [undefined, { deckMs: [], marpMs: [] }]) {
      const result = benchResult(state(watch), 3)
      expect(result.watchRace).toBeUndefined()
      expect(exportWatch(result).pass).toBeUndefined()
      expect(result.notes.some(note => note.startsWith('Watch:'))).toBe(false)
    }
  })
})

describe('the report', () => {
  const result = benchResult(state({ deckMs: [1990, 1880, 4920], marpMs: [2020, 2210, 2010] }), 3)

  it('gives a row per watcher: median, min to max, and over Marp\'s median', () => {
    expect(watchRows(result)).toEqual([
      { exporter: '`npm run export -- --watch`', median: '1.99 s', range: '1.88 s – 4.92 s', versusMarp: '0.99x' },
      { exporter: 'Marp CLI 4.5.1 `--watch`, its text deck', median: '2.02 s', range: '2.01 s – 2.21 s', versusMarp: '1.00x' },
    ])
    expect(watchRows(benchResult(state(), 3))).toEqual([])
  })

  it('prints the rows, the runs\' ratios and the verdict in the table and in the README section', () => {
    const table = formatTable(result)
    expect(table).toMatch(/`npm run export -- --watch` +1\.99 s {2}\(1\.88 s – 4\.92 s\) {2}0\.99x Marp/)
    expect(table).toContain('Each run\'s deck / Marp: median 0.99x, 0.85x – 2.45x')
    expect(table).toContain('pass: `export --watch`, a saved edit to its PDF, / Marp `--watch`: 0.99x (target <= 1.50x)')
    const section = formatReadmeSection(result)
    expect(section).toContain('| `npm run export -- --watch` | 1.99 s | 1.88 s – 4.92 s | 0.99x |')
    expect(section).toContain('| Marp CLI 4.5.1 `--watch`, its text deck | 2.02 s | 2.01 s – 2.21 s | 1.00x |')
    expect(section).toContain('Each run\'s deck / Marp: median 0.99x, 0.85x – 2.45x.')
    expect(section).toContain('- pass: `export --watch`, a saved edit to its PDF, / Marp `--watch`: 0.99x (target <= 1.50x)')
  })
})
