import { describe, expect, it } from 'vitest'
import { boxesOverlap, inset, polylineInBox, segmentInBox, strokeInBox } from '../../../tools/slide-checks/geometry'

const box = { left: 100, top: 50, right: 200, bottom: 80 }

describe('boxes', () => {
  it('overlap when they share more than the tolerance each way', () => {
    expect(boxesOverlap(box, { left: 150, top: 60, right: 250, bottom: 90 }, 2)).toBe(true)
    // Touching, or sharing 2 px or less along one axis: adjacent lines, a label set against its neighbour.
    expect(boxesOverlap(box, { left: 200, top: 50, right: 300, bottom: 80 }, 2)).toBe(false)
    expect(boxesOverlap(box, { left: 100, top: 78, right: 200, bottom: 108 }, 2)).toBe(false)
    expect(boxesOverlap(box, { left: 100, top: 77, right: 200, bottom: 107 }, 2)).toBe(true)
    expect(boxesOverlap(box, { left: 300, top: 50, right: 400, bottom: 80 }, 2)).toBe(false)
  })

  it('overlap when one holds the other', () => {
    expect(boxesOverlap(box, { left: 120, top: 60, right: 130, bottom: 70 }, 2)).toBe(true)
  })

  it('shrink by an inset', () => {
    expect(inset(box, 2)).toEqual({ left: 102, top: 52, right: 198, bottom: 78 })
  })
})

describe('a segment against a box', () => {
  it('finds the part of a segment crossing the box', () => {
    expect(segmentInBox({ x: 150, y: 0 }, { x: 150, y: 100 }, box)).toEqual([{ x: 150, y: 50 }, { x: 150, y: 80 }])
    expect(segmentInBox({ x: 0, y: 0 }, { x: 300, y: 120 }, box)).toEqual([{ x: 125, y: 50 }, { x: 200, y: 80 }])
  })

  it('finds a segment that starts or lies wholly inside', () => {
    expect(segmentInBox({ x: 150, y: 60 }, { x: 150, y: 200 }, box)).toEqual([{ x: 150, y: 60 }, { x: 150, y: 80 }])
    expect(segmentInBox({ x: 120, y: 60 }, { x: 180, y: 70 }, box)).toEqual([{ x: 120, y: 60 }, { x: 180, y: 70 }])
  })

  it('misses segments that pass by, stop short or only run along a side', () => {
    expect(segmentInBox({ x: 50, y: 0 }, { x: 50, y: 100 }, box)).toBeUndefined()
    expect(segmentInBox({ x: 150, y: 0 }, { x: 150, y: 49 }, box)).toBeUndefined()
    expect(segmentInBox({ x: 100, y: 0 }, { x: 100, y: 100 }, box)).toBeUndefined()
    expect(segmentInBox({ x: 0, y: 50 }, { x: 300, y: 50 }, box)).toBeUndefined()
    // Diagonal past a corner.
    expect(segmentInBox({ x: 180, y: 0 }, { x: 260, y: 80 }, box)).toBeUndefined()
    // Only a corner touched.
    expect(segmentInBox({ x: 150, y: 0 }, { x: 250, y: 100 }, box)).toBeUndefined()
  })

  it('takes a segment of no length as its point', () => {
    expect(segmentInBox({ x: 150, y: 60 }, { x: 150, y: 60 }, box)).toEqual([{ x: 150, y: 60 }, { x: 150, y: 60 }])
    expect(segmentInBox({ x: 50, y: 60 }, { x: 50, y: 60 }, box)).toBeUndefined()
    expect(segmentInBox({ x: 100, y: 60 }, { x: 100, y: 60 }, box)).toBeUndefined()
  })
})

describe('a sampled line against a box', () => {
  /** Points along a quarter circle of radius 100 about (100, 150), from (0, 150) to (100, 50), every `step` degrees. */
  const arc = (step: number) => Array.from({ length: 90 / step + 1 }, (_, i) => {
    const angle = Math.PI - (i * step * Math.PI) / 180
    return { x: 100 + 100 * Math.cos(angle), y: 150 - 100 * Math.sin(angle) }
  })

  it('finds where a curve runs through a box, between two samples', () => {
    // The arc passes through (29.3, 79.3); no sample need fall inside the small box around it.
    const label = { left: 20, top: 72, right: 40, bottom: 86 }
    const at = polylineInBox(arc(15), label)
    expect(at).toBeDefined()
    expect(at!.x).toBeGreaterThan(label.left)
    expect(at!.x).toBeLessThan(label.right)
    expect(at!.y).toBeGreaterThan(label.top)
    expect(at!.y).toBeLessThan(label.bottom)
  })

  it('misses a box the curve passes outside of', () => {
    expect(polylineInBox(arc(2), { left: 60, top: 90, right: 120, bottom: 140 })).toBeUndefined()
    expect(polylineInBox([], box)).toBeUndefined()
  })

  it('takes a lone sample as a point', () => {
    expect(polylineInBox([{ x: 150, y: 60 }], box)).toEqual({ x: 150, y: 60 })
    expect(polylineInBox([{ x: 50, y: 60 }], box)).toBeUndefined()
  })
})

describe('a wide stroke against a box', () => {
  /** A horizontal flow from x 100 to 250 along y 60, sampled every 2 px. */
  const flow = Array.from({ length: 76 }, (_, i) => ({ x: 100 + 2 * i, y: 60 }))

  it('covers half its width on each side of its path: a label inside the band is under it', () => {
    expect(strokeInBox(flow, 120, { left: 110, top: 10, right: 200, bottom: 28 })).toBeDefined()
    // A thin line along the same path misses that label; the band 120 px wide does not.
    expect(polylineInBox(flow, { left: 110, top: 10, right: 200, bottom: 28 })).toBeUndefined()
    // Beyond half the width, above or below, it is clear.
    expect(strokeInBox(flow, 120, { left: 110, top: -30, right: 200, bottom: -2 })).toBeUndefined()
  })

  it('ends square where its path ends: a label on the bar beside the flow is not under it', () => {
    expect(strokeInBox(flow, 120, { left: 8, top: 50, right: 98, bottom: 70 })).toBeUndefined()
    expect(strokeInBox(flow, 120, { left: 258, top: 50, right: 320, bottom: 70 })).toBeUndefined()
    expect(strokeInBox(flow, 120, { left: 8, top: 50, right: 102, bottom: 70 })).toBeDefined()
  })

  it('follows a curve sideways along each chord\'s normal', () => {
    // A diagonal 10 px wide from (0, 0) to (100, 100): a box 4 px off its path, across it, is under it; one 8 px off is not.
    const diagonal = Array.from({ length: 51 }, (_, i) => ({ x: 2 * i, y: 2 * i }))
    expect(strokeInBox(diagonal, 10, { left: 52, top: 46, right: 54, bottom: 48 })).toBeDefined()
    expect(strokeInBox(diagonal, 10, { left: 58, top: 46, right: 60, bottom: 48 })).toBeUndefined()
  })
})
