/**
 * The essay's worries beside what happened: one row per worry, its name, what
 * happened in a line, and the verdict (borne out, mixed, not borne out) as a
 * mark and a word, so that what cuts against the essay shows as plainly as
 * what agrees with it.
 */
import type { DeckData, EssayWorry } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import { wrapWords } from './consortia'
import { textWidth } from './scale'

export const WORRIES_FONT = 18
const NAME_FONT = 19
const ROW = 64
const GAP = 18

export interface WorryRow {
  y: number
  name: string
  verdict: EssayWorry['verdict']
  verdictText: string
  happened: string[]
}

export interface WorriesChart {
  width: number
  height: number
  verdictX: number
  happenedX: number
  rows: WorryRow[]
  title: string
  description: string
}

export function worriesChart(data: Pick<DeckData, 'record' | 'asOf'>, ui: UiStrings, options: { width?: number } = {}): WorriesChart {
  const width = options.width ?? 860
  const worries = data.record.worries
  const nameWidth = Math.max(...worries.map(w => textWidth(w.label[ui.lang], NAME_FONT, 'bold')))
  const verdictX = Math.ceil(nameWidth) + GAP
  const verdictWidth = Math.max(...Object.values(ui.worries.verdicts).map(v => textWidth(v, WORRIES_FONT, 'bold'))) + 26
  const happenedX = verdictX + Math.ceil(verdictWidth) + GAP
  const rows = worries.map((worry, i): WorryRow => ({
    y: i * ROW + 26,
    name: worry.label[ui.lang],
    verdict: worry.verdict,
    verdictText: ui.worries.verdicts[worry.verdict],
    happened: wrapWords(worry.happened, width - happenedX, WORRIES_FONT),
  }))
  const tooLong = rows.find(r => r.happened.length > 2)
  if (tooLong)
    throw new Error(`data/record.yaml → record.worries["${tooLong.name}"].happened: takes ${tooLong.happened.length} lines in ${width - happenedX} px; expected at most 2 (shorten it)`)
  return {
    width,
    height: worries.length * ROW + 8,
    verdictX,
    happenedX,
    rows,
    title: ui.worries.title(ui.date(data.asOf)),
    description: rows.map(r => `${r.name}: ${r.verdictText}. ${r.happened.join(' ')}`).join(' ').trim(),
  }
}
