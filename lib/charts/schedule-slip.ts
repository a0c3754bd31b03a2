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
import type { Chart, LineMark, RectMark, TextMark, Tick } from './frame'
import type { Box } from './scale'
import { CHART_WIDTH, TEXT } from './frame'
import { dayNumber, linear, textBox, textWidth } from './scale'

/** A line of the row: its height, a report's bar's height, and the baseline of the text on it from its middle. */
const LINE = { height: 26, bar: 12, baseline: 6 }
const ROW_GAP = 12
const GAP = 10
const AXIS = 8
/** From the mark of the day a review happened to its label. */
const HAPPENED_GAP = 12
/** The as-of label's place at the top, after the line. */
const AS_OF_LABEL = { dx: 8, y: 14 }

/** A label beside a mark: starting at `x`, or ending there where it would run past the chart. */
export interface SlipLabel extends TextMark { anchor: 'start' | 'end' }

export interface SlipChartReport {
  /** The days the report's wording covers. */
  bar: RectMark
  /** The day(s) it was reported. */
  label: SlipLabel
}

export interface SlipChartRow {
  name: TextMark
  /** Top of the row, and its height: a line per lane of reports, and one for the day it happened. */
  y: number
  height: number
  reports: SlipChartReport[]
  /** Reports whose wording names no time, as text under the row's name. */
  unplaced: TextMark[]
  /** The day it happened: a stroke and a dot on the row's last line, and its label beside them. */
  happened?: { x: number, stroke: LineMark, dot: { cx: number, cy: number, r: number }, label: SlipLabel }
}

export interface SlipChart extends Chart {
  plotX: number
  rows: SlipChartRow[]
  /** The as-of line, drawn in pieces that leave a gap where a label stands across it, and its label. */
  asOf: { x: number, segments: LineMark[], label: TextMark }
  ticks: Tick[]
}

function monthsBetween(first: number, last: number): string[] {
  const start = new Date(first * 86_400_000)
  const months: string[] = []
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; dayNumber(`${y}-${String(m).padStart(2, '0')}`) <= last; m === 12 ? (y++, m = 1) : m++)
    months.push(`${y}-${String(m).padStart(2, '0')}`)
  return months
}

