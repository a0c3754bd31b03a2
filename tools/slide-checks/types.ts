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

export interface SlideMeasurement {
  /** The canvas size in canvas pixels (980x552 unless the deck sets another). */
  canvas: { width: number, height: number }
  /** How much the slide is scaled on screen; measurements are already divided by it. */
  scale: number
  boxes: MeasuredBox[]
  texts: MeasuredText[]
  clips: MeasuredClip[]
  graphics: MeasuredGraphic[]
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
