/**
 * What every chart of the deck shares: the frame ChartFrame.vue draws it in
 * (its size, text size, title and description), the width it is laid out in,
 * and the sizes its text is set in. A chart function measures its labels
 * with these sizes; ChartFrame.vue hands the same sizes to the charts' styles
 * as CSS variables (`var(--chart-small)`), so each size is written once.
 */

/** The width every chart is laid out in, in px of the slide's 980x552 canvas. */
export const CHART_WIDTH = 860

/** The sizes, in px, the charts set text in. */
export const TEXT = {
  /** Dates, changes, keys and axes: what reads after the mark it belongs to. */
  small: 16,
  /** The record's findings and the eliminations' dates, where many labels share a line. */
  dense: 17,
  /** The charts' text. */
  body: 18,
  /** The essay's worries, each a row's name. */
  name: 19,
  /** A team's lead at the head of its row, and the eliminations' reasons. */
  lead: 20,
  /** The team named above each elimination's reason. */
  heading: 22,
} as const

/** The sizes as the CSS variables ChartFrame.vue sets on every chart. */
export const TEXT_VARIABLES: Record<string, string> = Object.fromEntries(Object.entries(TEXT).map(([name, px]) => [`--chart-${name}`, `${px}px`]))

/** What ChartFrame.vue needs of a chart; each chart function returns this and its marks. */
export interface Chart {
  width: number
  height: number
  /** The size its text is set in unless a mark says otherwise. */
  font: number
  /** Read out first, then the description, in place of the picture. */
  title: string
  description: string
}

/** A line of text where it is drawn: `x` and the baseline `y`, and the text's end at `x` or its middle when `anchor` says so. */
export interface TextMark { text: string, x: number, y: number, anchor?: 'start' | 'middle' | 'end' }

/** A rectangle, as its SVG attributes. */
export interface RectMark { x: number, y: number, width: number, height: number }

/** A straight line, as its SVG attributes. */
export interface LineMark { x1: number, y1: number, x2: number, y2: number }

/** A label on an axis, centred on its place. */
export interface Tick extends TextMark { anchor: 'middle' }

/**
 * A row of a bar chart labelled directly: a label line, then the bar with its
 * value after it. From the row's top: the label's baseline, the bar's top and
 * the value's baseline, low enough that the value's line box clears the
 * label's (a line box is about 0.94 em above the baseline and 0.23 em below).
 */
export const LABELLED_BAR = { height: 43, labelBaseline: 14, barTop: 20, valueBaseline: 35.5 }

/** Room above a chart's first line of text for its line box. */
export const TOP = 3

/**
 * The round marks that say how a finding answers an ask, or how a worry
 * turned out: a disc (yes), a half-filled ring (in part), a ring, or a cross
 * (the other way). Each is set on a line of text, from `left`, its centre
 * level with the text, `RAISE` px above the `baseline`.
 */
export type RoundShape = 'disc' | 'half' | 'ring' | 'cross'
export interface RoundMark { shape: RoundShape, circle?: { cx: number, cy: number, r: number }, path?: string }

const DISC = 8
const RAISE = 6

export function roundMark(shape: RoundShape, left: number, baseline: number): RoundMark {
  const [x, y] = [left + DISC, baseline - RAISE]
  const r = shape === 'disc' ? DISC : DISC - 1
  if (shape === 'cross')
    return { shape, path: `M ${x - r} ${y - r} L ${x + r} ${y + r} M ${x - r} ${y + r} L ${x + r} ${y - r}` }
  const circle = { cx: x, cy: y, r }
  return shape === 'half' ? { shape, circle, path: `M ${x} ${y - r} A ${r} ${r} 0 0 0 ${x} ${y + r} Z` } : { shape, circle }
}

/**
 * Runs a chart function for the component `tag` (`<FieldChart at="essay">`):
 * an error it throws starts with the tag, so the slide that asked is found.
 */
export function chartFor<T>(tag: string, make: () => T): T {
  try {
    return make()
  }
  catch (error) {
    throw new Error(`${tag}: ${(error as Error).message}`, { cause: error })
  }
}
