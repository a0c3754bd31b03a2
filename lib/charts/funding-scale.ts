/**
 * The funding structure to scale: one row per support line, its total drawn
 * as a bar on one axis of money (a range, solid to the lowest figure and light
 * to the highest, where sources disagree), the teams it goes to written under
 * it, and its items in 억 원 as thinner bars at the same scale, each named by
 * what it is for. Amounts in other units (GPUs per team) are written, not drawn.
 */
import type { FundingLineView } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import { textWidth } from './scale'

export const FUNDING_FONT = 18
const SMALL = 16
const LINE_ROW = 34
const TEXT_ROW = 24
const ITEM_ROW = 30
const GAP = 10

export interface FundingBar { y: number, low: number, high: number, label: string }

export interface FundingChartRow {
  name: string
  y: number
  total?: FundingBar
  /** Who receives the line (and how much each, where not in won); who may receive it later. */
  notes: { y: number, text: string }[]
  items: (FundingBar & { name: string })[]
}

export interface FundingChart {
  width: number
  height: number
  plotX: number
  rows: FundingChartRow[]
  title: string
  description: string
}

export function fundingChart(lines: FundingLineView[], ui: UiStrings, options: { width?: number, ministry?: string, when?: string } = {}): FundingChart {
  const width = options.width ?? 860
  // A line's name is set bold; its items' names regular (and smaller).
  const plotX = Math.ceil(Math.max(...lines.flatMap(l => [
    textWidth(l.name, FUNDING_FONT, 'bold'),
    ...l.items.filter(i => i.value !== undefined).map(i => textWidth(i.label, FUNDING_FONT)),
  ]))) + 2 * GAP
  const totalText = (line: FundingLineView) => ui.fundingScale.total(line.totals.map(t => t.text))
  const itemText = (item: FundingLineView['items'][number]) => item.times ? ui.fundingScale.times(item.text, item.times) : item.text
  // One scale for every bar: as many px per 억 원 as lets each bar's label fit after it.
  const bars = lines.flatMap(line => [
    ...(line.totals.length ? [{ value: line.totals.at(-1)!.value, label: totalText(line), size: FUNDING_FONT, weight: 'bold' as const }] : []),
    ...line.items.filter(i => i.value !== undefined).map(i => ({ value: i.value!, label: itemText(i), size: SMALL, weight: 'regular' as const })),
  ])
  const perUnit = Math.min(...bars.map(b => (width - plotX - GAP - textWidth(b.label, b.size, b.weight)) / b.value))

  // A line every team named anywhere receives says so in a few words instead of naming them all.
  const everyone = new Set(lines.flatMap(l => [...l.recipients, ...l.deferred.flatMap(d => d.teams)]))
  const receivers = (line: FundingLineView) => line.recipients.length === everyone.size && everyone.size > 1 ? ui.fundingScale.all(everyone.size) : ui.list(line.recipients)
  let y = 0
  const rows = lines.map((line): FundingChartRow => {
    const top = y
    const total = line.totals.length
      ? { y: top + LINE_ROW / 2, low: line.totals[0]!.value * perUnit, high: line.totals.at(-1)!.value * perUnit, label: totalText(line) }
      : undefined
    y += LINE_ROW
    const unitItems = line.items.filter(i => i.value === undefined).map(i => `${i.label} ${i.text}`)
    const notes = [
      { y: y + TEXT_ROW / 2, text: ui.fundingScale.to(receivers(line), unitItems.join(', ')) },
      ...line.deferred.map((d, i) => ({ y: y + (i + 1) * TEXT_ROW + TEXT_ROW / 2, text: ui.fundingScale.later(ui.list(d.teams), d.from) })),
    ]
    y += notes.length * TEXT_ROW
    const items = line.items.filter(i => i.value !== undefined).map((item) => {
      const bar = { name: item.label, y: y + ITEM_ROW / 2, low: item.value! * perUnit, high: item.value! * perUnit, label: itemText(item) }
      y += ITEM_ROW
      return bar
    })
    y += GAP
    return { name: line.name, y: top, total, notes, items }
  })
  return {
    width,
    height: y,
    plotX,
    rows,
    title: ui.fundingScale.title(options.ministry ?? '', options.when ?? ''),
    description: lines.map(line => ui.fundingScale.describe(line.name, totalText(line), line.items.map(itemText), line.recipients, line.deferred.map(d => ui.fundingScale.later(ui.list(d.teams), d.from)))).join(' '),
  }
}
