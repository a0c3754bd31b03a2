/**
 * The funding structure as a Mermaid sankey, to scale, from data/program.yaml:
 * the year's settled budget flows to the support lines (GPU, data, talent) at
 * their settled amounts, and each line on to the uses the sources itemise in
 * 억 원 (a per-team amount times the teams the line goes to). What no source
 * itemises is drawn as its own grey flow and named so, never spread over the
 * others. Where sources disagree, the diagram uses the settlement of accounts
 * (the figures marked `settled`, the National Assembly Budget Office's) and
 * its title says so; the other figures are the budget slide's.
 */
import type { Amount, DeckData } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Sankey, SankeyLink, SankeyNode } from './sankey'
import { renderSankey } from './sankey'

const WON = '억 원'

/** Bar colours, dark enough for white text on them (at least 4.5:1); the flows take them at half opacity. */
const COLORS = { total: '#1e3a8a', gpu: '#1d4ed8', data: '#0f766e', talent: '#7e22ce', rest: '#64748b' } as const

/** Amounts the diagram can draw: in 억 원, once or per team (a yearly cap is a limit, not an amount given). */
function drawable(amount: Amount): boolean {
  return amount.unit === WON && (amount.per === undefined || amount.per === '팀당')
}

/** The data the diagram needs is missing or does not add up: names the file and the field. */
export class FundingDataError extends Error {}

export function fundingChart(data: DeckData, ui: UiStrings): Sankey {
  const where = 'data/program.yaml → program'
  const budget = data.program.budget.find(figure => figure.settled)
  if (!budget || budget.amount.unit !== WON)
    throw new FundingDataError(`${where}.budget: no settled figure in ${WON} (settled: true); the funding diagram draws the settlement`)
  const money = (value: number) => ui.amount({ value, unit: WON })
  const nodes: SankeyNode[] = [{ id: 'total', lines: [budget.short ?? data.program.name[ui.lang], money(budget.amount.value), ui.fundingFlow.settled], color: COLORS.total }]
  const links: SankeyLink[] = []
  const describe: string[] = []
  const rest = (from: string, value: number) => {
    const id = `${from}_rest`
    nodes.push({ id, lines: [ui.fundingFlow.rest, money(value)], color: COLORS.rest, remainder: true })
    links.push({ from, to: id, value })
    return `${ui.fundingFlow.rest} ${money(value)}`
  }

  let lines = 0
  data.program.support.forEach((line, index) => {
    const total = (line.totals ?? []).find(figure => figure.settled)
    if (!total)
      return
    if (total.amount.unit !== WON)
      throw new FundingDataError(`${where}.support[${index}].totals: the settled figure is in ${total.amount.unit}; the diagram draws ${WON}`)
    const name = line.name[ui.lang]
    nodes.push({ id: line.id, lines: [name, money(total.amount.value)], color: COLORS[line.id] })
    links.push({ from: 'total', to: line.id, value: total.amount.value })
    lines += total.amount.value
    const teams = line.recipients.length
    // Items first offered after the selection (`since`) are not part of the year the settlement closes.
    const uses = line.items.filter(item => drawable(item.amount) && !item.since).map((item) => {
      const times = item.amount.per === '팀당' ? teams : 1
      const value = item.amount.value * times
      const amount = times > 1 ? ui.fundingFlow.times(money(value), ui.amount(item.amount), times) : money(value)
      return { id: `${line.id}_${line.items.indexOf(item)}`, name: item.short ?? item.label, value, amount }
    })
    const itemised = uses.reduce((sum, use) => sum + use.value, 0)
    if (itemised > total.amount.value)
      throw new FundingDataError(`${where}.support[${index}].items: they add up to ${money(itemised)}, more than the line's settled total ${money(total.amount.value)}`)
    // The remainder first: Mermaid's layout then stacks each line's flows in the order of the lines, none crossing another.
    const unitemised = total.amount.value > itemised ? rest(line.id, total.amount.value - itemised) : undefined
    const parts = uses.map((use) => {
      nodes.push({ id: use.id, lines: [use.name, use.amount], color: COLORS[line.id] })
      links.push({ from: line.id, to: use.id, value: use.value })
      return `${use.name} ${use.amount}`
    })
    if (unitemised)
      parts.push(unitemised)
    describe.push(ui.fundingFlow.line(name, money(total.amount.value), parts))
  })
  if (lines > budget.amount.value)
    throw new FundingDataError(`${where}.support: the lines' settled totals add up to ${money(lines)}, more than the settled budget ${money(budget.amount.value)}`)
  if (budget.amount.value > lines)
    describe.push(rest('total', budget.amount.value - lines))

  const sources = [...new Set([...budget.sources, ...data.program.support.flatMap(line => [...(line.totals ?? []).filter(t => t.settled).flatMap(t => t.sources), ...line.items.filter(i => drawable(i.amount) && !i.since).flatMap(i => i.sources)])])]
  const publisher = (id: string) => data.sources.find(source => source.id === id)?.publisher ?? id
  return {
    accTitle: ui.fundingFlow.title(nodes[0]!.lines[0]!, money(budget.amount.value)),
    accDescr: `${describe.join(' ')} ${ui.fundingFlow.sources(sources.map(publisher))}`,
    nodes,
    links,
    // Laid out for the data slide's picture box at the labels' full size: the last column's labels take the width right of the flows.
    layout: { width: 540, height: 330, nodeWidth: 150, nodePadding: 24 },
    fontSize: 18,
  }
}

export function fundingDiagram(data: DeckData, ui: UiStrings): string {
  return renderSankey(fundingChart(data, ui))
}
