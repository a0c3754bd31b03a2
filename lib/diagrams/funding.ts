/**
 * The funding structure at the selection (the essay's moment): the ministry
 * and its agencies, the support lines with what each amount is for, their
 * programme totals (all of them where sources disagree) and sources, and which
 * selected consortia received each line (deferred recipients grouped under a
 * title with the date they may receive it from, on a dotted edge), plus the
 * open-source condition that sets the cost-matching share. Agencies, items
 * and totals that were reported only later (the settlement's figures) are left
 * to the part of the talk after the essay.
 */
import type { Consortium, DeckData, SupportLine } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Flowchart, FlowEdge, FlowGroup, FlowNode } from './flowchart'
import { citeEntries } from '../citations'
import { periodStart } from '../data/as-of'
import { ko } from '../i18n/ko'
import { nodeId, renderFlowchart } from './flowchart'
import { consortiaById, consortiumName, shortName, withoutDetail } from './format'
import { essayMoment } from './race'
import { DIAGRAM_CLASSES } from './style'

/** The programme as it stood at the selection: agencies and support items reported only later are left out. */
function atSelection(data: DeckData): DeckData['program'] {
  const moment = essayMoment(data)
  const known = (since: string | undefined) => !moment || !since || since <= moment
  return {
    ...data.program,
    agencies: data.program.agencies.filter(a => known(a.since)),
    support: data.program.support.map(line => ({
      ...line,
      items: line.items.filter(item => known(item.since)),
      totals: line.totals?.filter(total => known(total.stated && periodStart(total.stated))),
    })),
  }
}

/**
 * A line's programme total as its box says it: one figure, or every figure
 * when sources disagree ("총 300억 또는 628억 원": the unit once, at the end).
 */
export function totalText(line: SupportLine, ui: UiStrings = ko): string | undefined {
  const figures = [...new Set((line.totals ?? []).map(t => ui.amount(t.amount)))]
  return figures.length ? ui.total(figures) : undefined
}

/** Consortia that any support line names (received or deferred), in data order. */
export function fundedConsortia(data: DeckData) {
  const named = new Set(data.program.support.flatMap(line => [
    ...line.recipients,
    ...(line.deferred ?? []).map(d => d.consortium),
  ]))
  return data.consortia.filter(c => named.has(c.id))
}

/**
 * A support line as its box shows it: the name with the numbers of the sources
 * for its amounts (as the slide's citation line and the sources slides number
 * them), then each amount; item labels go to the description. Numbers rather
 * than publisher names keep the boxes short enough to fit at full size.
 */
function supportLines(data: DeckData, line: SupportLine, ui: UiStrings): string[] {
  const numbers = citeEntries(data.sources, lineSourceIds(line)).map(s => s.n)
  const total = totalText(line, ui)
  const name = line.name[ui.lang]
  return [
    numbers.length ? `${name} [${numbers.join(', ')}]` : name,
    ...(total ? [total] : []),
    ...line.items.map(item => [item.short, ui.amount(item.amount)].filter(Boolean).join(' ')),
  ]
}

function lineSourceIds(line: SupportLine): string[] {
  return [...(line.totals ?? []).flatMap(t => t.sources), ...line.items.flatMap(item => item.sources)]
}

/** Ids of the sources the funding diagram's boxes refer to by number: its slide must cite them all. */
export function fundingSourceIds(data: DeckData): string[] {
  return [...new Set(atSelection(data).support.flatMap(lineSourceIds))]
}

/** Deferred recipients of one line that share a reason and a date. */
interface DeferredSet { line: SupportLine, from: string, reason: string, consortia: string[] }

function deferredSets(program: DeckData['program']): DeferredSet[] {
  const sets = new Map<string, DeferredSet>()
  for (const line of program.support) {
    for (const d of line.deferred ?? []) {
      // Reasons that differ only in a detail (which GPU each supplies) share one group.
      const reason = withoutDetail(d.reason)
      const key = JSON.stringify([line.id, d.from, reason])
      const set = sets.get(key) ?? { line, from: d.from, reason, consortia: [] }
      set.consortia.push(d.consortium)
      sets.set(key, set)
    }
  }
  return [...sets.values()]
}