export function slipChart(rows: SlipRow[], asOf: string, ui: UiStrings, options: { width?: number } = {}): SlipChart {
  const width = options.width ?? CHART_WIDTH
  const plotX = Math.ceil(Math.max(...rows.map(r => textWidth(r.name, TEXT.body, 'bold')))) + 24
  // The axis runs from the first report to the last day any report names: a label before a bar has room there.
  const days = rows.flatMap(r => [...r.reports.flatMap(p => (p.from && p.to ? [dayNumber(p.from), dayNumber(p.to)] : [])), ...r.reports.map(p => dayNumber(p.reportedOn)), ...(r.happened ? [dayNumber(r.happened.date)] : [])])
  const first = Math.min(...days, dayNumber(asOf)) - 20
  const last = Math.max(...days, dayNumber(asOf)) + 20
  const x = linear([first, last], [plotX, width - 4])
  /** A label's box, by its anchor. */
  const boxOf = (label: SlipLabel, size: number, weight: 'regular' | 'bold' = 'regular'): Box => {
    const w = textWidth(label.text, size, weight)
    return textBox(label.text, label.anchor === 'start' ? label.x : label.x - w, label.y, w, size)
  }

  let y = 0
  const labelBoxes: Box[] = []
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
    const reports = [...bars.values()].map((bar): SlipChartReport => {
      const x1 = x(dayNumber(bar.from))
      const x2 = Math.max(x(dayNumber(bar.to) + 1), x1 + 6)
      const text = ui.slip.reported(ui.list(bar.dates))
      const w = textWidth(text, TEXT.small)
      const after = x2 + w + GAP <= width
      const extent: [number, number] = after ? [x1, x2 + GAP + w] : [x1 - GAP - w, x2]
      let lane = lanes.findIndex(taken => taken.every(([a, b]) => extent[1] + GAP <= a || b + GAP <= extent[0]))
      if (lane < 0)
        lane = lanes.push([]) - 1
      lanes[lane]!.push(extent)
      const middle = top + lane * LINE.height + LINE.height / 2
      return {
        bar: { x: x1, y: middle - LINE.bar / 2, width: x2 - x1, height: LINE.bar },
        label: { text, x: after ? x2 + GAP : x1 - GAP, y: middle + LINE.baseline, anchor: after ? 'start' : 'end' },
      }
    })
    const unplacedTexts = row.reports.filter(r => !(r.from && r.to)).map(r => ui.reported(r.said, r.reportedOn))
    // The day it happened, or what cannot be placed on the axis, takes the row's last line.
    const lines = Math.max(lanes.length, 1) + (row.happened || unplacedTexts.length ? 1 : 0)
    const height = lines * LINE.height
    y += height + ROW_GAP
    const bottom = top + height
    const unplaced = unplacedTexts.map((text, i) => ({ text, x: plotX, y: bottom - (unplacedTexts.length - i) * LINE.height + LINE.height / 2 + LINE.baseline }))
    const happened = row.happened && (() => {
      const at = x(dayNumber(row.happened!.date))
      const text = ui.slip.happened(row.happened!.when)
      const after = at + GAP + textWidth(text, TEXT.body, 'bold') <= width
      return {
        x: at,
        stroke: { x1: at, x2: at, y1: bottom - LINE.height + 2, y2: bottom - 2 },
        dot: { cx: at, cy: bottom - LINE.height / 2, r: 7 },
        label: { text, x: after ? at + HAPPENED_GAP : at - HAPPENED_GAP, y: bottom - LINE.height / 2 + LINE.baseline, anchor: after ? 'start' as const : 'end' as const },
      }
    })()
    labelBoxes.push(
      ...reports.map(report => boxOf(report.label, TEXT.small)),
      ...unplaced.map(line => textBox(line.text, line.x, line.y, textWidth(line.text, TEXT.small), TEXT.small)),
      ...(happened ? [boxOf(happened.label, TEXT.body, 'bold')] : []),
    )
    return { name: { text: row.name, x: 0, y: top + LINE.height / 2 + LINE.baseline }, y: top, height, reports, unplaced, happened }
  })
  const axisY = y + 14
  const asOfX = x(dayNumber(asOf))
  // Ticks every half year, those whose label fits the width; the as-of line breaks where any label crosses it.
  const ticks = monthsBetween(first, last).filter(m => ['01', '07'].includes(m.slice(5))).map(m => ({ text: ui.date(m), x: x(dayNumber(m)), y: axisY + 4, anchor: 'middle' as const })).filter(tick => tick.x + textWidth(tick.text, TEXT.small) / 2 <= width && tick.x - textWidth(tick.text, TEXT.small) / 2 >= plotX / 2)
  for (const tick of ticks) {
    const w = textWidth(tick.text, TEXT.small)
    labelBoxes.push(textBox(tick.text, tick.x - w / 2, tick.y, w, TEXT.small))
  }
  const gaps = labelBoxes.filter(box => box.x1 - 3 <= asOfX && asOfX <= box.x2 + 3).map((box): [number, number] => [box.y1 - 2, box.y2 + 2]).sort((a, b) => a[0] - b[0])
  const segments: LineMark[] = []
  const segment = (y1: number, y2: number) => segments.push({ x1: asOfX, x2: asOfX, y1, y2 })
  let from = 0
  for (const [g1, g2] of gaps) {
    if (g1 > from)
      segment(from, g1)
    from = Math.max(from, g2)
  }
  if (from < axisY)
    segment(from, axisY)
  return {
    width,
    height: axisY + AXIS,
    font: TEXT.body,
    plotX,
    rows: chartRows,
    asOf: { x: asOfX, segments, label: { text: ui.asOf(asOf), x: asOfX + AS_OF_LABEL.dx, y: AS_OF_LABEL.y } },
    ticks,
    title: ui.slip.title,
    description: ui.slip.description(rows.map(row => ({
      name: row.name,
      reports: row.reports.map(r => ui.reported(r.said, r.reportedOn)),
      happened: row.happened?.when,
    }))),
  }
}
