/**
 * Why each team left the race: one row per team cut after it had been
 * selected, with the stage and date, and the reason the sources give
 * (data/consortia.yaml, history[].reason), wrapped to the width. Applicants
 * not selected were never in the race and have no published reason.
 */
import type { DeckData } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Chart, TextMark } from './frame'
import { CHART_WIDTH, TEXT } from './frame'
import { textWidth, wrapWords } from './scale'

const LINE = 28
const ROW_GAP = 22
/** From the team's name to the stage and date after it. */
const WHEN_GAP = 14

export interface EliminationRow {
  /** The team's name. */
  lead: TextMark
  /** "1차 단계평가 · 2026.1.15" after it. */
  when: TextMark
  /** The reason's lines. */
  reason: TextMark[]
  sources: string[]
}

export interface EliminationsChart extends Chart {
  rows: EliminationRow[]
}

export function eliminationsChart(data: Pick<DeckData, 'consortia' | 'program'>, ui: UiStrings, options: { width?: number } = {}): EliminationsChart {
  const width = options.width ?? CHART_WIDTH
  // A team cut from the race: eliminated after it had been selected (a call's unselected applicants are not cut).
  const cut = data.consortia.flatMap(team => team.history
    .filter((entry, i) => entry.outcome === 'eliminated' && team.history.slice(0, i).some(h => h.outcome === 'selected'))
    .map(entry => ({ team, entry })))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date))
  const missing = cut.find(({ entry }) => !entry.reason)
  if (missing)
    throw new Error(`data/consortia.yaml → consortia[${missing.team.id}].history (${missing.entry.stage}): no reason; expected the reason the sources give for the elimination`)
  let y = 0
  const rows = cut.map(({ team, entry }, i): EliminationRow => {
    const stage = data.program.stages.find(s => s.id === entry.stage)!
    const lead = team.lead.name[ui.lang]
    const top = y + (i > 0 ? ROW_GAP : 0) + TEXT.heading
    const lines = wrapWords(entry.reason!, width, TEXT.lead)
    y = top + lines.length * LINE + 10
    return {
      lead: { text: lead, x: 0, y: top },
      when: { text: `${stage.name[ui.lang]} · ${ui.date(entry.date)}`, x: textWidth(lead, TEXT.heading, 'bold') + WHEN_GAP, y: top },
      reason: lines.map((line, l) => ({ text: line, x: 0, y: top + (l + 1) * LINE + 2 })),
      sources: entry.sources,
    }
  })
  return {
    width,
    height: y,
    font: TEXT.lead,
    rows,
    title: ui.eliminations.title,
    description: rows.map(r => `${r.lead.text}, ${r.when.text}: ${r.reason.map(l => l.text).join(' ')}`).join('. ').concat('.'),
  }
}
