/**
 * Small helpers the deck's SVG charts share: linear scales and a rough text
 * width, so that labels can be placed where they fit without measuring in a
 * browser. Widths are estimates for the deck's typeface (Pretendard).
 */

/** A linear map from a data range to a pixel range. */
export function linear(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return value => r0 + ((value - d0) / span) * (r1 - r0)
}

/**
 * About how wide a label sets at `size` px: Hangul and other wide characters
 * take about one em, digits and Latin letters a little over half, spaces and
 * punctuation less.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0
  for (const char of text) {
    if (/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3\u4E00-\u9FFF]/.test(char))
      ems += 0.96
    else if (/[\s.,·:;'’()-]/.test(char))
      ems += 0.3
    else if (/[A-Z0-9₩]/.test(char))
      ems += 0.62
    else
      ems += 0.52
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
