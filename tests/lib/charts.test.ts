/**
 * The SVG charts' layouts: lengths proportional to the data, labels that fit
 * the width, and titles and descriptions that state the numbers.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { consortiaChart } from '../../lib/charts/consortia'
import { scoringChart } from '../../lib/charts/review-scoring'
import { linear, textWidth } from '../../lib/charts/scale'
import { SLIP_FONT, SLIP_LAYOUT, slipChart } from '../../lib/charts/schedule-slip'
import { pathChart } from '../../lib/charts/team-path'
import { reviewScoring, scheduleSlipRows, selectedConsortiaRows, teamPath } from '../../lib/data/views'
import { localizedData } from '../../lib/i18n'
import { en } from '../../lib/i18n/en'
import { ko } from '../../lib/i18n/ko'
import { loadDeckData } from '../../node/load-data'

const data = loadDeckData(resolve(__dirname, '../../data'))

describe('scale helpers', () => {
  it('maps linearly', () => {
    expect(linear([0, 100], [10, 210])(25)).toBe(60)
  })

  it('measures a label by the typeface\'s advance widths, bold Latin wider, Hangul the same in both weights', () => {
    // Chromium set these words in Pretendard at 100 px: 'Universities' 521.4 px, 'Companies' 503.2, '연구기관' 345.7.
    // Kerning is left out, so a word may differ by a few tenths of a per cent.
    for (const [word, set] of [['Universities', 521.4], ['Companies', 503.2], ['연구기관', 345.7]] as const)
      expect(Math.abs(textWidth(word, 100) / set - 1), word).toBeLessThan(0.005)
    expect(textWidth('연구기관', 100, 'bold')).toBeCloseTo(textWidth('연구기관', 100), 6)
    expect(textWidth('Universities', 100, 'bold')).toBeGreaterThan(textWidth('Universities', 100))
    // A character the tables do not know counts as one em, never as nothing.
    expect(textWidth('漢', 20)).toBe(20)
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

describe('the schedule slip', () => {
  it('places each report on the days its wording covers, and marks when each review happened', () => {
    const rows = scheduleSlipRows(data, ko)
    expect(rows.map(r => r.name)).toEqual(['1차 단계평가', '2차 단계평가', '최종 2개 팀'])
    expect(rows[1]!.reports.map(r => [r.from, r.to])).toEqual([['2026-06-01', '2026-07-31'], ['2026-08-01', '2026-08-31']])
    expect(rows[1]!.happened?.date).toBe('2026-08-18')
    expect(rows[2]!.happened).toBeUndefined()
    expect(rows[2]!.reports.at(-1)!.from).toBeUndefined()
  })

  it.each([['ko', ko], ['en', en]] as const)('draws later reports further right, the event after its first report, and every label inside (%s)', (_, ui) => {
    const chart = slipChart(scheduleSlipRows(data, ui), data.asOf, ui)
    const second = chart.rows[1]!
    expect(second.reports[1]!.x1).toBeGreaterThanOrEqual(second.reports[0]!.x2)
    expect(second.happened!.x).toBeGreaterThan(second.reports[0]!.x2)
    expect(chart.rows[2]!.unplaced).toHaveLength(1)
    for (const row of chart.rows) {
      for (const report of row.reports) {
        const w = textWidth(report.label, 16)
        expect(report.anchor === 'start' ? report.labelX + w : report.labelX).toBeLessThanOrEqual(chart.width + 0.001)
        expect(report.anchor === 'end' ? report.labelX - w : report.labelX).toBeGreaterThanOrEqual(chart.plotX - 0.001)
      }
    }
    expect(chart.asOf.x).toBeGreaterThan(second.happened!.x)
    expect(chart.description).toContain(ui.date('2026-08-18'))
  })
})

describe('the selected teams', () => {
  it.each([['ko', ko], ['en', en]] as const)('draws a block per partner grouped by kind, each direction inside the width (%s)', (_, ui) => {
    const rows = selectedConsortiaRows(localizedData(data, ui.lang), { ui })
    const chart = consortiaChart(rows, ui)
    chart.rows.forEach((row, i) => {
      expect(row.groups.reduce((sum, g) => sum + g.count, 0)).toBe(rows[i]!.partnerCount)
      expect(row.groups.reduce((sum, g) => sum + g.width, 0)).toBeCloseTo(rows[i]!.partnerCount * 15, 6)
      expect(row.direction).toBe(rows[i]!.focus)
      expect(row.directionLines.join(' ')).toBe(row.direction)
      expect(row.directionLines.length).toBeLessThanOrEqual(2)
      for (const line of row.directionLines)
        expect(chart.directionX + textWidth(line, 18)).toBeLessThanOrEqual(chart.width + 0.001)
      expect(chart.directionX).toBeGreaterThanOrEqual(Math.max(...row.groups.map(g => g.x + g.width)))
    })
    expect(chart.rows.filter(r => r.startup).map(r => r.lead)).toEqual([ui === ko ? '업스테이지' : 'Upstage'])
    expect(chart.description).toContain(ui === ko ? '기업 9' : 'Companies 9')
  })
})

describe('the schedule slip\'s marks', () => {
  it.each([['ko', ko], ['en', en]] as const)('the day a review happened takes the row\'s last line, below every report (%s)', (_, ui) => {
    const chart = slipChart(scheduleSlipRows(data, ui), data.asOf, ui)
    for (const row of chart.rows.filter(r => r.happened)) {
      for (const report of row.reports)
        expect(report.y, `${row.name}: ${report.label}`).toBeLessThan(row.y + row.height - 26)
    }
  })
})

describe('the schedule slip\'s as-of line', () => {
  it.each([['ko', ko], ['en', en]] as const)('breaks where a label stands across it (%s)', (_, ui) => {
    const chart = slipChart(scheduleSlipRows(data, ui), data.asOf, ui)
    const crossing = chart.rows.flatMap(row => row.reports).filter((r) => {
      const w = textWidth(r.label, 16)
      const [x1, x2] = r.anchor === 'start' ? [r.labelX, r.labelX + w] : [r.labelX - w, r.labelX]
      return x1 <= chart.asOf.x && chart.asOf.x <= x2
    })
    expect(crossing.length).toBeGreaterThan(0)
    for (const label of crossing) {
      const [top, bottom] = [label.y + 6 - 0.94 * 16, label.y + 6 + 0.23 * 16]
      for (const [y1, y2] of chart.asOf.segments)
        expect(y2 <= top || y1 >= bottom, label.label).toBe(true)
    }
  })

  it.each([['ko', ko], ['en', en]] as const)('breaks for the day a review happened and for an axis label too (%s)', (_, ui) => {
    const chart = slipChart(scheduleSlipRows(data, ui), data.asOf, ui)
    const { HAPPENED_GAP } = SLIP_LAYOUT
    const boxes = [
      ...chart.rows.filter(row => row.happened).map((row) => {
        const w = textWidth(row.happened!.label, SLIP_FONT, 'bold')
        const at = row.happened!.anchor === 'start' ? row.happened!.x + HAPPENED_GAP : row.happened!.x - HAPPENED_GAP
        const baseline = row.y + row.height - 26 / 2 + 6
        return { label: row.happened!.label, x1: row.happened!.anchor === 'start' ? at : at - w, x2: row.happened!.anchor === 'start' ? at + w : at, top: baseline - 0.94 * SLIP_FONT, bottom: baseline + 0.23 * SLIP_FONT }
      }),
      ...chart.ticks.map(tick => ({ label: tick.label, x1: tick.x - textWidth(tick.label, 16) / 2, x2: tick.x + textWidth(tick.label, 16) / 2, top: chart.axisY + 4 - 0.94 * 16, bottom: chart.axisY + 4 + 0.23 * 16 })),
    ]
    const crossing = boxes.filter(b => b.x1 <= chart.asOf.x && chart.asOf.x <= b.x2)
    // The as-of day (2026.12.3) lies under "2026.8.18 결과 발표", which the line ran through, and within 3 px of the axis' "2027.1".
    expect(crossing.map(b => b.label)).toEqual(ui === ko ? ['2026.8.18 결과 발표', '2027.1'] : ['results 18 Aug 2026', 'Jan 2027'])
    for (const box of crossing) {
      for (const [y1, y2] of chart.asOf.segments)
        expect(y2 <= box.top || y1 >= box.bottom, `${box.label}: ${y1}–${y2} against ${box.top}–${box.bottom}`).toBe(true)
    }
  })
})
