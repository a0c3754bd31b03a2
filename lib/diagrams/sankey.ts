/**
 * A small typed model of a Mermaid sankey (flows whose widths are the
 * amounts) and its renderer, as flowchart.ts is for flowcharts.
 *
 * Mermaid's `sankey-beta` reads ASCII only: its lexer rejects every other
 * character in a node name, quoted or not (mermaid-js/mermaid issues 6155,
 * 6822, 7996; still so in 12.4). So the text Mermaid parses names each node by
 * an ASCII id, and the words the data gives, with the accessible title and
 * description the sankey grammar has no room for either, travel in one
 * `%% deck-sankey {…}` comment line that Mermaid skips. Once Mermaid has drawn
 * the flows, ./sankey-finish.ts writes those words on them: at build in the
 * page that draws the diagrams (node/diagram-render.ts), live in `dev`
 * (components/DataMermaid.vue). Chosen over a flowchart with per-link widths
 * because only the sankey is to scale at every node (a node is as tall as what
 * flows through it, and the flows' widths add up at each node), and its text
 * stays plain Mermaid that draws anywhere, with the ids for labels.
 */

export interface SankeyNode {
  /** ASCII id: letters, digits and `_` only (what Mermaid's sankey accepts, and no CSV quoting needed). */
  id: string
  /** The words drawn for the node, one entry per line, from the data. */
  lines: string[]
  /** Fill of the node's bar, as `#rrggbb`; the flows into it take its colour. */
  color: string
  /** A part no source itemises: drawn grey and named so. */
  remainder?: boolean
}

export interface SankeyLink {
  from: string
  to: string
  /** The amount, in the unit every flow of the diagram shares (억 원). */
  value: number
}

export interface Sankey {
  accTitle: string
  accDescr: string
  nodes: SankeyNode[]
  links: SankeyLink[]
  /** Mermaid's layout: the flows' extent in px, each bar's width and the space between bars in a column. */
  layout: { width: number, height: number, nodeWidth: number, nodePadding: number }
  /** Font size of the labels in px, before the slide scales the picture. */
  fontSize: number
}

/** What ./sankey-finish.ts needs to label a drawn sankey; the JSON of the `%% deck-sankey` line. */
export interface SankeyWords {
  accTitle: string
  accDescr: string
  fontSize: number
  /** Node id → its lines. */
  labels: Record<string, string[]>
}

export const SANKEY_MARKER = '%% deck-sankey '

const ASCII_ID = /^\w+$/

/** Where what enters a node differs from what leaves it, in words; empty when every node balances. */
export function sankeyImbalances(chart: Pick<Sankey, 'nodes' | 'links'>): string[] {
  const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000
  return chart.nodes.flatMap((node) => {
    const inflow = chart.links.filter(l => l.to === node.id).map(l => l.value)
    const outflow = chart.links.filter(l => l.from === node.id).map(l => l.value)
    if (!inflow.length || !outflow.length)
      return []
    return sum(inflow) === sum(outflow) ? [] : [`${node.id}: ${sum(inflow)} flows in, ${sum(outflow)} flows out`]
  })
}

/** Checks what Mermaid and the finishing step rely on; throws naming each problem. */
export function checkSankey(chart: Sankey): void {
  const ids = new Set(chart.nodes.map(n => n.id))
  const problems = [
    ...chart.nodes.filter(n => !ASCII_ID.test(n.id)).map(n => `node id "${n.id}" is not ASCII letters, digits and _`),
    ...chart.links.flatMap(l => [l.from, l.to].filter(id => !ids.has(id)).map(id => `a flow names node "${id}", which is not declared`)),
    ...chart.links.filter(l => !(l.value > 0)).map(l => `the flow ${l.from} → ${l.to} has no positive amount (${l.value})`),
    ...sankeyImbalances(chart),
  ]
  if (problems.length)
    throw new Error(`The sankey "${chart.accTitle}" cannot be drawn: ${problems.join('; ')}`)
}

/** The words the finishing step writes on the drawing. */
export function sankeyWords(chart: Sankey): SankeyWords {
  return {
    accTitle: chart.accTitle.replace(/\s+/g, ' ').trim(),
    accDescr: chart.accDescr.replace(/\s+/g, ' ').trim(),
    fontSize: chart.fontSize,
    labels: Object.fromEntries(chart.nodes.map(n => [n.id, n.lines])),
  }
}

/** Mermaid text for a sankey: its settings in the config block, its words in one comment line, then one CSV row per flow. */
export function renderSankey(chart: Sankey): string {
  checkSankey(chart)
  const config = {
    sankey: {
      ...chart.layout,
      showValues: false,
      linkColor: 'target',
      nodeAlignment: 'justify',
      nodeColors: Object.fromEntries(chart.nodes.map(n => [n.id, n.color])),
    },
    // Mermaid blends flows with `multiply`, which turns them black on a dark slide.
    themeCSS: '.link{mix-blend-mode:normal !important;}',
  }
  // JSON escapes nothing a comment line cannot hold but a newline; `<` and `>` are escaped so that the text is safe inline in HTML.
  const words = JSON.stringify(sankeyWords(chart)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
  return [
    '---',
    `config: ${JSON.stringify(config)}`,
    '---',
    'sankey-beta',
    `${SANKEY_MARKER}${words}`,
    ...chart.links.map(l => `${l.from},${l.to},${l.value}`),
    '',
  ].join('\n')
}

/** The words the `%% deck-sankey` line of a diagram's text carries; undefined for any other diagram. */
export function sankeyWordsIn(code: string): SankeyWords | undefined {
  const line = code.split('\n').find(l => l.startsWith(SANKEY_MARKER))
  return line ? JSON.parse(line.slice(SANKEY_MARKER.length)) as SankeyWords : undefined
}

/** Every text the diagram shows, one entry per line of a label, as a reader sees it. */
export function sankeyLabels(chart: Sankey): string[] {
  return chart.nodes.flatMap(n => n.lines)
}
