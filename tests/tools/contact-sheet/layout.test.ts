import { describe, expect, it } from 'vitest'
import { DEFAULT_SHEET, SHEET_SPACING, sheetLayout } from '../../../tools/contact-sheet/layout'

const { margin, gap, heading, number } = SHEET_SPACING

describe('a contact sheet\'s grid', () => {
  it('sets the slides in rows, in order, each thumbnail under its number', () => {
    const layout = sheetLayout([1, 2, 3, 4, 5, 6, 7], { columns: 3, thumbScale: 0.5 })
    expect(layout.thumb).toEqual({ width: 490, height: 276 })
    expect(layout.cells.map(c => [c.no, c.x, c.y])).toEqual([
      [1, margin, margin + heading],
      [2, margin + 490 + gap, margin + heading],
      [3, margin + 2 * (490 + gap), margin + heading],
      [4, margin, margin + heading + number + 276 + gap],
      [5, margin + 490 + gap, margin + heading + number + 276 + gap],
      [6, margin + 2 * (490 + gap), margin + heading + number + 276 + gap],
      [7, margin, margin + heading + 2 * (number + 276 + gap)],
    ])
    expect(layout.width).toBe(2 * margin + 3 * 490 + 2 * gap)
    expect(layout.height).toBe(2 * margin + heading + 3 * (number + 276) + 2 * gap)
  })

  it('ends at the last cell: every cell lies inside the sheet', () => {
    const layout = sheetLayout(Array.from({ length: 39 }, (_, i) => i + 1))
    const last = layout.cells.at(-1)!
    expect(layout.cells).toHaveLength(39)
    expect(layout.height).toBe(last.y + number + layout.thumb.height + margin)
    expect(Math.max(...layout.cells.map(c => c.x)) + layout.thumb.width + margin).toBe(layout.width)
    expect(layout.width).toBe(2 * margin + DEFAULT_SHEET.columns * layout.thumb.width + (DEFAULT_SHEET.columns - 1) * gap)
  })

  it('is no wider than its slides need', () => {
    expect(sheetLayout([1, 2], { columns: 5, thumbScale: 0.25 }).width).toBe(2 * margin + 2 * 245 + gap)
  })

  it('refuses a grid it cannot draw', () => {
    expect(() => sheetLayout([1], { columns: 0, thumbScale: 0.5 })).toThrow('at least 1 (got 0)')
    expect(() => sheetLayout([1], { columns: 2.5, thumbScale: 0.5 })).toThrow('whole number of columns')
    expect(() => sheetLayout([1], { columns: 2, thumbScale: 1.5 })).toThrow('at most 1 (got 1.5)')
  })
})
