/**
 * Small helpers the deck's SVG charts share: linear scales and text widths
 * from the deck's typeface (Pretendard), so that labels can be placed where
 * they fit without measuring in a browser.
 */

/** A linear map from a data range to a pixel range. */
export function linear(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return value => r0 + ((value - d0) / span) * (r1 - r0)
}

/**
 * Advance widths of Pretendard Regular in em, as Chromium sets them: the
 * printable ASCII characters from the space (U+0020) to the tilde (U+007E).
 */
const ASCII_EM = [
  0.25, 0.26, 0.38, 0.60, 0.61, 0.86, 0.61, 0.20, 0.34, 0.34, 0.47, 0.63, 0.26, 0.43, 0.25, 0.33,
  0.60, 0.44, 0.59, 0.62, 0.62, 0.60, 0.61, 0.55, 0.61, 0.61, 0.25, 0.25, 0.63, 0.63, 0.63, 0.48,
  0.88, 0.65, 0.62, 0.69, 0.69, 0.57, 0.56, 0.71, 0.71, 0.24, 0.52, 0.62, 0.53, 0.85, 0.72, 0.73,
  0.60, 0.73, 0.61, 0.61, 0.61, 0.71, 0.65, 0.92, 0.61, 0.63, 0.59, 0.34, 0.33, 0.34, 0.44, 0.42,
  0.47, 0.54, 0.59, 0.53, 0.59, 0.55, 0.34, 0.58, 0.56, 0.22, 0.22, 0.52, 0.22, 0.83, 0.56, 0.57,
  0.58, 0.58, 0.35, 0.50, 0.34, 0.55, 0.53, 0.78, 0.51, 0.53, 0.51, 0.34, 0.31, 0.34, 0.63,
]

/** Advance widths in em of the other characters the charts set, Pretendard Regular. */
const OTHER_EM: Record<string, number> = {
  '·': 0.254, '’': 0.221, '‘': 0.221, '“': 0.439, '”': 0.439, '–': 0.471, '—': 0.957, '…': 0.762,
  '→': 0.913, '×': 0.627, '≥': 0.627, '≤': 0.627, '₩': 0.91,
}

/**
 * How wide a label sets at `size` px in the deck's typeface (regular weight;
 * bold sets up to about 8 % wider): from the typeface's own advance widths,
 * kerning left out. Hangul takes 0.864 em; a character the tables do not know
 * is taken as one em.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code >= 0x20 && code <= 0x7E)
      ems += ASCII_EM[code - 0x20]!
    else if (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/.test(char))
      ems += 0.864
    else
      ems += OTHER_EM[char] ?? 1
  }
  return ems * size
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
