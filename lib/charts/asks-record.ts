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
import type { Chart, RoundMark, RoundShape, TextMark } from './frame'
import { periodStart } from '../data/as-of'
import { CHART_WIDTH, roundMark, TEXT } from './frame'
import { textWidth } from './scale'

const ROW = 64
const GAP = 22
/** From a mark's centre to its label, and from the line's baseline up to the centre. */
const MARK_ROOM = 20
/** From the ask's baseline to the line under it that says what was not found. */
const NOT_FOUND_LINE = 21

export type FindingMark = RecordFinding['answers']

/** How each answer is drawn: answered a disc, in part a half-filled ring, the other way a cross, not yet happened a (dashed) ring. */
const SHAPES: Record<FindingMark, RoundShape> = { yes: 'disc', partly: 'half', against: 'cross', unknown: 'ring' }

export interface AsksMark extends RoundMark {
  answers: FindingMark
  label: TextMark
}

export interface AsksRow {
  /** The ask's name; the marks sit on its line. */
  name: TextMark
  marks: AsksMark[]
  /** "찾지 못함 1" under the ask, when something was looked for and not found. */
  notFound?: TextMark
}

export interface AsksChart extends Chart {
  rows: AsksRow[]
}

export function asksChart(data: Pick<DeckData, 'record' | 'asOf'>, ui: UiStrings, options: { width?: number } = {}): AsksChart {
  const width = options.width ?? CHART_WIDTH
  const asks = data.record.asks
  const plotX = Math.ceil(Math.max(...asks.map(a => textWidth(a.label[ui.lang], TEXT.body, 'bold')))) + GAP + 8
  const rows = asks.map((ask, i): AsksRow => {
    const y = 24 + i * ROW
    let x = plotX
    const marks = [...ask.record].sort((a, b) => (periodStart(a.date) < periodStart(b.date) ? -1 : 1)).map((finding): AsksMark => {
      const mark = { ...roundMark(SHAPES[finding.answers], x, y), answers: finding.answers, label: { text: finding.label, x: x + MARK_ROOM, y } }
      x += MARK_ROOM + textWidth(finding.label, TEXT.dense) + GAP
      return mark
    })
    if (x - GAP > width)
      throw new Error(`data/record.yaml → record.asks[${ask.id}]: its findings' labels run ${Math.round(x - GAP - width)} px past the picture's ${width} px; expected shorter labels`)
    return { name: { text: ask.label[ui.lang], x: 0, y }, marks, notFound: ask.notFound?.length ? { text: ui.asks.notFoundCount(ask.notFound.length), x: 0, y: y + NOT_FOUND_LINE } : undefined }
  })
  const described = asks.map(ask => `${ask.label[ui.lang]}: ${ask.record.map(f => `${f.label} (${ui.date(f.date)}, ${ui.asks.answers[f.answers]})`).join('; ')}${ask.notFound?.length ? `; ${ui.asks.notFound}: ${ask.notFound.map(n => n.what).join('; ')}` : ''}`)
  return {
    width,
    height: asks.length * ROW + 4,
    font: TEXT.dense,
    rows,
    title: ui.asks.title(ui.date(data.asOf)),
    description: described.join('. ').concat('.'),
  }
}
