/**
 * Small helpers the deck's SVG charts share: linear scales, and text widths
 * from the deck's typeface (Pretendard) with lines wrapped by them, so that
 * labels can be placed where they fit without measuring in a browser.
 */

/** A linear map from a data range to a pixel range. */
export function linear(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return value => r0 + ((value - d0) / span) * (r1 - r0)
}

/** Numbers written in rows, separated by white space. */
function ems(table: string): number[] {
  return table.trim().split(/\s+/).map(Number)
}

/** The weights the charts set text in. */
export type Weight = 'regular' | 'bold'

/**
 * Advance widths in em of the deck's typeface (Pretendard Regular and Bold),
 * as Chromium sets them: the printable ASCII characters from the space
 * (U+0020) to the tilde (U+007E), then the other characters the charts set.
 */
const ASCII_EM: Record<Weight, number[]> = {
  regular: ems(`
  0.251 0.257 0.379 0.600 0.607 0.862 0.609 0.201 0.341 0.341 0.471 0.627 0.258 0.433 0.254 0.334
  0.596 0.438 0.587 0.617 0.624 0.597 0.613 0.552 0.606 0.613 0.254 0.254 0.627 0.627 0.627 0.479
  0.880 0.646 0.619 0.693 0.686 0.567 0.557 0.709 0.706 0.244 0.516 0.621 0.533 0.853 0.718 0.727
  0.604 0.727 0.608 0.607 0.611 0.707 0.646 0.915 0.612 0.634 0.595 0.341 0.334 0.341 0.442 0.425
  0.469 0.535 0.591 0.529 0.591 0.553 0.337 0.579 0.563 0.218 0.218 0.517 0.218 0.834 0.557 0.567
  0.579 0.579 0.350 0.496 0.340 0.553 0.529 0.777 0.513 0.529 0.513 0.341 0.306 0.341 0.627
`),
  bold: ems(`
  0.230 0.307 0.376 0.624 0.630 0.960 0.648 0.197 0.390 0.390 0.539 0.653 0.287 0.449 0.282 0.371
  0.660 0.469 0.610 0.639 0.657 0.627 0.643 0.575 0.644 0.643 0.282 0.282 0.653 0.653 0.653 0.538
  0.874 0.718 0.637 0.724 0.701 0.589 0.563 0.732 0.720 0.266 0.547 0.663 0.546 0.883 0.709 0.753
  0.623 0.754 0.632 0.630 0.643 0.704 0.718 0.999 0.686 0.695 0.641 0.390 0.371 0.390 0.467 0.456
  0.478 0.558 0.611 0.563 0.611 0.574 0.367 0.608 0.600 0.257 0.257 0.558 0.257 0.879 0.598 0.590
  0.608 0.608 0.390 0.539 0.370 0.597 0.563 0.819 0.551 0.563 0.549 0.390 0.355 0.390 0.653
`),
}
const OTHER_EM: Record<Weight, Record<string, number>> = {
  regular: { '·': 0.254, '’': 0.221, '‘': 0.221, '“': 0.439, '”': 0.439, '–': 0.471, '—': 0.957, '…': 0.762, '→': 0.913, '×': 0.627, '≥': 0.627, '≤': 0.627, '₩': 0.91 },
  bold: { '·': 0.282, '’': 0.264, '‘': 0.264, '“': 0.485, '”': 0.485, '–': 0.479, '—': 0.966, '…': 0.847, '→': 0.922, '×': 0.653, '≥': 0.653, '≤': 0.653, '₩': 0.915 },
}
/** Every Hangul syllable and jamo in both weights. */
const HANGUL_EM = 0.864

/**
 * How wide a label sets at `size` px in the deck's typeface, from its own
 * advance widths (kerning left out). A character the tables do not know is
 * taken as one em.
 */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  let ems = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code >= 0x20 && code <= 0x7E)
      ems += ASCII_EM[weight][code - 0x20]!
    else if (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/.test(char))
      ems += HANGUL_EM
    else
      ems += OTHER_EM[weight][char] ?? 1
  }
  return ems * size
}

/** Words of `text` in lines no wider than `room` px at `size` (a word wider than the room keeps a line of its own). */
export function wrapWords(text: string, room: number, size: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= room)
      lines[lines.length - 1] = `${last} ${word}`
    else
      lines.push(word)
  }
  return lines
}

/** Days since 1970-01-01 for a YYYY-MM-DD or YYYY-MM (its first day) date. */
export function dayNumber(date: string): number {
  const day = date.length === 7 ? `${date}-01` : date
  return Date.parse(`${day}T00:00:00Z`) / 86_400_000
}

/** The deck's typeface's line box around a baseline, in em (measured for Pretendard): what a label takes up. */
export const LINE_BOX = { above: 0.94, below: 0.23 }

/** A mark's box on a chart, named for a test's or a check's message. */
export interface Box { what: string, x1: number, x2: number, y1: number, y2: number }

/** A line of text as the browser boxes it: from `x`, `width` wide, its line box around the baseline at `size` px. */
export function textBox(what: string, x: number, baseline: number, width: number, size: number): Box {
  return { what, x1: x, x2: x + width, y1: baseline - LINE_BOX.above * size, y2: baseline + LINE_BOX.below * size }
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2
}
