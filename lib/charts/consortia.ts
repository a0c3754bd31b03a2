/**
 * The selected teams on one picture: each team's lead and model, its partners
 * as a bar of one block per partner grouped by kind (the number of each kind
 * written on its group), and the direction the team stated. The kinds are
 * named once, in a key over the bars, in the order the groups take.
 */
import type { OrganisationKind } from '../data/schema'
import type { ConsortiumRow } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import type { Chart, LineMark, RectMark, TextMark } from './frame'
import { organisationKinds } from '../data/organisation-kinds'
import { CHART_WIDTH, TEXT } from './frame'
import { textWidth, wrapWords } from './scale'

const GAP = 16
/** Width of one partner's block. */
const BLOCK = 15
/** The key over the bars: its height, its swatches' top and size, the room from a swatch to its label, the labels' baseline. */
const KEY = { height: 30, swatchTop: 4, swatch: 14, swatchRoom: 20, baseline: 17 }
/**
 * A team's row, from its rule: its height, the lead's and the model's
 * baselines, the bar's top and height, its counts' baseline, and the
 * direction's: one line level with the counts, or two from `twoLines`.
 */
const ROW = { height: 58, leadBaseline: 26, modelBaseline: 48, barTop: 12, bar: 26, countBaseline: 31, twoLines: 22, line: 22 }

export interface ConsortiaChartRow {
  rule: LineMark
  lead: TextMark
  /** "스타트업" after the lead, `space` px after it. */
  startup?: { text: string, space: number }
  model?: TextMark
  groups: { kind: OrganisationKind, block: RectMark, count: TextMark }[]
  direction: string
  /** The direction wrapped to the width left of it: one or two lines. */
  directionLines: TextMark[]
}

export interface ConsortiaChart extends Chart {
  /** x where the direction's lines start. */
  directionX: number
  key: { kind: OrganisationKind, swatch: RectMark, label: TextMark }[]
  rows: ConsortiaChartRow[]
}

export function consortiaChart(rows: ConsortiumRow[], ui: UiStrings, options: { width?: number } = {}): ConsortiaChart {
  const width = options.width ?? CHART_WIDTH
  const leadWidth = Math.max(...rows.map(r => textWidth(r.lead[ui.lang], TEXT.lead, 'bold') + (r.startup ? GAP / 2 + textWidth(ui.consortia.startup, TEXT.small) : 0)), ...rows.map(r => textWidth(r.model ?? '', TEXT.small)))
  const barX = Math.ceil(leadWidth) + GAP
  const most = Math.max(...rows.map(r => r.partnerCount))
  const directionX = barX + most * BLOCK + GAP
  const kinds = organisationKinds.filter(kind => rows.some(r => r.partnerGroups.some(g => g.kind === kind)))
  let keyX = barX
  const key = kinds.map((kind) => {
    const item = { kind, swatch: { x: keyX, y: KEY.swatchTop, width: KEY.swatch, height: KEY.swatch }, label: { text: ui.kinds[kind], x: keyX + KEY.swatchRoom, y: KEY.baseline } }
    keyX += KEY.swatchRoom + textWidth(item.label.text, TEXT.small) + GAP
    return item
  })
  return {
    width,
    height: KEY.height + rows.length * ROW.height,
    font: TEXT.body,
    directionX,
    key,
    rows: rows.map((row, i) => {
      const y = KEY.height + i * ROW.height
      let x = barX
      const groups = kinds.flatMap((kind) => {
        const group = row.partnerGroups.find(g => g.kind === kind)
        if (!group)
          return []
        const block = { x, y: y + ROW.barTop, width: group.count * BLOCK, height: ROW.bar }
        x += block.width
        return [{ kind, block, count: { text: String(group.count), x: block.x + block.width / 2, y: y + ROW.countBaseline, anchor: 'middle' as const } }]
      })
      const lines = wrapWords(row.focus ?? '', width - directionX, TEXT.body)
      const firstLine = y + (lines.length > 1 ? ROW.twoLines : ROW.countBaseline)
      return {
        rule: { x1: 0, x2: width, y1: y, y2: y },
        lead: { text: row.lead[ui.lang], x: 0, y: y + ROW.leadBaseline },
        startup: row.startup ? { text: ui.consortia.startup, space: GAP / 2 } : undefined,
        model: row.model ? { text: row.model, x: 0, y: y + ROW.modelBaseline } : undefined,
        groups,
        direction: row.focus ?? '',
        directionLines: lines.map((text, l) => ({ text, x: directionX, y: firstLine + l * ROW.line })),
      }
    }),
    title: ui.consortia.label,
    description: rows.map(row => ui.consortia.describe(row.lead[ui.lang], row.model, row.partnerGroups.map(g => `${g.label} ${g.count}`), row.goals.join(', '))).join(' '),
  }
}
