/**
 * The rules, as pure functions of what measure.ts saw on one slide at one
 * click step in one colour mode.
 */
import type { Rgba } from './contrast'
import type { AxeViolation, Box, DiagramLabel, Finding, MeasuredBox, MeasuredDiagram, MeasuredText, SlideMeasurement, Step } from './types'
import { DARK_CANVAS, flattenBackdrop, parseColor, requiredContrast, textContrast, WHITE } from './contrast'
import { boxesOverlap, inset, strokeInBox } from './geometry'

export const MIN_FONT_SIZE = 16
/** Sub-pixel layout noise allowed before a box counts as outside the canvas. */
export const FIT_TOLERANCE = 1
/** axe-core impacts that fail a slide. */
export const FAILING_IMPACTS = ['serious', 'critical']

const round = (n: number) => Math.round(n)
const tenths = (n: number) => Math.round(n * 10) / 10
/** For text drawn smaller than it is set (a diagram shrunk to fit): its size as set and the scale it is drawn at. */
function shrunk(text: MeasuredText) {
  return Math.abs(text.drawnAt - 1) < 0.005
    ? ''
    : ` (${tenths(text.fontSize / text.drawnAt)} px drawn at ${Math.round(text.drawnAt * 100)}% of its size${text.diagram === null ? '' : ', in a diagram'})`
}
const ratio = (n: number) => `${Math.floor(n * 100) / 100}:1`
const hex = ({ r, g, b }: Rgba) => `#${[r, g, b].map(c => Math.round(c).toString(16).padStart(2, '0')).join('')}`

/** How far a box sticks out of the canvas, side by side; empty when it lies inside. */
export function outsideBy(box: Box, canvas: { width: number, height: number }, tolerance = FIT_TOLERANCE): string[] {
  const sides: string[] = []
  if (box.top < -tolerance)
    sides.push(`${round(-box.top)} px above the canvas`)
  if (box.bottom > canvas.height + tolerance)
    sides.push(`${round(box.bottom - canvas.height)} px below the canvas (bottom at ${round(box.bottom)} of ${canvas.height})`)
  if (box.left < -tolerance)
    sides.push(`${round(-box.left)} px left of the canvas`)
  if (box.right > canvas.width + tolerance)
    sides.push(`${round(box.right - canvas.width)} px right of the canvas (right edge at ${round(box.right)} of ${canvas.width})`)
  return sides
}

/**
 * Elements outside the canvas. Only the innermost are named (the list item,
 * not also its list), since that is the line to shorten or move.
 */
export function overflowing(boxes: MeasuredBox[], canvas: { width: number, height: number }): { box: MeasuredBox, sides: string[] }[] {
  const outside = boxes.map(box => outsideBy(box.box, canvas))
  const hasOutsideChild = new Set<number>()
  boxes.forEach((box, index) => {
    if (outside[index]!.length === 0)
      return
    for (let parent = box.parent; parent !== null; parent = boxes[parent]!.parent)
      hasOutsideChild.add(parent)
  })
  return boxes.flatMap((box, index) =>
    outside[index]!.length > 0 && !hasOutsideChild.has(index) ? [{ box, sides: outside[index]! }] : [])
}

/** Text lines may touch; they overlap when they share more than this many pixels each way. */
export const OVERLAP_TOLERANCE = 2

/**
 * Pairs of texts whose lines cross: one drawn over the other (a citation over
 * a diagram label). Two labels of one diagram are left to diagramProblems,
 * which names them as labels.
 */
export function overlapping(texts: MeasuredText[]): [MeasuredText, MeasuredText][] {
  const crosses = (a: Box, b: Box) => boxesOverlap(a, b, OVERLAP_TOLERANCE)
  const pairs: [MeasuredText, MeasuredText][] = []
  texts.forEach((later, j) => {
    const earlier = texts.slice(0, j).find(other => (other.diagram === null || other.diagram !== later.diagram)
      && other.lines.some(a => later.lines.some(b => crosses(a, b))))
    if (earlier)
      pairs.push([earlier, later])
  })
  return pairs
}

/**
 * How far into a label's text box an edge must run to count as drawn through
 * it: an edge that grazes the box's edge, in the glyphs' spare leading, does not.
 */
export const EDGE_TOLERANCE = 2

const LABEL_ROLE: Record<DiagramLabel['role'], string> = {
  node: 'the node label',
  edge: 'the edge label',
  cluster: 'the group title',
  text: 'the label',
}

export interface DiagramProblem {
  kind: 'edge-through-label' | 'line-through-label' | 'label-overlap' | 'label-cut-off'
  /** The label the problem is on. */
  label: DiagramLabel
  message: string
}

/**
 * What keeps a diagram from reading at a glance: a label that runs past the
 * picture's edge (an SVG cuts it off there), a line drawn through a label (a
 * flowchart's edge other than the label's own, a chart's rule or outline, a
 * sankey's flow, as wide as its stroke), a label drawn over another label,
 * and a sankey's label on a bar not its own.
 */
