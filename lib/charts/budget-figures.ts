/**
 * Budget figures on one axis of money: for the programme's total and each
 * support line, the span of the figures reports gave (grey, a dot per figure)
 * and the settled figure (accent), so that a disagreement is seen as a range
 * and no figure is chosen silently.
 */
import type { BudgetRowView } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import type { Chart, LineMark, TextMark, Tick } from './frame'
import type { Weight } from './scale'
import { CHART_WIDTH, TEXT } from './frame'
import { linear, textWidth } from './scale'

const ROW = 68
const GAP = 14
/** The reported figures' dots, and half the settled figure's square. */
const DOT = 7
/** Where a row's labels sit from its line: its name's baseline, the reported label's above, the settled one's below. */
const NAME_BASELINE = 6
const REPORTED_BASELINE = -16
const SETTLED_BASELINE = 32

/** A label beside a mark: starting at `x`, or ending there where it would run past the chart. */
export interface BudgetLabel extends TextMark { anchor: 'start' | 'end' }

export interface BudgetChartRow {
  name: TextMark
  /** The row's line across the plot. */
  line: LineMark
  /** The reported figures' span and dots, and its label. */
  range?: { span: LineMark, dots: { cx: number, cy: number, r: number }[], label: BudgetLabel }
  /** The settled figure's square and its label. */
  settled?: { square: { x: number, y: number, width: number, height: number }, label: BudgetLabel }
}

export interface BudgetChart extends Chart {
  plotX: number
  rows: BudgetChartRow[]
  /** The money axis: its ticks, and its unit under the last. */
  ticks: Tick[]
  unit: TextMark
}

/** Joins figures that share the unit: "1,500 · 1,576억 원". */
function joined(texts: string[], unit: string): string {
  const ending = texts.every(t => t.endsWith(unit)) ? unit : ''
  const bare = texts.map(t => ending ? t.slice(0, -ending.length).trim() : t)
  return ending ? `${bare.join(' · ')}${ending.startsWith('억') ? '' : ' '}${ending}` : bare.join(' · ')
}

export function budgetChart(rows: BudgetRowView[], ui: UiStrings, options: { width?: number } = {}): BudgetChart {
  const width = options.width ?? CHART_WIDTH
  const plotX = Math.ceil(Math.max(...rows.map(r => textWidth(r.name, TEXT.body, 'bold')))) + GAP + 8
  const max = Math.max(...rows.flatMap(r => r.figures.map(f => f.value)))
  const x = linear([0, max], [plotX, width - 16])
  // Reported figures are set regular, the settled one bold.
  const label = (text: string, at: number, y: number, weight: Weight = 'regular'): BudgetLabel =>
    ({ text, x: at, y, anchor: at + textWidth(text, TEXT.body, weight) <= width ? 'start' : 'end' })
  const chartRows = rows.map((row, i): BudgetChartRow => {
    const reported = row.figures.filter(f => !f.settled).sort((a, b) => a.value - b.value)
    const first = row.figures.find(f => f.settled)
    const y = i * ROW + 40
    const xs = reported.map(f => x(f.value))
    return {
      name: { text: row.name, x: 0, y: y + NAME_BASELINE },
      line: { x1: plotX, x2: width, y1: y, y2: y },
      range: reported.length
        ? {
            span: { x1: xs[0]!, x2: xs.at(-1)!, y1: y, y2: y },
            dots: xs.map(cx => ({ cx, cy: y, r: DOT })),
            label: label(ui.budget.reported(joined([...new Set(reported.map(f => f.text))], ui.budget.unit)), xs[0]!, y + REPORTED_BASELINE),
          }
        : undefined,
      settled: first
        ? {
            square: { x: x(first.value) - DOT, y: y - DOT, width: 2 * DOT, height: 2 * DOT },
            label: label(ui.budget.settled(first.text), x(first.value), y + SETTLED_BASELINE, 'bold'),
          }
        : undefined,
    }
  })
  // Ticks in the edition's unit (억 원 or ₩ bn), placed by the data's value in 억 원.
  const axisY = rows.length * ROW + 34
  const perEok = ui.budget.inUnit(1)
  const top = max * perEok
  const magnitude = 10 ** (Math.floor(Math.log10(top)) - 1)
  const step = [1, 2, 5, 10, 20, 50].map(f => f * magnitude).find(s => top / s <= 5)!
  const ticks = Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, i) => {
    const value = Math.round(i * step * 1e6) / 1e6
    return { text: value.toLocaleString('en-US'), x: x(value / perEok), y: axisY, anchor: 'middle' as const }
  })
  return {
    width,
    height: axisY + 24,
    font: TEXT.body,
    plotX,
    rows: chartRows,
    ticks,
    unit: { text: ui.budget.unit, x: width, y: axisY + 20, anchor: 'end' },
    title: ui.budget.title,
    description: ui.budget.description(rows.map(row => ({
      name: row.name,
      reported: row.figures.filter(f => !f.settled).map(f => `${f.text} (${f.scope})`),
      settled: row.figures.filter(f => f.settled).map(f => `${f.text} (${f.scope})`),
    }))),
  }
}
