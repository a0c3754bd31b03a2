/**
 * Where each slide's thumbnail goes on a contact sheet: a grid in slide order,
 * each thumbnail under its slide number, below a heading that names the deck.
 */

export interface SheetOptions {
  columns: number
  /** The thumbnail's size as a share of the 980x552 slide: 0.5 keeps 24 px body text readable at 12 px. */
  thumbScale: number
}

export const DEFAULT_SHEET: SheetOptions = { columns: 5, thumbScale: 0.5 }

const SLIDE = { width: 980, height: 552 }
/** Around the sheet, between cells, and the heights of the heading and of a slide number's line, in pixels. */
export const SHEET_SPACING = { margin: 32, gap: 24, heading: 56, number: 28 } as const

export interface SheetCell {
  no: number
  /** Top-left corner of the slide number's line; the thumbnail follows below it. */
  x: number
  y: number
}

export interface SheetLayout {
  width: number
  height: number
  thumb: { width: number, height: number }
  cells: SheetCell[]
}

export function sheetLayout(slideNumbers: number[], options: SheetOptions = DEFAULT_SHEET): SheetLayout {
  if (!Number.isInteger(options.columns) || options.columns < 1)
    throw new Error(`A contact sheet needs a whole number of columns, at least 1 (got ${options.columns}).`)
  if (!(options.thumbScale > 0 && options.thumbScale <= 1))
    throw new Error(`A thumbnail's scale is more than 0 and at most 1 (got ${options.thumbScale}).`)
  const { margin, gap, heading, number } = SHEET_SPACING
  const thumb = { width: Math.round(SLIDE.width * options.thumbScale), height: Math.round(SLIDE.height * options.thumbScale) }
  const columns = Math.max(1, Math.min(options.columns, slideNumbers.length))
  const rows = Math.ceil(slideNumbers.length / columns)
  const cellHeight = number + thumb.height
  const cells = slideNumbers.map((no, i) => ({
    no,
    x: margin + (i % columns) * (thumb.width + gap),
    y: margin + heading + Math.floor(i / columns) * (cellHeight + gap),
  }))
  return {
    width: 2 * margin + columns * thumb.width + (columns - 1) * gap,
    height: 2 * margin + heading + rows * cellHeight + Math.max(0, rows - 1) * gap,
    thumb,
    cells,
  }
}
