/**
 * The SVG charts' layouts: lengths proportional to the data, labels that fit
 * the width, and titles and descriptions that state the numbers.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { consortiaChart } from '../../lib/charts/consortia'
import { fundingChart } from '../../lib/charts/funding-scale'
import { scoringChart } from '../../lib/charts/review-scoring'
import { linear, textWidth } from '../../lib/charts/scale'
import { slipChart } from '../../lib/charts/schedule-slip'
import { pathChart } from '../../lib/charts/team-path'
import { fundingLines, reviewScoring, scheduleSlipRows, selectedConsortiaRows, teamPath } from '../../lib/data/views'
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

describe('the funding structure to scale', () => {
  const fixture = loadDeckData(resolve(__dirname, '../fixtures/data/valid'))

  it('multiplies a per-team amount by the teams the line goes to, and leaves amounts in other units undrawn', () => {
    const lines = fundingLines(data, { until: '2025-08-04' })
    const dataLine = lines.find(l => l.id === 'data')!
    const perTeam = dataLine.items.find(i => i.times)!
    expect([perTeam.text, perTeam.times, perTeam.value]).toEqual(['팀당 28억 원', 5, 140])
    const gpu = lines.find(l => l.id === 'gpu')!
    expect(gpu.items.map(i => i.value)).toEqual([undefined])
    expect(gpu.deferred).toEqual([{ teams: ['SK텔레콤', '네이버클라우드'], from: '2026년 하반기' }])
  })

  it('as of a date: leaves out items offered and totals stated later (the settlement, the added team\'s GPUs)', () => {
    const then = fundingLines(data, { until: '2025-08-04' })
    const now = fundingLines(data)
    expect(then.find(l => l.id === 'gpu')!.totals.map(t => t.value)).toEqual([1500, 1576])
    expect(now.find(l => l.id === 'gpu')!.totals.map(t => t.value)).toEqual([1500, 1576, 1586])
    expect(then.find(l => l.id === 'gpu')!.items).toHaveLength(1)
    expect(now.find(l => l.id === 'gpu')!.items.length).toBeGreaterThan(1)
  })

  it.each([['ko', ko], ['en', en]] as const)('draws totals as a range and items at one scale, each label inside the width (%s)', (_, ui) => {
    const chart = fundingChart(fundingLines(data, { until: '2025-08-04', ui }), ui, { ministry: 'MSIT' })
    const gpu = chart.rows[0]!.total!
    expect(gpu.high / gpu.low).toBeCloseTo(1576 / 1500, 6)
    const perUnit = gpu.low / 1500
    const dataRow = chart.rows.find(r => r.items.length === 3)!
    expect(dataRow.items.map(i => Math.round(i.high / perUnit))).toEqual([100, 140, 200])
    for (const row of chart.rows) {
      // A line's total is set bold, its items regular.
      if (row.total)
        expect(chart.plotX + row.total.high + 10 + textWidth(row.total.label, 18, 'bold')).toBeLessThanOrEqual(chart.width + 0.001)
      for (const bar of row.items)
        expect(chart.plotX + bar.high + 10 + textWidth(bar.label, 18)).toBeLessThanOrEqual(chart.width + 0.001)
    }
    expect(chart.description).toContain(ui === ko ? '1,576' : '157.6')
  })

  it('a line with one total draws no range', () => {
    const chart = fundingChart(fundingLines(fixture, { ui: ko }), ko)
    for (const row of chart.rows.filter(r => r.total))
      expect(row.total!.low).toBeLessThanOrEqual(row.total!.high)
  })
})

describe('the schedule slip', () => {
  it('places each report on the days its wording covers, and marks when each review happened', () => {
    const rows = scheduleSlipRows(data)
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

describe('the funding chart\'s recipients', () => {
  it('names the teams a line goes to, or says all of them when it goes to every team', () => {
    const chart = fundingChart(fundingLines(data, { until: '2025-08-04' }), ko)
    const notes = (id: string) => chart.rows.find(r => r.name === id)!.notes.map(n => n.text)
    expect(notes('데이터')).toEqual(['→ 5개 팀 모두'])
    expect(notes('GPU')[0]).toBe('→ 업스테이지·NC AI·LG AI연구원: 정예팀마다 512장 (B200)')
    expect(notes('GPU')[1]).toBe('SK텔레콤·네이버클라우드: 2026년 하반기부터')
    expect(notes('인재')).toEqual(['→ 업스테이지'])
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
})
