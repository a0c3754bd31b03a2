/**
 * The essay's worries beside what happened: one row per worry, its name, what
 * happened in a line, and the verdict (borne out, mixed, not borne out) as a
 * mark and a word, so that what cuts against the essay shows as plainly as
 * what agrees with it.
 */
import type { DeckData, EssayWorry } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Chart, RoundMark, RoundShape, TextMark } from './frame'
import { CHART_WIDTH, roundMark, TEXT } from './frame'
import { textWidth, wrapWords } from './scale'

const ROW = 64
const GAP = 18
/** The verdict's mark: its centre from the column's start and above the baseline, and its word after it. */
const MARK_ROOM = 24
/** Between the lines of what happened. */
const LINE = 24

/** How each verdict is drawn: borne out a disc, mixed a half-filled ring, not borne out a ring. */
const SHAPES: Record<EssayWorry['verdict'], RoundShape> = { 'borne-out': 'disc', 'mixed': 'half', 'not-borne-out': 'ring' }

export interface WorryRow {
  name: TextMark
  verdict: EssayWorry['verdict']
  mark: RoundMark
  verdictText: TextMark
  happened: TextMark[]
}

export interface WorriesChart extends Chart {
  rows: WorryRow[]
}

export function worriesChart(data: Pick<DeckData, 'record' | 'asOf'>, ui: UiStrings, options: { width?: number } = {}): WorriesChart {
  const width = options.width ?? CHART_WIDTH
  const worries = data.record.worries
  const nameWidth = Math.max(...worries.map(w => textWidth(w.label[ui.lang], TEXT.name, 'bold')))
  const verdictX = Math.ceil(nameWidth) + GAP
  const verdictWidth = Math.max(...Object.values(ui.worries.verdicts).map(v => textWidth(v, TEXT.body, 'bold'))) + 26
  const happenedX = verdictX + Math.ceil(verdictWidth) + GAP
  const rows = worries.map((worry, i): WorryRow => {
    const y = i * ROW + 26
    return {
      name: { text: worry.label[ui.lang], x: 0, y },
      verdict: worry.verdict,
      mark: roundMark(SHAPES[worry.verdict], verdictX, y),
      verdictText: { text: ui.worries.verdicts[worry.verdict], x: verdictX + MARK_ROOM, y },
      happened: wrapWords(worry.happened, width - happenedX, TEXT.body).map((text, l) => ({ text, x: happenedX, y: y + l * LINE })),
    }
  })
  const tooLong = rows.find(r => r.happened.length > 2)
  if (tooLong)
    throw new Error(`data/record.yaml → record.worries["${tooLong.name.text}"].happened: takes ${tooLong.happened.length} lines in ${width - happenedX} px; expected at most 2 (shorten it)`)
  return {
    width,
    height: worries.length * ROW + 8,
    font: TEXT.body,
    title: ui.worries.title(ui.date(data.asOf)),
    description: rows.map(r => `${r.name.text}: ${r.verdictText.text}. ${r.happened.map(l => l.text).join(' ')}`).join(' ').trim(),
    rows,
  }
}
