/**
 * A small typed model of a Mermaid flowchart and its renderer. Generators
 * build the model from the data; only this module writes Mermaid syntax, so
 * escaping happens in one place and the labels a diagram shows can be listed
 * (for the PDF check) without parsing Mermaid text back.
 */

export type NodeShape = 'box' | 'round' | 'stadium'

export interface FlowNode {
  id: string
  /** Text of the label, unescaped, one entry per line of meaning; long entries are wrapped here. */
  lines: string[]
  shape?: NodeShape
  /** A class name from the chart's `classes`. */
  className?: string
  /** Wrap width in em for this node's lines (default DEFAULT_WRAP_EM). */
  wrapEm?: number
  /** Lines one entry may wrap onto before it is cut (default MAX_WRAPPED_LINES). */
  maxLines?: number
}

export interface FlowEdge {
  from: string
  to: string
  label?: string
  /** `line` has no arrow head; `invisible` only guides layout. */
  style?: 'solid' | 'dotted' | 'thick' | 'line' | 'dotted-line' | 'invisible'
  /** Extra ranks the edge spans (Mermaid draws longer arrows as `--->`). */
  extraLength?: number
}

export interface FlowGroup {
  id: string
  /** Empty for an untitled box. */
  title: string
  direction?: 'LR' | 'TB'
  /** Node ids or nested group ids. */
  members: string[]
  className?: string
}

export interface Flowchart {
  direction: 'LR' | 'TB'
  accTitle: string
  accDescr: string
  nodes: FlowNode[]
  groups?: FlowGroup[]
  edges: FlowEdge[]
  /** class name → Mermaid style declarations, e.g. `fill:#fff,stroke:#333`. */
  classes?: Record<string, string>
  /** Spacing for this chart, in px (Mermaid's flowchart nodeSpacing / rankSpacing / padding). */
  spacing?: { node: number, rank: number, padding: number }
}

/** The font size the generated diagrams are laid out for, in px before any scaling. */
export const DIAGRAM_FONT_PX = 16

/** Lines wrap at this many em unless a node says otherwise. */
export const DEFAULT_WRAP_EM = 10

/** A label entry longer than this many em is cut with an ellipsis, so one long name cannot blow up the layout. */
export const MAX_LINE_EM = 24

/** How far past the wrap width one unbreakable word may run before it is cut. */
export const WORD_OVERRUN = 1.6

/** An entry wraps onto at most this many lines. */
export const MAX_WRAPPED_LINES = 3

/** Characters that Mermaid's flowchart grammar or its HTML labels could read as syntax. */
const RESERVED = /["#;<>&|[\]{}()`\\*_~=:%]/g

/**
 * Approximate advance width of a character in em for the deck's typeface:
 * Hangul and other wide characters take a full em, Latin less. Used to wrap
 * lines here rather than let Mermaid wrap them: Mermaid measures wrapped text
 * outside the slide, where Korean breaks differently, and the last line of a
 * label it wrapped can end up clipped.
 */
export function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0
  if (cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)))
    return 1
  if (cp >= 0x1F000)
    return 1.25
  if (ch === ' ')
    return 0.28
  if (/[A-Z0-9]/.test(ch))
    return 0.64
  if (/[a-z]/.test(ch))
    return 0.54
  return 0.4
}

export function textEm(text: string): number {
  return [...text].reduce((sum, ch) => sum + charEm(ch), 0)
}

/** Cuts text to at most `maxEm` em, ending in an ellipsis when cut. */
export function shorten(text: string, maxEm = MAX_LINE_EM): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (textEm(clean) <= maxEm)
    return clean
  let out = ''
  for (const ch of clean) {
    if (textEm(out + ch) > maxEm - 1)
      break
    out += ch
  }
  return `${out.trimEnd()}…`
}

/** How long one entry may be before it is cut: room for `maxLines` lines, less what word breaks waste. */
function entryEm(wrapEm: number, maxLines: number): number {
  return Math.max(MAX_LINE_EM, wrapEm * maxLines * 0.9)
}

/** Breaks text into lines of at most `maxEm` em, between words; a word wider than that is cut. */
export function wrapText(text: string, maxEm = DEFAULT_WRAP_EM, maxLines = MAX_WRAPPED_LINES): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of shorten(text, entryEm(maxEm, maxLines)).split(' ')) {
    // A word a little wider than the wrap width keeps its own line whole; only a much longer one is cut.
    const fitted = textEm(word) > maxEm * WORD_OVERRUN ? shorten(word, maxEm * WORD_OVERRUN) : word
    const candidate = line ? `${line} ${fitted}` : fitted
    // A one-character word (a unit such as 원) stays with the word before it rather than stand alone.
    const glued = fitted.length === 1 && textEm(candidate) <= maxEm * WORD_OVERRUN
    if (line && textEm(candidate) > maxEm && !glued) {
      lines.push(line)
      line = fitted
    }
    else {
      line = candidate
    }
  }
  if (line)
    lines.push(line)
  return lines
}

/**
 * Escapes one line of label text with Mermaid's entity codes (`#35;` for `#`),
 * which it turns back into the literal character after parsing. Every
 * character that could end a quoted label, open a shape, start a comment or
 * become HTML/Markdown is encoded.
 */
export function escapeLabelText(text: string): string {
  return text.replace(RESERVED, ch => `#${ch.codePointAt(0)};`)
}

