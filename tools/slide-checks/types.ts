/**
 * What the slide checks measure in the page and what they report.
 * Measurements are plain data so that the decisions (judge.ts)
 * stay pure functions, tested without a browser.
 */

export type ColorMode = 'light' | 'dark'

/** A rectangle in canvas pixels (the 980x552 slide, unscaled), relative to the slide's top-left corner. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Identifies an element for the author: a short CSS path below the slide and the start of its text. */
export interface ElementRef {
  path: string
  text: string
}

/** Any visible element of the slide with its box; `parent` indexes the nearest measured ancestor. */
export interface MeasuredBox extends ElementRef {
  box: Box
  parent: number | null
}

/** An element that holds text of its own (a direct text node), as drawn. */
export interface MeasuredText extends ElementRef {
  /** Font size on the canvas: computed size times every scale between the element and the slide. */
  fontSize: number
  fontWeight: number
  /** Text colour as `rgb()`/`rgba()`. */
  color: string
  /** Product of the opacities from the element up to the slide. */
  opacity: number
  /**
   * Colours painted behind the text, nearest first, as `rgb()`/`rgba()`; it ends at the first opaque
   * one or when the page runs out. Null when an image or gradient lies behind, so no single colour does.
   */
  backdrop: string[] | null
  /** The line boxes of its own text, in canvas pixels: where it could collide with other text. */
  lines: Box[]
  /**
   * Canvas pixels per CSS pixel where the text is drawn: below 1 in a diagram
   * shrunk to fit (an SVG's viewBox, Mermaid's scale), 1 in the slide's own text.
   */
  drawnAt: number
  /** The diagram (index into `diagrams`) the text is a label of, or null outside diagrams. */
  diagram: number | null
}

/** A box whose content is larger than the box and is cut off (overflow hidden, or an SVG foreignObject). */
export interface MeasuredClip extends ElementRef {
  axis: 'horizontal' | 'vertical'
  /** Size of the content and of the visible box along `axis`, in canvas pixels. */
  content: number
  visible: number
  inForeignObject: boolean
}

/** An image or diagram with the accessible name the page gives it ('' when none). */
export interface MeasuredGraphic extends ElementRef {
  kind: 'image' | 'diagram'
  name: string
}

/** A label in a diagram: a node's, an edge's, a subgraph's title, or any other text drawn in it. */
export interface DiagramLabel {
  role: 'node' | 'edge' | 'cluster' | 'text'
  /** The label's text, shortened as in ElementRef. */
  text: string
  /** Its text's box on the canvas (the glyphs' line boxes, not the padded shape around them). */
  box: Box
  /** For an edge's label, the edge's id (Mermaid's `data-id`): the one line allowed through it. */
  edge: string | null
  /** For a sankey's label, the node it names (its bar is the one bar it may sit on). */
  node?: string | null
}

/**
 * A line drawn in a diagram, as points sampled along it, in canvas pixels: a
 * flowchart's edge, a chart's rule or outline (an axis, the as-of line, a
 * range's outline), or a sankey's flow (a band as wide as its amount).
 */
export interface DiagramEdge {
  /** Mermaid's id for an edge (`L_<from>_<to>_<n>`), the nodes a flow joins (`gpu→gpu_rest`), or a chart line's tag and class (`line.as-of`). */
  id: string
  points: { x: number, y: number }[]
  /** What it is; a flowchart's edge when not given. */
  kind?: 'edge' | 'line' | 'flow'
  /** Its stroke's width on the canvas: a label closer than half of it to the line is under the stroke. */
  width?: number
}

/** A sankey's bar: the node it stands for and its box on the canvas. */
export interface DiagramBar {
  node: string
  box: Box
}

/** A diagram on the slide: a Mermaid SVG (in its shadow root or not) or one of the deck's own SVG charts. */
export interface MeasuredDiagram extends ElementRef {
  kind: 'mermaid' | 'chart'
  /** The picture's own box on the canvas: an SVG draws nothing outside it. */
  box: Box
  labels: DiagramLabel[]
  /** The lines drawn in it: a flowchart's edges, a chart's rules and outlines, a sankey's flows. */
  edges: DiagramEdge[]
  /** A sankey's bars; none for other diagrams. */
  bars?: DiagramBar[]
}

/**
 * The words a viewer reads on the slide as shown at this step: the visible
 * text of the slide's body (its title included; the citation footer, speaker
 * notes and text hidden until a later click left out), split by where it is drawn.
 */
export interface SlideReading {
  /** Text outside pictures: titles, lines, tables, captions. */
  text: string
  /** Text drawn inside pictures (the labels of diagrams and charts, any SVG). */
  picture: string
}

export interface SlideMeasurement {
  /** The canvas size in canvas pixels (980x552 unless the deck sets another). */
  canvas: { width: number, height: number }
  /** How much the slide is scaled on screen; measurements are already divided by it. */
  scale: number
  boxes: MeasuredBox[]
  texts: MeasuredText[]
  clips: MeasuredClip[]
  graphics: MeasuredGraphic[]
  diagrams: MeasuredDiagram[]
}

/** One axe-core rule violated by one element, as the runner passes it on. */
export interface AxeViolation {
  rule: string
  impact: string | null
  help: string
  target: string
  html: string
}

export type CheckKind
  = | 'overflow'
    | 'overlap'
    | 'clipped'
    | 'tiny-text'
    | 'edge-through-label'
    | 'line-through-label'
    | 'label-overlap'
    | 'label-cut-off'
    | 'contrast'
    | 'image-alt'
    | 'diagram-name'
    | 'axe'

/** Where a problem was seen: the slide number (as in the deck's URL), click step and colour mode. */
export interface Step {
  slide: number
  clicks: number
  mode: ColorMode
}

export interface Finding extends Step, ElementRef {
  kind: CheckKind
  /** What is wrong, with the numbers that show it. */
  message: string
}
