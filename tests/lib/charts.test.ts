/**
 * The SVG charts' layouts: lengths proportional to the data, labels that fit
 * the width, and titles and descriptions that state the numbers.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scoringChart } from '../../lib/charts/review-scoring'
import { linear, textWidth } from '../../lib/charts/scale'
import { pathChart } from '../../lib/charts/team-path'
import { loadDeckData } from '../../lib/data/load'
import { reviewScoring, teamPath } from '../../lib/data/views'
import { en } from '../../lib/i18n/en'
import { ko } from '../../lib/i18n/ko'

const data = loadDeckData(resolve(__dirname, '../../data'))

describe('scale helpers', () => {
  it('maps linearly and estimates label widths, Hangul wider than digits', () => {
    expect(linear([0, 100], [10, 210])(25)).toBe(60)
    expect(textWidth('가나', 20)).toBeGreaterThan(textWidth('12', 20))
  })
})

describe.each([['ko', ko], ['en', en]] as const)('the %s charts', (_, ui) => {
  it('scoring: bars as long as their points, averages and top scores at the same scale, each note inside the width', () => {
    const view = reviewScoring(data, 'second-evaluation', ui)!
    const chart = scoringChart(view, ui, { accent: 'AAII' })
    const perPoint = chart.rows[0]!.width / view.segments[0]!.points
    chart.rows.forEach((row, i) => {
      const segment = view.segments[i]!
      expect(row.width).toBeCloseTo(segment.points * perPoint, 6)
      if (segment.average !== undefined)
        expect(row.averageWidth).toBeCloseTo(segment.average * perPoint, 6)
      if (segment.top)
        expect(row.topX).toBeCloseTo(segment.top.score * perPoint, 6)
      expect(chart.barX + row.width + 14 + textWidth(row.note, 18)).toBeLessThanOrEqual(chart.width + 0.001)
    })
    expect(chart.rows.filter(r => r.accent).map(r => r.label)).toHaveLength(1)
    expect(chart.description).toContain('11.9')
    expect(chart.description).toContain('25')
  })

  it('path: the line steps up at each selection and down at each elimination, in date order', () => {
    const steps = teamPath(data, 'motif-technologies', ui)
    const chart = pathChart('Motif', steps, ui)
    expect(chart.marks.map(m => m.above)).toEqual([false, true, false])
    const xs = chart.marks.map(m => m.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    for (const mark of chart.marks)
      expect(mark.x).toBeLessThanOrEqual(chart.width)
    expect(chart.description).toContain(ui.date('2026-08-18'))
  })
})