/** Accessibility lines are read to the end of the line; newlines are the only thing to remove. */
export function accText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A node id Mermaid accepts for any data id: a prefix keeps it off keywords such as `end`. */
export function nodeId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^a-z0-9]/gi, '_')}`
}

/** The lines a node shows, as the reader sees them. */
export function nodeLines(node: FlowNode): string[] {
  return node.lines.flatMap(line => wrapText(line, node.wrapEm ?? DEFAULT_WRAP_EM, node.maxLines ?? MAX_WRAPPED_LINES))
}

function quotedLabel(lines: string[]): string {
  return `"${lines.map(escapeLabelText).join('<br>')}"`
}

function shapeOf(node: FlowNode): string {
  const label = quotedLabel(nodeLines(node))
  switch (node.shape) {
    case 'round': return `(${label})`
    case 'stadium': return `([${label}])`
    default: return `[${label}]`
  }
}

function edgeLine(edge: FlowEdge): string {
  const label = edge.label ? `|${quotedLabel([shorten(edge.label, DEFAULT_WRAP_EM)])}|` : ''
  const more = (ch: string) => ch.repeat(edge.extraLength ?? 0)
  switch (edge.style) {
    case 'dotted': return `  ${edge.from} -.${more('.')}->${label} ${edge.to}`
    case 'dotted-line': return `  ${edge.from} -.${more('.')}-${label} ${edge.to}`
    case 'thick': return `  ${edge.from} ==${more('=')}>${label} ${edge.to}`
    case 'line': return `  ${edge.from} ---${more('-')}${label} ${edge.to}`
    case 'invisible': return `  ${edge.from} ~~~${more('~')} ${edge.to}`
    default: return `  ${edge.from} -->${more('-')}${label} ${edge.to}`
  }
}

/** Mermaid text for a chart. Nodes are declared inside their group, once. */
export function renderFlowchart(chart: Flowchart): string {
  const spacing = chart.spacing ?? { node: 14, rank: 30, padding: 8 }
  // Per-diagram settings travel with the text, so `npm run diagrams` output renders the same elsewhere.
  const config = {
    themeVariables: { fontSize: `${DIAGRAM_FONT_PX}px` },
    flowchart: { nodeSpacing: spacing.node, rankSpacing: spacing.rank, padding: spacing.padding, wrappingWidth: 2000, htmlLabels: true, subGraphTitleMargin: { top: 2, bottom: 6 } },
  }
  const out: string[] = [
    '---',
    `config: ${JSON.stringify(config)}`,
    '---',
    `flowchart ${chart.direction}`,
    `  accTitle: ${accText(chart.accTitle)}`,
    `  accDescr: ${accText(chart.accDescr)}`,
  ]
  const classes = chart.classes ?? {}
  const nodes = new Map(chart.nodes.map(node => [node.id, node]))
  const groups = new Map((chart.groups ?? []).map(group => [group.id, group]))
  const nested = new Set((chart.groups ?? []).flatMap(group => group.members))
  const declared = new Set<string>()
  const styles: string[] = []

  const declareNode = (id: string, indent: string) => {
    const node = nodes.get(id)
    if (!node || declared.has(id))
      return
    declared.add(id)
    out.push(`${indent}${id}${shapeOf(node)}${node.className ? `:::${node.className}` : ''}`)
  }
  const declareGroup = (group: FlowGroup, indent: string) => {
    // An empty title is not valid Mermaid; a space draws an untitled box.
    const title = group.title.trim() ? quotedLabel([shorten(group.title)]) : '" "'
    out.push(`${indent}subgraph ${group.id}[${title}]`)
    if (group.direction)
      out.push(`${indent}  direction ${group.direction}`)
    for (const member of group.members) {
      const inner = groups.get(member)
      if (inner)
        declareGroup(inner, `${indent}  `)
      else
        declareNode(member, `${indent}  `)
    }
    out.push(`${indent}end`)
    // Mermaid styles a subgraph with `style`, not with a class.
    if (group.className && classes[group.className])
      styles.push(`  style ${group.id} ${classes[group.className]}`)
  }

  for (const group of chart.groups ?? []) {
    if (!nested.has(group.id))
      declareGroup(group, '  ')
  }
  for (const node of chart.nodes)
    declareNode(node.id, '  ')
  for (const edge of chart.edges)
    out.push(edgeLine(edge))
  out.push(...styles)
  // Only the classes this chart's nodes use, so each diagram's text stays short.
  const used = new Set(chart.nodes.map(node => node.className).filter(Boolean))
  for (const [name, style] of Object.entries(classes)) {
    if (used.has(name))
      out.push(`  classDef ${name} ${style}`)
  }
  return `${out.join('\n')}\n`
}

/** Every text a chart shows, one entry per data value (not per wrapped line): node lines, group titles, edge labels. */
export function chartLabels(chart: Flowchart): string[] {
  return [
    ...(chart.groups ?? []).map(group => shorten(group.title)).filter(Boolean),
    ...chart.nodes.flatMap(node => node.lines.map(line => shorten(line, entryEm(node.wrapEm ?? DEFAULT_WRAP_EM, node.maxLines ?? MAX_WRAPPED_LINES)))),
    ...chart.edges.flatMap(edge => (edge.label ? [shorten(edge.label, DEFAULT_WRAP_EM)] : [])),
  ]
}
