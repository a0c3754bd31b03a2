/**
 * Why each team left the race: one row per team cut after it had been
 * selected, with the stage and date, and the reason the sources give
 * (data/consortia.yaml, history[].reason), wrapped to the width. Applicants
 * not selected were never in the race and have no published reason.
 */
import type { DeckData } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import { wrapWords } from './consortia'
import { textWidth } from './scale'

export const ELIMINATION_FONT = 20
const LEAD_FONT = 22
const LINE = 28
const ROW_GAP = 22

export interface EliminationRow {
  /** Baseline of the team's name. */
  y: number
  lead: string
  /** "1차 단계평가 · 2026.1.15" */
  when: string
  whenX: number
  /** The reason's lines, each with its baseline. */
  reason: { text: string, y: number }[]
  sources: string[]
}

export interface EliminationsChart {
  width: number
  height: number
  rows: EliminationRow[]
  title: string
  description: string
}

export function eliminationsChart(data: Pick<DeckData, 'consortia' | 'program'>, ui: UiStrings, options: { width?: number } = {}): EliminationsChart {
  const width = options.width ?? 860
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
    const top = y + (i > 0 ? ROW_GAP : 0) + LEAD_FONT
    const lines = wrapWords(entry.reason!, width, ELIMINATION_FONT)
    y = top + lines.length * LINE + 10
    return {
      y: top,
      lead,
      when: `${stage.name[ui.lang]} · ${ui.date(entry.date)}`,
      whenX: textWidth(lead, LEAD_FONT, 'bold') + 14,
      reason: lines.map((line, l) => ({ text: line, y: top + (l + 1) * LINE + 2 })),
      sources: entry.sources,
    }
  })
  return {
    width,
    height: y,
    rows,
    title: ui.eliminations.title,
    description: rows.map(r => `${r.lead}, ${r.when}: ${r.reason.map(l => l.text).join(' ')}`).join('. ').concat('.'),
  }
}
