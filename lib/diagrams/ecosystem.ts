/**
 * The model-centred structure of August 2025 set against the broader
 * ecosystem the essay proposes, side by side: on the left every support line
 * flows into the foundation model; on the right the foundation model (with the
 * model strategies the essay asks for) is one piece among the other parts.
 * Drawn `now`, the same diagram marks each part of the proposal by what the
 * record shows on the as-of date (data/record.yaml) by its box: answered (a
 * thick green frame), in part (a yellow box) or nothing found (a dashed white
 * box). Frames and dashes differ as well as colours; a key names them.
 */
import type { DeckData, EcosystemPart } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Flowchart, FlowEdge, FlowGroup, FlowNode } from './flowchart'
import { nodeId, renderFlowchart } from './flowchart'
import { DIAGRAM_CLASSES } from './style'

/** The mark each part gets in the diagram drawn now: a box style (frame weight and dashes as well as colour). */
export const ECOSYSTEM_MARKS = {
  'yes': { className: 'markYes' },
  'partly': { className: 'markPartly' },
  'none-found': { className: 'markNone' },
} as const

export type EcosystemMoment = 'essay' | 'now'

export function ecosystemChart(data: DeckData, ui: UiStrings, at: EcosystemMoment = 'essay'): Flowchart {
  const titles = ui.ecosystem
  const marks = new Map(data.record.ecosystemNow.map(n => [n.part, n]))
  const named = (p: { name: { ko: string, en: string } }) => p.name[ui.lang]
  const core = data.ecosystem.filter(p => p.group === 'core')
  const layers = data.ecosystem.filter(p => p.group === 'layer')
  const strategies = data.ecosystem.filter(p => p.group === 'strategy')
  const nodes: FlowNode[] = []
  const groups: FlowGroup[] = []
  const edges: FlowEdge[] = []
  const coreName = core.map(named).join(' · ') || data.program.name[ui.lang]

  // Today: all support flows into the one model.
  const todaySupport = data.program.support.map((line) => {
    const id = nodeId('today', line.id)
    nodes.push({ id, lines: [named(line)], className: 'support' })
    return id
  })
  nodes.push({ id: 'today_model', lines: [coreName], className: 'core' })
  todaySupport.forEach(id => edges.push({ from: id, to: 'today_model', style: 'thick' }))
  // The support lines side by side above the model keep this side narrow, leaving the width to the proposal.
  groups.push({ id: 'today', title: titles.today, direction: 'TB', members: [...todaySupport, 'today_model'], className: 'groupToday' })
  const proposedTitle = at === 'now' ? titles.now(ui.date(data.asOf)) : titles.proposed

  // Proposed: the model and its strategies are one row among the other parts.
  const part = (p: EcosystemPart, className: string) => {
    const id = nodeId('part', p.id)
    const mark = at === 'now' ? marks.get(p.id) : undefined
    if (at === 'now' && !mark)
      throw new Error(`data/record.yaml → record.ecosystemNow: no mark for the ecosystem part "${p.id}"`)
    const shown = mark ? ECOSYSTEM_MARKS[mark.mark] : undefined
    // Narrow boxes: eleven parts side by side with the model must fit one slide.
    // English wraps wider: its longer names would otherwise stack the columns past the slide's height.
    // Drawn now, Korean names get wider boxes (fewer lines, within the slide's height); the English ones wrap as
    // on the essay's slide, where wider boxes made the picture too wide to draw at full size.
    const wrapEm = ui.lang !== 'en' ? (shown ? 8.5 : 6.5) : (shown ? 11 : 10)
    nodes.push({ id, lines: [named(p)], className: shown?.className ?? className, wrapEm })
    return id
  }
  const modelIds = [...core.map(p => part(p, 'core')), ...strategies.map(p => part(p, 'strategy'))]
  groups.push({ id: 'models', title: '', direction: 'LR', members: modelIds, className: 'groupProposed' })
  const half = Math.ceil(layers.length / 2)
  const above = layers.slice(0, half).map(p => part(p, 'part'))
  const below = layers.slice(half).map(p => part(p, 'part'))
  above.forEach(id => edges.push({ from: id, to: 'models', style: 'line' }))
  below.forEach(id => edges.push({ from: 'models', to: id, style: 'line' }))
  groups.push({ id: 'proposed', title: proposedTitle, direction: 'LR', members: [...above, 'models', ...below], className: 'groupProposed' })
  // One rank longer, so the arrow from today to the proposal stays visible at the tight rank spacing.
  edges.push({ from: 'today', to: 'proposed', style: 'thick', extraLength: 1 })

  return {
    direction: 'LR',
    accTitle: titles.title(titles.today, proposedTitle),
    accDescr: `${titles.today}: ${data.program.support.map(named).join(', ')} → ${coreName}. `
      + `${proposedTitle}: ${coreName}${strategies.length ? `(${strategies.map(named).join(', ')})` : ''}${ui.lang === 'ko' ? '와' : ';'} ${layers.map(named).join(', ')}.${
        at === 'now' ? ` ${data.ecosystem.map(p => `${named(p)}: ${ui.ecosystem.mark[marks.get(p.id)!.mark]} (${marks.get(p.id)!.note})`).join('; ')}.` : ''}`,
    nodes,
    groups,
    edges,
    classes: DIAGRAM_CLASSES,
    // English boxes run taller: less space between them keeps the columns within the slide's height.
    // Drawn now, the English picture is wider (longer names in wider boxes): tighter ranks keep it at full size.
    spacing: { node: ui.lang === 'en' ? 6 : 12, rank: ui.lang === 'en' && at === 'now' ? 6 : 12, padding: 8 },
  }
}

export function ecosystemDiagram(data: DeckData, ui: UiStrings, at: EcosystemMoment = 'essay'): string {
  return renderFlowchart(ecosystemChart(data, ui, at))
}
