/**
 * The budget chart prints every number in its edition's unit: 억 원 in Korean,
 * ₩ bn in English (10억 원 = ₩1 bn), the axis ticks included, so an English
 * figure or tick is its Korean source value divided by ten, at the same place.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { budgetChart } from '../../lib/charts/budget-figures'
import { TEXT } from '../../lib/charts/frame'
import { textWidth } from '../../lib/charts/scale'
import { budgetRows } from '../../lib/data/views'
import { localizedData } from '../../lib/i18n'
import { en } from '../../lib/i18n/en'
import { ko } from '../../lib/i18n/ko'
import { loadDeckData } from '../../node/load-data'

const data = loadDeckData(resolve(__dirname, '../../data'))
const numbers = (text: string) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map(m => Number(m[0].replace(/,/g, '')))

describe('the budget chart in each edition\'s unit', () => {
  const korean = budgetChart(budgetRows(data, { ui: ko }), ko)
  const english = budgetChart(budgetRows(localizedData(data, 'en'), { ui: en }), en)

  it('writes each English figure as its Korean value in ₩ bn (a tenth of the 억 원 figure)', () => {
    expect(english.rows.map(r => r.range?.label !== undefined)).toEqual(korean.rows.map(r => r.range?.label !== undefined))
    korean.rows.forEach((row, i) => {
      const other = english.rows[i]!
      for (const [ko, en] of [[row.range?.label.text, other.range?.label.text], [row.settled?.label.text, other.settled?.label.text]] as const) {
        const want = numbers(ko ?? '').map(n => n / 10)
        expect(numbers(en ?? ''), `${other.name.text}: "${en}" against "${ko}"`).toEqual(want)
      }
    })
  })

  it('labels the English axis in ₩ bn, each tick a tenth of the Korean tick at the same place', () => {
    const top = Math.max(...data.program.budget.map(b => b.amount.value))
    expect(english.ticks.length).toBeGreaterThan(2)
    expect(english.ticks.map(t => Number(t.text.replace(/,/g, '')))).toEqual(korean.ticks.map(t => Number(t.text.replace(/,/g, '')) / 10))
    // The plot starts after the row names, which differ in width: compare places along the plot.
    const along = (chart: typeof korean, x: number) => (x - chart.plotX) / (chart.width - 16 - chart.plotX)
    english.ticks.forEach((tick, i) => expect(along(english, tick.x)).toBeCloseTo(along(korean, korean.ticks[i]!.x), 6))
    // The last tick is within the largest figure, in each edition's unit (2,136억 원 = ₩213.6 bn).
    expect(Number(korean.ticks.at(-1)!.text.replace(/,/g, ''))).toBeLessThanOrEqual(top)
    expect(Number(english.ticks.at(-1)!.text.replace(/,/g, ''))).toBeLessThanOrEqual(top / 10)
  })

  it('puts each reported dot and settled square on its row\'s line, and each label that would run past the chart ends at its mark', () => {
    for (const chart of [korean, english]) {
      for (const row of chart.rows) {
        const lineY = row.line.y1
        for (const dot of row.range?.dots ?? [])
          expect(dot.cy).toBe(lineY)
        if (row.settled)
          expect(row.settled.square.y + row.settled.square.height / 2).toBe(lineY)
        for (const label of [row.range?.label, row.settled?.label].filter(l => l !== undefined)) {
          const w = textWidth(label.text, TEXT.body, label === row.settled?.label ? 'bold' : 'regular')
          expect(label.anchor === 'start' ? label.x + w : label.x, label.text).toBeLessThanOrEqual(chart.width)
        }
      }
      expect(chart.unit).toMatchObject({ x: chart.width, text: chart === korean ? ko.budget.unit : en.budget.unit })
    }
  })
})
