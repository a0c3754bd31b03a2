import type { OrganisationKind } from '../data/schema'
/**
 * The selected teams on one picture: each team's lead and model, its partners
 * as a bar of one block per partner grouped by kind (the number of each kind
 * written on its group), and the direction the team stated. The kinds are
 * named once, in a key over the bars, in the order the groups take.
 */
import type { ConsortiumRow } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import { kindOrder } from '../data/format'
import { textWidth } from './scale'

export const CONSORTIA_FONT = 18
const LEAD_FONT = 20
const SMALL = 16
const ROW = 58
const KEY = 30
const GAP = 16
/** Width of one partner's block. */
const BLOCK = 15

export interface ConsortiaChartRow {
  y: number
  lead: string
  startup?: string
  model?: string
  groups: { kind: OrganisationKind, x: number, width: number, count: number }[]
  direction: string
  /** The direction wrapped to the width left of it: one or two lines. */
  directionLines: string[]
}

export interface ConsortiaChart {
  width: number
  height: number
  barX: number
  directionX: number
  key: { kind: OrganisationKind, label: string, x: number }[]
  rows: ConsortiaChartRow[]
  title: string
  description: string
}

/** Words of `text` in lines no wider than `room` px at `size` (a word wider than the room keeps a line of its own). */
export function wrapWords(text: string, room: number, size: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= room)
      lines[lines.length - 1] = `${last} ${word}`
    else
      lines.push(word)
  }
  return lines
}

export function consortiaChart(rows: ConsortiumRow[], ui: UiStrings, options: { width?: number } = {}): ConsortiaChart {
  const width = options.width ?? 860
  // The lead is set bold at 20 px.
  const leadWidth = Math.max(...rows.map(r => textWidth(r.lead[ui.lang], LEAD_FONT, 'bold') + (r.startup ? GAP / 2 + textWidth(ui.consortia.startup, SMALL) : 0)), ...rows.map(r => textWidth(r.model ?? '', SMALL)))
  const barX = Math.ceil(leadWidth) + GAP
  const most = Math.max(...rows.map(r => r.partnerCount))
  const directionX = barX + most * BLOCK + GAP
  const kinds = kindOrder.filter(kind => rows.some(r => r.partnerGroups.some(g => g.kind === kind)))
  let keyX = barX
  const key = kinds.map((kind) => {
    const item = { kind, label: ui.kinds[kind], x: keyX }
    keyX += 14 + 6 + textWidth(item.label, SMALL) + GAP
    return item
  })
  return {
    width,
    height: KEY + rows.length * ROW,
    barX,
    directionX,
    key,
    rows: rows.map((row, i) => {
      let x = barX
      const groups = kinds.flatMap((kind) => {
        const group = row.partnerGroups.find(g => g.kind === kind)
        if (!group)
          return []
        const placed = { kind, x, width: group.count * BLOCK, count: group.count }
        x += placed.width
        return [placed]
      })
      return {
        y: KEY + i * ROW,
        lead: row.lead[ui.lang],
        startup: row.startup ? ui.consortia.startup : undefined,
        model: row.model,
        groups,
        direction: row.focus ?? '',
        directionLines: wrapWords(row.focus ?? '', width - directionX, CONSORTIA_FONT),
      }
    }),
    title: ui.consortia.label,
    description: rows.map(row => ui.consortia.describe(row.lead[ui.lang], row.model, row.partnerGroups.map(g => `${g.label} ${g.count}`), row.goals.join(', '))).join(' '),
  }
}
