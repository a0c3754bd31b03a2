/**
 * The SVG charts' layouts: lengths proportional to the data, labels that fit
 * the width, and titles and descriptions that state the numbers.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { consortiaChart } from '../../lib/charts/consortia'
import { TEXT } from '../../lib/charts/frame'
import { scoringChart } from '../../lib/charts/review-scoring'
import { linear, textWidth, wrapWords } from '../../lib/charts/scale'
import { slipChart } from '../../lib/charts/schedule-slip'
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

  it('wraps words to the room, keeping a word too wide for it on a line of its own', () => {
    const room = textWidth('Universities and', 18)
    expect(wrapWords('Universities and companies together', room, 18)).toEqual(['Universities and', 'companies', 'together'])
    expect(wrapWords('Supercalifragilistic word', 50, 18)).toEqual(['Supercalifragilistic', 'word'])
  })
})

describe.each([['ko', ko], ['en', en]] as const)('the %s charts', (_, ui) => {
  it('scoring: bars as long as their points, averages and top scores at the same scale, each note inside the width', () => {
    const view = reviewScoring(data, 'second-evaluation', ui)!
    const chart = scoringChart(view, ui, { accent: 'AAII' })
    const perPoint = chart.rows[0]!.points.width / view.segments[0]!.points
    chart.rows.forEach((row, i) => {
      const segment = view.segments[i]!
      expect(row.points.width).toBeCloseTo(segment.points * perPoint, 6)
      expect(row.points.x).toBe(chart.barX)
      if (segment.average !== undefined)
        expect(row.average!.width).toBeCloseTo(segment.average * perPoint, 6)
      if (segment.top)
        expect(row.top!.x1 - chart.barX).toBeCloseTo(segment.top.score * perPoint, 6)
      // The label ends before the bar; the note starts after it and ends inside the chart.
      expect(row.label.x).toBeLessThan(chart.barX)
      expect(row.note.x).toBeGreaterThan(chart.barX + row.points.width)
      expect(row.note.x + textWidth(row.note.text, TEXT.body, row.accent ? 'bold' : 'regular')).toBeLessThanOrEqual(chart.width + 0.001)
    })
    expect(chart.ticks.every(t => t.y > chart.rows.at(-1)!.points.y + chart.rows.at(-1)!.points.height && t.y < chart.height)).toBe(true)
    expect(chart.rows.filter(r => r.accent).map(r => r.label)).toHaveLength(1)
    expect(chart.description).toContain('11.9')
    expect(chart.description).toContain('25')
  })

  it('path: the line steps up at each selection and down at each elimination, in date order', () => {
    const steps = teamPath(data, 'motif-technologies', ui)
    const chart = pathChart('Motif', steps, ui)
    expect(chart.marks.map(m => m.above)).toEqual([false, true, false])
    const xs = chart.marks.map(m => m.dot.cx)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    for (const mark of chart.marks) {
      expect(mark.dot.cx).toBeLessThanOrEqual(chart.width)
      // Its label above the dot in the upper lane, below it in the lower, the date first.
      expect(mark.above ? mark.text.y < mark.dot.cy : mark.when.y > mark.dot.cy).toBe(true)
      expect(mark.text.y).toBeGreaterThan(mark.when.y)
      expect(chart.line).toContain(`${mark.dot.cx},${mark.dot.cy}`)
    }
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
    const end = (report: typeof second.reports[number]) => report.bar.x + report.bar.width
    expect(second.reports[1]!.bar.x).toBeGreaterThanOrEqual(end(second.reports[0]!))
    expect(second.happened!.x).toBeGreaterThan(end(second.reports[0]!))
    expect(chart.rows[2]!.unplaced).toHaveLength(1)
    for (const row of chart.rows) {
      for (const { bar, label } of row.reports) {
        const w = textWidth(label.text, TEXT.small)
        expect(label.anchor === 'start' ? label.x + w : label.x).toBeLessThanOrEqual(chart.width + 0.001)
        expect(label.anchor === 'end' ? label.x - w : label.x).toBeGreaterThanOrEqual(chart.plotX - 0.001)
        // The label beside its bar, on its line.
        expect(label.anchor === 'start' ? label.x >= bar.x + bar.width : label.x <= bar.x).toBe(true)
        expect(label.y - 6).toBe(bar.y + bar.height / 2)
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
      expect(row.groups.reduce((sum, g) => sum + Number(g.count.text), 0)).toBe(rows[i]!.partnerCount)
      expect(row.groups.reduce((sum, g) => sum + g.block.width, 0)).toBeCloseTo(rows[i]!.partnerCount * 15, 6)
      expect(row.direction).toBe(rows[i]!.focus)
      expect(row.directionLines.map(l => l.text).join(' ')).toBe(row.direction)
      expect(row.directionLines.length).toBeLessThanOrEqual(2)
      for (const line of row.directionLines)
        expect(line.x + textWidth(line.text, TEXT.body)).toBeLessThanOrEqual(chart.width + 0.001)
      expect(chart.directionX).toBeGreaterThanOrEqual(Math.max(...row.groups.map(g => g.block.x + g.block.width)))
      // Each group's count in its middle, the blocks side by side under the row's rule.
      for (const group of row.groups)
        expect(group.count.x).toBeCloseTo(group.block.x + group.block.width / 2, 6)
      row.groups.slice(1).forEach((group, g) => expect(group.block.x).toBeCloseTo(row.groups[g]!.block.x + row.groups[g]!.block.width, 6))
      expect(row.groups.every(g => g.block.y > row.rule.y1)).toBe(true)
    })
    expect(chart.rows.filter(r => r.startup).map(r => r.lead.text)).toEqual([ui === ko ? '업스테이지' : 'Upstage'])
    expect(chart.description).toContain(ui === ko ? '기업 9' : 'Companies 9')
  })
})

describe('the schedule slip\'s marks', () => {
  it.each([['ko', ko], ['en', en]] as const)('the day a review happened takes the row\'s last line, below every report (%s)', (_, ui) => {
    const chart = slipChart(scheduleSlipRows(data, ui), data.asOf, ui)
    for (const row of chart.rows.filter(r => r.happened)) {
      for (const report of row.reports)
        expect(report.bar.y + report.bar.height, `${row.name.text}: ${report.label.text}`).toBeLessThan(row.y + row.height - 26)
      expect(row.happened!.dot.cy).toBe(row.y + row.height - 13)
    }
  })
})

describe('the schedule slip\'s as-of line', () => {
  it.each([['ko', ko], ['en', en]] as const)('breaks where a label stands across it (%s)', (_, ui) => {
    const chart = slipChart(scheduleSlipRows(data, ui), data.asOf, ui)
    const crossing = chart.rows.flatMap(row => row.reports.map(r => r.label)).filter((label) => {
      const w = textWidth(label.text, TEXT.small)
      const [x1, x2] = label.anchor === 'start' ? [label.x, label.x + w] : [label.x - w, label.x]
      return x1 <= chart.asOf.x && chart.asOf.x <= x2
    })
    expect(crossing.length).toBeGreaterThan(0)
    for (const label of crossing) {
      const [top, bottom] = [label.y - 0.94 * TEXT.small, label.y + 0.23 * TEXT.small]
      for (const { y1, y2 } of chart.asOf.segments)
        expect(y2 <= top || y1 >= bottom, label.text).toBe(true)
    }
    expect(chart.asOf.segments.every(s => s.x1 === chart.asOf.x && s.x2 === chart.asOf.x)).toBe(true)
  })

  it.each([['ko', ko], ['en', en]] as const)('breaks for the day a review happened and for an axis label too (%s)', (_, ui) => {
    const chart = slipChart(scheduleSlipRows(data, ui), data.asOf, ui)
    const boxes = [
      ...chart.rows.flatMap(row => row.happened ? [row.happened.label] : []).map((label) => {
        const w = textWidth(label.text, TEXT.body, 'bold')
        return { label: label.text, x1: label.anchor === 'start' ? label.x : label.x - w, x2: label.anchor === 'start' ? label.x + w : label.x, top: label.y - 0.94 * TEXT.body, bottom: label.y + 0.23 * TEXT.body }
      }),
      ...chart.ticks.map(tick => ({ label: tick.text, x1: tick.x - textWidth(tick.text, TEXT.small) / 2, x2: tick.x + textWidth(tick.text, TEXT.small) / 2, top: tick.y - 0.94 * TEXT.small, bottom: tick.y + 0.23 * TEXT.small })),
    ]
    const crossing = boxes.filter(b => b.x1 <= chart.asOf.x && chart.asOf.x <= b.x2)
    // The as-of day (2026.12.3) lies under "2026.8.18 결과 발표", which the line ran through, and within 3 px of the axis' "2027.1".
    expect(crossing.map(b => b.label)).toEqual(ui === ko ? ['2026.8.18 결과 발표', '2027.1'] : ['results 18 Aug 2026', 'Jan 2027'])
    for (const box of crossing) {
      for (const { y1, y2 } of chart.asOf.segments)
        expect(y2 <= box.top || y1 >= box.bottom, `${box.label}: ${y1}–${y2} against ${box.top}–${box.bottom}`).toBe(true)
    }
  })
})
