/**
 * The schedule slip on one time axis: for each review, a grey bar for every
 * report of when it would happen (the days its wording covers, labelled with
 * the day it was reported) and an accent mark where it happened, on a line of its own, so that the
 * gap between what was said and what happened is seen. A dashed line marks the
 * deck's as-of date (broken where any label stands across it: a report's, the
 * day a review happened, an axis label): a review still to
 * come lies to its right.
 */
import type { SlipRow } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import { dayNumber, linear, textWidth } from './scale'

export const SLIP_FONT = 18
const LABEL_FONT = 16
const LINE = 26
const ROW_GAP = 12
const BAR = 12
const GAP = 10
const AXIS = 8
/** From the mark of the day a review happened to its label. */
const HAPPENED_GAP = 12

export interface SlipChartReport { x1: number, x2: number, y: number, label: string, labelX: number, anchor: 'start' | 'end' }

export interface SlipChartRow {
  name: string
  y: number
  height: number
  reports: SlipChartReport[]
  /** Reports whose wording names no time, as text under the row's name. */
  unplaced: string[]
  happened?: { x: number, label: string, anchor: 'start' | 'end' }
}

export interface SlipChart {
  width: number
  height: number
  plotX: number
  rows: SlipChartRow[]
  /** The as-of line, drawn in pieces that leave a gap where a label stands across it. */
  asOf: { x: number, label: string, segments: [number, number][] }
  ticks: { x: number, label: string }[]
  axisY: number
  title: string
  description: string
}

function monthsBetween(first: number, last: number): string[] {
  const start = new Date(first * 86_400_000)
  const months: string[] = []
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; dayNumber(`${y}-${String(m).padStart(2, '0')}`) <= last; m === 12 ? (y++, m = 1) : m++)
    months.push(`${y}-${String(m).padStart(2, '0')}`)
  return months
}

