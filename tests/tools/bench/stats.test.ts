import type { LighthouseRun } from '../../../tools/bench/lighthouse'
import type { DeckFigures, ExportRace, PageFigures, PageMeasures } from '../../../tools/bench/result'
import { describe, expect, it } from 'vitest'
import { addResponse, byteKind, emptyTotals } from '../../../tools/bench/resources'
import { evaluateTargets, perSlideRatio, watchRaceFigures } from '../../../tools/bench/result'
import { median, ratio, sample } from '../../../tools/bench/stats'

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5)
    expect(median([3, 100, 2, 1, 50])).toBe(3)
  })
  it('averages the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
  it('does not reorder the caller\'s samples', () => {
    const runs = [3, 1, 2]
    sample(runs)
    expect(runs).toEqual([3, 1, 2])
  })
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/no samples/)
  })
})

describe('ratio', () => {
  it('divides the deck by the baseline', () => {
    expect(ratio(13, 10)).toBeCloseTo(1.3)
  })
  it('has no ratio against a zero baseline', () => {
    expect(ratio(5, 0)).toBeUndefined()
  })
  it('computes per-slide ratios from medians', () => {
    expect(perSlideRatio(sample([30, 20, 25]), sample([10, 20, 30]), 10)).toBeCloseTo(1.25)
    expect(perSlideRatio(undefined, sample([1]), 10)).toBeUndefined()
  })
})

describe('bytes by kind', () => {
  it('sorts responses into fonts, scripts, stylesheets and other', () => {
    let totals = emptyTotals()
    totals = addResponse(totals, 'font', 300)
    totals = addResponse(totals, 'script', 200)
    totals = addResponse(totals, 'stylesheet', 50)
    totals = addResponse(totals, 'fetch', 7)
    totals = addResponse(totals, 'font', 100)
    expect(totals).toMatchObject({ font: 400, script: 200, stylesheet: 50, other: 7, total: 657, requests: 5 })
  })
  it('calls unknown resource types other', () => {
    expect(byteKind('websocket')).toBe('other')
    expect(byteKind('document')).toBe('document')
  })
})

describe('targets', () => {
  const baseline: DeckFigures = { buildMs: sample([8000]), devFirstSlideMs: sample([9000, 11_000, 10_000]) }
  const race = (warm: number, edited: number): ExportRace => ({ ms: { warm: sample([warm]), edited: sample([edited]), marp: sample([3000]) }, pages: {} })
  const page = (performance: number, accessibility: number, blocking: number, bytes: number): PageFigures => ({
    path: '/1',
    performance: sample([performance]),
    accessibility: sample([accessibility]),
    totalBlockingTimeMs: sample([blocking]),
    transferBytes: sample([bytes]),
    largestContentfulPaintMs: sample([900]),
    typical: {} as LighthouseRun,
  })
  const measures = (first: PageFigures, funding: PageFigures): PageMeasures => ({ lighthouse: '12.2.3', pages: { deckFirst: first, deckFunding: funding } })

  it('passes figures at or under each limit', () => {
    const deck: DeckFigures = {
      buildMs: sample([8000]),
      fetchEverySlide: { ...emptyTotals(), font: 200_000 },
      // At the plain deck's median exactly: no slower.
      devFirstSlideMs: sample([30_000, 10_000, 9000]),
      editVisibleMs: sample([120]),
      presentStartMs: sample([2000, 2500, 1500]),
      relayWorstMs: sample([100, 40]),
    }
    const watch = watchRaceFigures([3000, 2400, 3300], [2000, 2100, 1900])
    const outcomes = evaluateTargets(deck, baseline, 20, race(3000, 9000), measures(page(95, 100, 100, 800 * 1024), page(95, 100, 100, 2_000_000)), watch)
    expect(outcomes.map(o => [o.id, o.pass])).toEqual([
      ['exportWarm', true],
      ['exportEdited', true],
      ['exportWatch', true],
      ['buildPerSlide', true],
      ['fontBytes', true],
      ['devFirstSlide', true],
      ['editVisible', true],
      ['firstPerformance', true],
      ['fundingPerformance', true],
      ['firstAccessibility', true],
      ['fundingAccessibility', true],
      ['firstBlocking', true],
      ['fundingBlocking', true],
      ['firstBytes', true],
      ['presentStart', true],
      ['relayWorst', true],
    ])
  })

  it('fails figures over their limit', () => {
    const deck: DeckFigures = {
      buildMs: sample([16_000]),
      fetchEverySlide: { ...emptyTotals(), font: 200_001 },
      devFirstSlideMs: sample([10_001]),
      editVisibleMs: sample([301]),
      presentStartMs: sample([2001]),
      // The worst delay of any run counts, not the median run's.
      relayWorstMs: sample([20, 101, 30]),
    }
    const watch = watchRaceFigures([3001], [2000])
    const outcomes = evaluateTargets(deck, baseline, 20, race(3001, 9001), measures(page(94, 99, 101, 800 * 1024 + 1), page(94, 99, 101, 0)), watch)
    expect(outcomes.every(o => o.pass === false)).toBe(true)
    expect(outcomes.find(o => o.id === 'exportEdited')?.actual).toBeCloseTo(3.0003)
    expect(outcomes.find(o => o.id === 'buildPerSlide')?.actual).toBeCloseTo(2)
    expect(outcomes.find(o => o.id === 'relayWorst')?.actual).toBe(101)
  })

  it('reports an unmeasured figure as neither pass nor fail', () => {
    const outcomes = evaluateTargets({}, {}, 20)
    expect(outcomes.every(o => o.pass === undefined && o.actual === undefined)).toBe(true)
  })

  it('measures the dev server\'s first visible slide against the plain deck\'s, median over median', () => {
    const dev = (deck: number[], plain: number[] | undefined) => evaluateTargets({ devFirstSlideMs: sample(deck) }, plain ? { devFirstSlideMs: sample(plain) } : {}, 20).find(o => o.id === 'devFirstSlide')!
    expect(dev([12_730, 12_080, 13_490], [9820, 9490, 10_240])).toMatchObject({ unit: 'ratio', limit: 1, pass: false })
    expect(dev([12_730, 12_080, 13_490], [9820, 9490, 10_240]).actual).toBeCloseTo(12_730 / 9820)
    expect(dev([9000, 9500], [9800])).toMatchObject({ actual: 9250 / 9800, pass: true })
    // The plain deck's figure is missing when its dev step failed: then there is nothing to compare with.
    expect(dev([9000], undefined)).toMatchObject({ actual: undefined, pass: undefined })
  })
})
