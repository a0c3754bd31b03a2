import type { LighthouseRun } from '../../../tools/bench/lighthouse'
import { describe, expect, it } from 'vitest'
import { readLighthouseReport } from '../../../tools/bench/lighthouse'
import { typicalRun } from '../../../tools/bench/result'

/** The parts of a Lighthouse 12 JSON report the benchmark reads, shaped as Lighthouse writes them. */
const report = {
  categories: {
    performance: { score: 0.93 },
    accessibility: { score: 0.96, auditRefs: [{ id: 'image-alt', weight: 10 }, { id: 'color-contrast', weight: 7 }, { id: 'bypass', weight: 0 }, { id: 'tabindex', weight: 7 }] },
  },
  audits: {
    'total-blocking-time': { score: 0.8, numericValue: 189.4 },
    'total-byte-weight': { score: 0.5, numericValue: 1_165_000, details: { items: [{ url: 'http://127.0.0.1:4000/assets/index.js', totalBytes: 165_250 }, { url: 'http://127.0.0.1:4000/1', totalBytes: 9800 }] } },
    'first-contentful-paint': { score: 0.9, numericValue: 768 },
    'largest-contentful-paint': { score: 0.9, numericValue: 950 },
    'bootup-time': { score: 0.9, details: { items: [{ url: 'http://127.0.0.1:4000/assets/vue.js', total: 1035, scripting: 841 }, { url: 'Unattributable', total: 388, scripting: 192 }] } },
    'long-tasks': { score: null, details: { items: [{ url: 'http://127.0.0.1:4000/assets/vue.js', startTime: 472, duration: 369 }] } },
    'image-alt': { score: 0, title: 'Image elements do not have `[alt]` attributes' },
    'color-contrast': { score: 1, title: 'Background and foreground colors have a sufficient contrast ratio' },
    'bypass': { score: 0, title: 'The page does not have a heading, skip link, or landmark region' },
    'tabindex': { score: null, title: 'No element has a [tabindex] value greater than 0' },
  },
}

describe('readLighthouseReport', () => {
  it('reads the scores, the timings, the bytes and where they went, addresses made relative to the page\'s origin', () => {
    const run = readLighthouseReport(report, 'http://127.0.0.1:4000')
    expect(run).toEqual({
      performance: 93,
      accessibility: 96,
      totalBlockingTimeMs: 189.4,
      transferBytes: 1_165_000,
      firstContentfulPaintMs: 768,
      largestContentfulPaintMs: 950,
      scripts: [{ url: '/assets/vue.js', totalMs: 1035, scriptingMs: 841 }, { url: 'Unattributable', totalMs: 388, scriptingMs: 192 }],
      longTasks: [{ url: '/assets/vue.js', startMs: 472, durationMs: 369 }],
      largest: [{ url: '/assets/index.js', bytes: 165_250 }, { url: '/1', bytes: 9800 }],
      // Only audits that count towards the score and failed: not a passed, unweighted or not-applicable one.
      accessibilityFailures: ['image-alt: Image elements do not have `[alt]` attributes'],
    })
  })
})

describe('typicalRun', () => {
  const run = (performance: number, totalBlockingTimeMs: number) => ({ performance, totalBlockingTimeMs }) as LighthouseRun
  it('is the run with the median performance score', () => {
    expect(typicalRun([run(90, 10), run(99, 0), run(95, 50)])).toEqual(run(95, 50))
    expect(typicalRun([run(90, 10), run(99, 0)])).toEqual(run(90, 10))
    expect(() => typicalRun([])).toThrow()
  })
})
