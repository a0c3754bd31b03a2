/**
 * The essay's asks beside the record, on one picture: one row per ask, and
 * each finding in the record a mark that says how it answers the ask
 * (answered, in part, the other way, not yet happened), labelled directly, in
 * date order along the row. What was looked for and not found is said under
 * the ask. The dates are in the picture's description and the notes: in the
 * picture they would crowd, since most findings fall within a few weeks.
 */
import type { DeckData, RecordFinding } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import { periodStart } from '../data/as-of'
import { textWidth } from './scale'

export const ASKS_FONT = 17
const ASK_FONT = 18
const SMALL = 16
const ROW = 64
const GAP = 22
/** From a mark's centre to its label. */
const MARK_ROOM = 20

export type FindingMark = RecordFinding['answers']

export interface AsksMark {
  x: number
  mark: FindingMark
  label: string
  labelX: number
}

export interface AsksRow {
  /** Baseline of the ask's name; the marks sit on its line. */
  y: number
  name: string
  marks: AsksMark[]
  /** "찾지 못함 1" under the ask, when something was looked for and not found. */
  notFound?: string
}

export interface AsksChart {
  width: number
  height: number
  plotX: number
  rows: AsksRow[]
  title: string
  description: string
}

export function asksChart(data: Pick<DeckData, 'record' | 'asOf'>, ui: UiStrings, options: { width?: number } = {}): AsksChart {
  const width = options.width ?? 860
  const asks = data.record.asks
  const plotX = Math.ceil(Math.max(...asks.map(a => textWidth(a.label[ui.lang], ASK_FONT, 'bold')))) + GAP + 8
  const rows = asks.map((ask, i): AsksRow => {
    const y = 24 + i * ROW
    let x = plotX
    const marks = [...ask.record].sort((a, b) => (periodStart(a.date) < periodStart(b.date) ? -1 : 1)).map((finding): AsksMark => {
      const mark = { x: x + 8, mark: finding.answers, label: finding.label, labelX: x + MARK_ROOM }
      x += MARK_ROOM + textWidth(finding.label, ASKS_FONT) + GAP
      return mark
    })
    if (x - GAP > width)
      throw new Error(`data/record.yaml → record.asks[${ask.id}]: its findings' labels run ${Math.round(x - GAP - width)} px past the picture's ${width} px; expected shorter labels`)
    return { y, name: ask.label[ui.lang], marks, notFound: ask.notFound?.length ? ui.asks.notFoundCount(ask.notFound.length) : undefined }
  })
  const described = asks.map(ask => `${ask.label[ui.lang]}: ${ask.record.map(f => `${f.label} (${ui.date(f.date)}, ${ui.asks.answers[f.answers]})`).join('; ')}${ask.notFound?.length ? `; ${ui.asks.notFound}: ${ask.notFound.map(n => n.what).join('; ')}` : ''}`)
  return {
    width,
    height: asks.length * ROW + 4,
    plotX,
    rows,
    title: ui.asks.title(ui.date(data.asOf)),
    description: described.join('. ').concat('.'),
  }
}

export const ASKS_SMALL = SMALL
