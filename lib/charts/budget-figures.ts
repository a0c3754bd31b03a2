/**
 * Budget figures on one axis of money: for the programme's total and each
 * support line, the span of the figures reports gave (grey, a dot per figure)
 * and the settled figure (accent), so that a disagreement is seen as a range
 * and no figure is chosen silently.
 */
import type { BudgetRowView } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import type { Weight } from './scale'
import { linear, textWidth } from './scale'

export const BUDGET_FONT = 18
const ROW = 68
const GAP = 14

export interface BudgetChartRow {
  name: string
  y: number
  /** The reported figures' span and dots, and its label. */
  range?: { x1: number, x2: number, dots: number[], label: string, labelX: number, anchor: 'start' | 'end' }
  settled?: { x: number, label: string, labelX: number, anchor: 'start' | 'end' }
}

export interface BudgetChart {
  width: number
  height: number
  plotX: number
  rows: BudgetChartRow[]
  ticks: { x: number, label: string }[]
  axisY: number
  title: string
  description: string
}

/** Joins figures that share the unit: "1,500 · 1,576억 원". */
function joined(texts: string[], unit: string): string {
  const ending = texts.every(t => t.endsWith(unit)) ? unit : ''
  const bare = texts.map(t => ending ? t.slice(0, -ending.length).trim() : t)
  return ending ? `${bare.join(' · ')}${ending.startsWith('억') ? '' : ' '}${ending}` : bare.join(' · ')
}

export function budgetChart(rows: BudgetRowView[], ui: UiStrings, options: { width?: number } = {}): BudgetChart {
  const width = options.width ?? 860
  const plotX = Math.ceil(Math.max(...rows.map(r => textWidth(r.name, BUDGET_FONT, 'bold')))) + GAP + 8
  const max = Math.max(...rows.flatMap(r => r.figures.map(f => f.value)))
  const x = linear([0, max], [plotX, width - 16])
  // Reported figures are set regular, the settled one bold.
  const place = (at: number, label: string, weight: Weight = 'regular') => {
    const fits = at + textWidth(label, BUDGET_FONT, weight) <= width
    return { labelX: at, anchor: fits ? 'start' as const : 'end' as const }
  }
  const chartRows = rows.map((row, i): BudgetChartRow => {
    const reported = row.figures.filter(f => !f.settled).sort((a, b) => a.value - b.value)
    const settled = row.figures.filter(f => f.settled)
    const y = i * ROW + 40
    const range = reported.length
      ? (() => {
          const xs = reported.map(f => x(f.value))
          const label = ui.budget.reported(joined([...new Set(reported.map(f => f.text))], ui.budget.unit))
          return { x1: xs[0]!, x2: xs.at(-1)!, dots: xs, label, ...place(xs[0]!, label) }
        })()
      : undefined
    const first = settled[0]
    const settledMark = first
      ? (() => {
          const label = ui.budget.settled(first.text)
          return { x: x(first.value), label, ...place(x(first.value), label, 'bold') }
        })()
      : undefined
    return { name: row.name, y, range, settled: settledMark }
  })
  // Ticks in the edition's unit (억 원 or ₩ bn), placed by the data's value in 억 원.
  const perEok = ui.budget.inUnit(1)
  const top = max * perEok
  const magnitude = 10 ** (Math.floor(Math.log10(top)) - 1)
  const step = [1, 2, 5, 10, 20, 50].map(f => f * magnitude).find(s => top / s <= 5)!
  const ticks = Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, i) => {
    const value = Math.round(i * step * 1e6) / 1e6
    return { x: x(value / perEok), label: value.toLocaleString('en-US') }
  })
  const axisY = rows.length * ROW + 34
  return {
    width,
    height: axisY + 24,
    plotX,
    rows: chartRows,
    ticks,
    axisY,
    title: ui.budget.title,
    description: ui.budget.description(rows.map(row => ({
      name: row.name,
      reported: row.figures.filter(f => !f.settled).map(f => `${f.text} (${f.scope})`),
      settled: row.figures.filter(f => f.settled).map(f => `${f.text} (${f.scope})`),
    }))),
  }
}