export function fundingChart(data: DeckData, ui: UiStrings = ko): Flowchart {
  const name = (consortium: Consortium) => consortiumName(consortium, ui.lang)
  // English labels run wider than Korean at the same font size: a narrower condition box keeps the diagram within the slide at 16 px.
  const ENGLISH = ui.lang === 'en'
  const program = atSelection(data)
  const byId = consortiaById(data)
  const funded = fundedConsortia(data)
  const nodes: FlowNode[] = []
  const groups: FlowGroup[] = []
  const edges: FlowEdge[] = []

  // The ministry (with its agencies) frames what it sets: the support lines and the open-source condition.
  const supportIds = program.support.map((line) => {
    const id = nodeId('support', line.id)
    nodes.push({ id, lines: supportLines(data, line, ui), className: 'support', wrapEm: ENGLISH ? 12 : 12.5 })
    return id
  })
  nodes.push({ id: 'open_source', lines: [program.openSource.text], className: 'condition', wrapEm: ENGLISH ? 9 : 10, maxLines: 6 })
  groups.push({
    id: 'ministry',
    title: [ui.lang === 'en' ? shortName(program.ministry.name, ui.lang) : program.ministry.name.ko, ...program.agencies.map(a => shortName(a.name, ui.lang))].join(' · '),
    direction: 'TB',
    members: [...supportIds, 'open_source'],
    className: 'orgGroup',
  })

  const deferred = deferredSets(program)
  const grouped = new Set<string>()
  const deferredGroupIds: string[] = []
  deferred.forEach((set, i) => {
    const id = `deferred_${i}`
    // Side by side: the waiting teams take one row.
    // The date goes in the group's title, not on the edge: an edge label lands on the teams group's title.
    groups.push({ id, title: `${set.reason} · ${ui.funding.from(set.from)}`, direction: 'TB', members: set.consortia.map(c => nodeId('team', c)), className: 'deferredGroup' })
    deferredGroupIds.push(id)
    set.consortia.forEach(c => grouped.add(c))
    edges.push({ from: nodeId('support', set.line.id), to: id, style: 'dotted' })
  })

  for (const consortium of funded)
    nodes.push({ id: nodeId('team', consortium.id), lines: [name(consortium)], className: 'team' })
  const selection = selectionStage(data, funded.map(c => c.id))
  groups.push({
    id: 'teams',
    title: selection ? `${selection.name[ui.lang]} · ${ui.date(selection.date)}` : program.name[ui.lang],
    direction: 'TB',
    members: [...funded.filter(c => !grouped.has(c.id)).map(c => nodeId('team', c.id)), ...deferredGroupIds],
    className: 'teamGroup',
  })

  for (const line of program.support) {
    // A line every funded team received points at the whole group, not at each team.
    if (funded.length > 1 && funded.every(c => line.recipients.includes(c.id))) {
      edges.push({ from: nodeId('support', line.id), to: 'teams' })
      continue
    }
    for (const recipient of line.recipients.filter(id => byId.has(id)))
      edges.push({ from: nodeId('support', line.id), to: nodeId('team', recipient) })
  }

  // The open-source condition applies to every team.
  edges.push({ from: 'open_source', to: 'teams', style: 'dotted' })

  const lineSummary = program.support.map((line) => {
    const amounts = [line.totals && line.totals.length > 1 ? `${totalText(line, ui)} (${ui.funding.disputed})` : totalText(line, ui), ...line.items.map(item => `${item.label} ${ui.amount(item.amount)}${item.note ? ` (${item.note})` : ''}`)].filter(Boolean).join(', ')
    const received = line.recipients.map(id => byId.get(id)).filter(c => c !== undefined).map(name)
    const waiting = (line.deferred ?? []).map(d => ui.funding.role(byId.has(d.consortium) ? name(byId.get(d.consortium)!) : d.consortium, ui.funding.mayReceive(d.reason, d.from)))
    return `${ui.funding.role(line.name[ui.lang], amounts)}: ${received.join(', ')}${waiting.length ? `; ${ui.funding.later}: ${waiting.join(', ')}` : ''}`
  })
  const bodies = [program.ministry, ...program.agencies].map(o => ui.funding.role(o.name[ui.lang], o.role))
  return {
    direction: 'TB',
    accTitle: ui.funding.title(program.name[ui.lang]),
    accDescr: `${ui.lang === 'ko' ? `${bodies[0]}와 ${bodies.slice(1).join(', ')}` : bodies.join(', ')}. ${lineSummary.join('. ')}. ${program.openSource.text}.`,
    nodes,
    groups,
    edges,
    classes: DIAGRAM_CLASSES,
    spacing: { node: ENGLISH ? 8 : 14, rank: ENGLISH ? 20 : 30, padding: 8 },
  }
}

/** The stage at which these consortia were selected (the first `selected` entry of the first of them). */
function selectionStage(data: DeckData, ids: string[]) {
  const first = data.consortia.find(c => ids.includes(c.id))
  const stageId = first?.history.find(h => h.outcome === 'selected')?.stage
  return data.program.stages.find(s => s.id === stageId)
}

export function fundingDiagram(data: DeckData, ui: UiStrings = ko): string {
  return renderFlowchart(fundingChart(data, ui))
}