export function slipChart(rows: SlipRow[], asOf: string, ui: UiStrings, options: { width?: number } = {}): SlipChart {
  const width = options.width ?? 860
  const plotX = Math.ceil(Math.max(...rows.map(r => textWidth(r.name, SLIP_FONT, 'bold')))) + 24
  // The axis runs from the first report to the last day any report names: a label before a bar has room there.
  const days = rows.flatMap(r => [...r.reports.flatMap(p => (p.from && p.to ? [dayNumber(p.from), dayNumber(p.to)] : [])), ...r.reports.map(p => dayNumber(p.reportedOn)), ...(r.happened ? [dayNumber(r.happened.date)] : [])])
  const first = Math.min(...days, dayNumber(asOf)) - 20
  const last = Math.max(...days, dayNumber(asOf)) + 20
  const x = linear([first, last], [plotX, width - 4])
  const place = (x1: number, x2: number, label: string, size: number) => {
    const room = textWidth(label, size) + GAP
    return x2 + room <= width ? { labelX: x2 + GAP, anchor: 'start' as const } : { labelX: x1 - GAP, anchor: 'end' as const }
  }

  let y = 0
  const chartRows = rows.map((row): SlipChartRow => {
    const top = y
    // Reports that said the same days are one bar, labelled with every day they were reported.
    const bars = new Map<string, { from: string, to: string, dates: string[] }>()
    for (const report of row.reports.filter(r => r.from && r.to)) {
      const key = `${report.from}/${report.to}`
      const bar = bars.get(key) ?? { from: report.from!, to: report.to!, dates: [] }
      bar.dates.push(report.reported)
      bars.set(key, bar)
    }
    // Each bar takes the first lane where it and its label clear what is already there.
    const lanes: [number, number][][] = []
    const placed = [...bars.values()].map((bar) => {
      const x1 = x(dayNumber(bar.from))
      const x2 = Math.max(x(dayNumber(bar.to) + 1), x1 + 6)
      const label = ui.slip.reported(ui.list(bar.dates))
      const at = place(x1, x2, label, LABEL_FONT)
      const width = textWidth(label, LABEL_FONT)
      const extent: [number, number] = at.anchor === 'start' ? [x1, at.labelX + width] : [at.labelX - width, x2]
      let lane = lanes.findIndex(taken => taken.every(([a, b]) => extent[1] + GAP <= a || b + GAP <= extent[0]))
      if (lane < 0)
        lane = lanes.push([]) - 1
      lanes[lane]!.push(extent)
      return { x1, x2, label, ...at, lane }
    })
    const reports = placed.map(({ lane, ...bar }): SlipChartReport => ({ ...bar, y: top + lane * LINE + LINE / 2 }))
    const unplaced = row.reports.filter(r => !(r.from && r.to)).map(r => ui.reported(r.said, r.reportedOn))
    // The day it happened, or what cannot be placed on the axis, takes the row's last line.
    const lines = Math.max(lanes.length, 1) + (row.happened || unplaced.length ? 1 : 0)
    y += lines * LINE + ROW_GAP
    const happened = row.happened && (() => {
      const at = x(dayNumber(row.happened!.date))
      const label = ui.slip.happened(row.happened!.when)
      return { x: at, label, anchor: at + GAP + textWidth(label, SLIP_FONT, 'bold') <= width ? 'start' as const : 'end' as const }
    })()
    return { name: row.name, y: top, height: lines * LINE, reports, unplaced, happened }
  })
  const axisY = y + 14
  const asOfX = x(dayNumber(asOf))
  // Every label's box (text spans [baseline - 0.94 em, baseline + 0.23 em]); the as-of line breaks where one crosses it.
  const labelBoxes: [number, number, number, number][] = chartRows.flatMap(row => [
    ...row.reports.map((r): [number, number, number, number] => {
      const w = textWidth(r.label, LABEL_FONT)
      const [x1, x2] = r.anchor === 'start' ? [r.labelX, r.labelX + w] : [r.labelX - w, r.labelX]
      return [x1, x2, r.y + 6 - 0.94 * LABEL_FONT, r.y + 6 + 0.23 * LABEL_FONT]
    }),
    ...row.unplaced.map((text, i): [number, number, number, number] => {
      const baseline = row.y + row.height - (row.unplaced.length - i) * LINE + LINE / 2 + 6
      return [plotX, plotX + textWidth(text, LABEL_FONT), baseline - 0.94 * LABEL_FONT, baseline + 0.23 * LABEL_FONT]
    }),
    // The day it happened, set bold at the chart's size beside its mark (as ScheduleSlip.vue places it).
    ...(row.happened
      ? [((): [number, number, number, number] => {
          const w = textWidth(row.happened!.label, SLIP_FONT, 'bold')
          const at = row.happened!.anchor === 'start' ? row.happened!.x + HAPPENED_GAP : row.happened!.x - HAPPENED_GAP
          const baseline = row.y + row.height - LINE / 2 + 6
          const [x1, x2] = row.happened!.anchor === 'start' ? [at, at + w] : [at - w, at]
          return [x1, x2, baseline - 0.94 * SLIP_FONT, baseline + 0.23 * SLIP_FONT]
        })()]
      : []),
  ])
  // Ticks every half year, those whose label fits the width; the line stops above a tick's label it would cross.
  const ticks = monthsBetween(first, last).filter(m => ['01', '07'].includes(m.slice(5))).map(m => ({ x: x(dayNumber(m)), label: ui.date(m) })).filter(tick => tick.x + textWidth(tick.label, LABEL_FONT) / 2 <= width && tick.x - textWidth(tick.label, LABEL_FONT) / 2 >= plotX / 2)
  for (const tick of ticks) {
    const half = textWidth(tick.label, LABEL_FONT) / 2
    labelBoxes.push([tick.x - half, tick.x + half, axisY + 4 - 0.94 * LABEL_FONT, axisY + 4 + 0.23 * LABEL_FONT])
  }
  const gaps = labelBoxes.filter(([x1, x2]) => x1 - 3 <= asOfX && asOfX <= x2 + 3).map(([, , y1, y2]): [number, number] => [y1 - 2, y2 + 2]).sort((a, b) => a[0] - b[0])
  const segments: [number, number][] = []
  let from = 0
  for (const [g1, g2] of gaps) {
    if (g1 > from)
      segments.push([from, g1])
    from = Math.max(from, g2)
  }
  if (from < axisY)
    segments.push([from, axisY])
  return {
    width,
    height: axisY + AXIS,
    plotX,
    rows: chartRows,
    asOf: { x: asOfX, label: ui.asOf(asOf), segments },
    ticks,
    axisY,
    title: ui.slip.title,
    description: ui.slip.description(rows.map(row => ({
      name: row.name,
      reports: row.reports.map(r => ui.reported(r.said, r.reportedOn)),
      happened: row.happened?.when,
    }))),
  }
}

export const SLIP_LAYOUT = { LINE, BAR, LABEL_FONT, HAPPENED_GAP }
