/**
 * Plane geometry for the slide checks, in canvas pixels: whether two boxes
 * overlap, and whether a line drawn through sampled points enters a box.
 * Pure, so that the rules behind "a label sits on another label" and "an edge
 * runs through a label" are tested without a browser.
 */
import type { Box } from './types'

export interface Point {
  x: number
  y: number
}

/**
 * True when two boxes share more than `tolerance` pixels each way: boxes
 * that merely touch (adjacent lines of text, a label set against its neighbour)
 * do not overlap.
 */
export function boxesOverlap(a: Box, b: Box, tolerance: number): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance
    && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance
}

/** The box with each side moved `by` pixels inwards (outwards when negative). */
export function inset(box: Box, by: number): Box {
  return { left: box.left + by, top: box.top + by, right: box.right - by, bottom: box.bottom - by }
}

/**
 * Where the segment from `a` to `b` runs inside `box`, as the two ends of the
 * part inside, or undefined when it misses the box (or only touches its
 * border). Liang–Barsky clipping: the segment is a + t(b - a), t in [0, 1], and
 * each side of the box narrows the range of t that lies within it.
 */
export function segmentInBox(a: Point, b: Point, box: Box): [Point, Point] | undefined {
  if (box.right <= box.left || box.bottom <= box.top)
    return undefined
  const dx = b.x - a.x
  const dy = b.y - a.y
  let enter = 0
  let leave = 1
  // Each pair: how fast the segment moves towards the outside of one side, and how far inside that side it starts.
  const sides: [number, number][] = [[-dx, a.x - box.left], [dx, box.right - a.x], [-dy, a.y - box.top], [dy, box.bottom - a.y]]
  for (const [towardsOutside, inside] of sides) {
    if (towardsOutside === 0) {
      // Parallel to this side (or no length at all): inside it throughout, or outside throughout (on the border counts as outside).
      if (inside <= 0)
        return undefined
      continue
    }
    const t = inside / towardsOutside
    if (towardsOutside < 0)
      enter = Math.max(enter, t)
    else
      leave = Math.min(leave, t)
    if (enter >= leave)
      return undefined
  }
  const at = (t: number): Point => ({ x: a.x + t * dx, y: a.y + t * dy })
  return [at(enter), at(leave)]
}

/**
 * The first place a line through `points` (in order) runs inside `box`, or
 * undefined when it never does. A curve is checked as the chords between its
 * samples; sampled every couple of pixels, a chord strays from the curve by
 * far less than a label's padding.
 */
export function polylineInBox(points: Point[], box: Box): Point | undefined {
  // A single sample (a line of no length) is a segment from the point to itself.
  const chords = points.length === 1 ? [[points[0]!, points[0]!]] : points.slice(1).map((p, i) => [points[i]!, p])
  for (const [from, to] of chords) {
    const inside = segmentInBox(from!, to!, box)
    if (inside)
      return { x: (inside[0].x + inside[1].x) / 2, y: (inside[0].y + inside[1].y) / 2 }
  }
  return undefined
}

/**
 * The first place a stroke `width` pixels wide, drawn along `points`, covers
 * part of `box`, or undefined when it never does. The stroke is swept as
 * copies of its path moved sideways (along each chord's normal) at most two
 * pixels apart, ends cut square: a sankey's flow, as wide as its amount, ends
 * flush with its bars, and a label on a bar beside it is not under it.
 */
export function strokeInBox(points: Point[], width: number, box: Box): Point | undefined {
  if (!(width > 2))
    return polylineInBox(points, box)
  const steps = Math.ceil(width / 2)
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!
    const to = points[i]!
    const length = Math.hypot(to.x - from.x, to.y - from.y)
    if (length === 0)
      continue
    const normal = { x: -(to.y - from.y) / length, y: (to.x - from.x) / length }
    for (let k = 0; k <= steps; k++) {
      const offset = -width / 2 + (width * k) / steps
      const shift = (p: Point): Point => ({ x: p.x + normal.x * offset, y: p.y + normal.y * offset })
      const inside = segmentInBox(shift(from), shift(to), box)
      if (inside)
        return { x: (inside[0].x + inside[1].x) / 2, y: (inside[0].y + inside[1].y) / 2 }
    }
  }
  return undefined
}