export function diagramProblems(diagram: MeasuredDiagram): DiagramProblem[] {
  const problems: DiagramProblem[] = []
  for (const label of diagram.labels) {
    const past = ([
      ['left', diagram.box.left - label.box.left],
      ['right', label.box.right - diagram.box.right],
      ['top', diagram.box.top - label.box.top],
      ['bottom', label.box.bottom - diagram.box.bottom],
    ] as const).filter(([, by]) => by > FIT_TOLERANCE)
    if (past.length)
      problems.push({ kind: 'label-cut-off', label, message: `${LABEL_ROLE[label.role]} "${label.text}" runs past the picture's edge and is cut off (${past.map(([side, by]) => `${side} by ${round(by)} px`).join(', ')})` })
  }
  for (const edge of diagram.edges) {
    for (const label of diagram.labels) {
      if (label.edge === edge.id)
        continue
      // A thick line (a sankey's flow, a chart's wide rule) covers half its width on each side of its path.
      const at = strokeInBox(edge.points, edge.width ?? 0, inset(label.box, EDGE_TOLERANCE))
      if (!at)
        continue
      const where = `(at ${round(at.x)}, ${round(at.y)} on the canvas)`
      if (edge.kind === 'flow')
        problems.push({ kind: 'line-through-label', label, message: `the flow ${edge.id}, ${round(edge.width ?? 0)} px wide, runs through ${LABEL_ROLE[label.role]} "${label.text}" ${where}` })
      else if (edge.kind === 'line')
        problems.push({ kind: 'line-through-label', label, message: `the line ${edge.id} is drawn through ${LABEL_ROLE[label.role]} "${label.text}" ${where}` })
      else
        problems.push({ kind: 'edge-through-label', label, message: `the edge ${edge.id} is drawn through ${LABEL_ROLE[label.role]} "${label.text}" ${where}` })
    }
  }
  // A sankey's label may sit on its own node's bar, never on another's.
  for (const bar of diagram.bars ?? []) {
    for (const label of diagram.labels) {
      if (label.node !== bar.node && boxesOverlap(bar.box, label.box, OVERLAP_TOLERANCE))
        problems.push({ kind: 'label-overlap', label, message: `${LABEL_ROLE[label.role]} "${label.text}" is drawn over the bar of ${bar.node}` })
    }
  }
  diagram.labels.forEach((later, j) => {
    const under = diagram.labels.slice(0, j).find(earlier => boxesOverlap(earlier.box, later.box, OVERLAP_TOLERANCE))
    if (under)
      problems.push({ kind: 'label-overlap', label: later, message: `${LABEL_ROLE[later.role]} "${later.text}" is drawn over ${LABEL_ROLE[under.role]} "${under.text}"` })
  })
  return problems
}

export function canvasColor(mode: Step['mode']): Rgba {
  return mode === 'dark' ? DARK_CANVAS : WHITE
}

/** Every problem on one slide at one step. */
export function judgeSlide(measurement: SlideMeasurement, step: Step): Finding[] {
  const findings: Finding[] = []
  const add = (kind: Finding['kind'], element: { path: string, text: string }, message: string) =>
    findings.push({ ...step, kind, path: element.path, text: element.text, message })

  for (const { box, sides } of overflowing(measurement.boxes, measurement.canvas))
    add('overflow', box, `lies outside the slide: ${sides.join(', ')}`)

  for (const [under, over] of overlapping(measurement.texts))
    add('overlap', over, `text overlaps other text: ${under.path}${under.text ? ` "${under.text}"` : ''}`)

  for (const clip of measurement.clips) {
    const size = clip.axis === 'horizontal' ? 'wide' : 'high'
    const where = clip.inForeignObject ? ' (a diagram label in its SVG foreignObject)' : ''
    add('clipped', clip, `text is cut off${where}: content ${round(clip.content)} px ${size} in a box ${round(clip.visible)} px ${size}`)
  }

  for (const diagram of measurement.diagrams) {
    for (const problem of diagramProblems(diagram))
      add(problem.kind, { path: diagram.path, text: problem.label.text }, problem.message)
  }

  for (const text of measurement.texts) {
    // Rounded to a hundredth so that 15.999 from scaling maths is not a 16 px text reported as smaller.
    if (Math.round(text.fontSize * 100) / 100 < MIN_FONT_SIZE)
      add('tiny-text', text, `text is ${tenths(text.fontSize)} px on the canvas${shrunk(text)}; the minimum is ${MIN_FONT_SIZE} px`)
    if (text.backdrop === null)
      continue
    const color = parseColor(text.color)
    if (color.a * text.opacity === 0)
      continue
    const backdrop = flattenBackdrop(text.backdrop.map(parseColor), canvasColor(step.mode))
    const contrast = textContrast(color, text.opacity, backdrop)
    const needed = requiredContrast(text.fontSize, text.fontWeight)
    if (contrast < needed) {
      const faded = text.opacity < 1 || color.a < 1 ? ` at ${Math.round(color.a * text.opacity * 100)}% opacity` : ''
      add('contrast', text, `contrast ${ratio(contrast)} (${hex(color)}${faded} on ${hex(backdrop)}); needs ${needed}:1`)
    }
  }

  for (const graphic of measurement.graphics) {
    if (graphic.name)
      continue
    if (graphic.kind === 'image')
      add('image-alt', graphic, 'image has no alt text')
    else
      add('diagram-name', graphic, 'diagram has no accessible name (give the Mermaid block an accTitle)')
  }
  return findings
}

/** axe-core violations that fail a slide: serious or critical ones. */
export function judgeAxe(violations: AxeViolation[], step: Step): Finding[] {
  return violations
    .filter(v => v.impact !== null && FAILING_IMPACTS.includes(v.impact))
    .map(v => ({
      ...step,
      kind: 'axe' as const,
      path: v.target,
      text: v.html.length > 60 ? `${v.html.slice(0, 59)}…` : v.html,
      message: `${v.rule} (${v.impact}): ${v.help}`,
    }))
}
