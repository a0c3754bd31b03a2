/**
 * The essay's asks beside the record, on one picture: one row per ask, one
 * time axis from the essay to the as-of date, and each finding a mark at its
 * date that says how it answers the ask (answered, in part, against, not yet
 * happened), labelled directly. What was looked for and not found closes the
 * row past the as-of line. Labels take the lane above or below the row's line
 * where they do not run into the previous label.
 */
import type { DeckData, RecordFinding } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import { periodStart } from '../data/as-of'
import { wrapWords } from './consortia'
import { dayNumber, linear, textWidth } from './scale'

export const ASKS_FONT = 16
const ASK_FONT = 18
const ROW = 78
const TOP = 8
const GAP = 18
/** Room at the right for what was not found. */
const NOT_FOUND_ROOM = 78

export type FindingMark = RecordFinding['answers']

export interface AsksMark {
  x: number
  mark: FindingMark
  label: string
  labelX: number
  labelY: number
  anchor: 'start' | 'end'
}

export interface AsksRow {
  /** The row's line (the marks sit on it). */
  y: number
  /** The ask's label, one or two lines. */
  lines: string[]
  marks: AsksMark[]
  /** How many things were looked for and not found. */
  notFound: number
}

export interface AsksChart {
  width: number
  height: number
  plotX: number
  plotEnd: number
  asOfX: number
  rows: AsksRow[]
  ticks: { x: number, label: string }[]
  axisY: number
  notFoundX: number
  title: string
  description: string
}

export function asksChart(data: Pick<DeckData, 'record' | 'asOf' | 'essay'>, ui: UiStrings, options: { width?: number, start?: string } = {}): AsksChart {
  const width = options.width ?? 860
  const asks = data.record.asks
  const labelRoom = Math.max(...asks.map(a => wrapWords(a.label[ui.lang], 190, ASK_FONT).map(l => textWidth(l, ASK_FONT, 'bold'))).flat())
  const plotX = Math.ceil(labelRoom) + GAP + 10
  const plotEnd = width - NOT_FOUND_ROOM - 12
  const start = options.start ?? '2025-07-01'
  const end = [data.asOf, ...asks.flatMap(a => a.record.map(f => periodStart(f.date)))].sort().at(-1)!
  const x = linear([dayNumber(start), dayNumber(end)], [plotX, plotEnd])
  const rows = asks.map((ask, i): AsksRow => {
    const y = TOP + i * ROW + ROW / 2
    const lanes: number[] = [-Infinity, -Infinity]
    const marks = [...ask.record].sort((a, b) => (a.date < b.date ? -1 : 1)).map((finding): AsksMark => {
      const at = x(dayNumber(periodStart(finding.date)))
      const w = textWidth(finding.label, ASKS_FONT)
      const anchor = at + w - 8 > plotEnd + NOT_FOUND_ROOM - 4 ? 'end' as const : 'start' as const
      const from = anchor === 'start' ? at - 8 : at - w + 8
      const lane = from >= lanes[0]! + 6 ? 0 : from >= lanes[1]! + 6 ? 1 : lanes[0]! <= lanes[1]! ? 0 : 1
      lanes[lane] = from + w
      return { x: at, mark: finding.answers, label: finding.label, labelX: anchor === 'start' ? at - 8 : at + 8, labelY: lane === 0 ? y - 15 : y + 27, anchor }
    })
    return { y, lines: wrapWords(ask.label[ui.lang], 190, ASK_FONT), marks, notFound: ask.notFound?.length ?? 0 }
  })
  const axisY = TOP + asks.length * ROW + 8
  const first = Number(start.slice(0, 4))
  const ticks = [`${first}-08-01`, `${first + 1}-01-01`, `${first + 1}-07-01`].filter(d => d < data.asOf).map(d => ({ x: x(dayNumber(d)), label: ui.date(d.slice(0, 7)) }))
  const described = asks.map(ask => `${ask.label[ui.lang]}: ${ask.record.map(f => `${f.label} (${ui.date(f.date)}, ${ui.asks.answers[f.answers]})`).join('; ')}${ask.notFound?.length ? `; ${ui.asks.notFound}: ${ask.notFound.map(n => n.what).join('; ')}` : ''}`)
  return {
    width,
    height: axisY + 24,
    plotX,
    plotEnd,
    asOfX: x(dayNumber(data.asOf)),
    rows,
    ticks,
    axisY,
    notFoundX: plotEnd + 14,
    title: ui.asks.title(ui.date(data.asOf)),
    description: described.join('. ').concat('.'),
  }
}
