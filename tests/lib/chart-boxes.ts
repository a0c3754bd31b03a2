/**
 * What the browser draws of a chart, as boxes, for the chart tests: a line of
 * text at the chart's size, a rectangle, and the check that every line of text
 * stays inside the chart and clears every other text and bar.
 */
import type { Chart, RectMark, TextMark } from '../../lib/charts/frame'
import type { Box, Weight } from '../../lib/charts/scale'
import { expect } from 'vitest'
import { boxesOverlap, textBox, textWidth } from '../../lib/charts/scale'

/** A line of text as the browser boxes it: from its x, as wide as it sets (or `width`), its line box around its baseline. */
export function textBoxOf(mark: TextMark, size: number, weight: Weight = 'regular', width = textWidth(mark.text, size, weight)): Box {
  return textBox(mark.text, mark.x, mark.y, width, size)
}

export function rectBox(what: string, rect: RectMark): Box {
  return { what, x1: rect.x, x2: rect.x + rect.width, y1: rect.y, y2: rect.y + rect.height }
}

/** Every text inside the chart, over no other text and no bar. */
export function expectReadable(chart: Chart, texts: Box[], bars: Box[]): void {
  for (const text of texts) {
    expect(text.x1, text.what).toBeGreaterThanOrEqual(0)
    expect(text.x2, text.what).toBeLessThanOrEqual(chart.width)
    expect(text.y1, text.what).toBeGreaterThanOrEqual(0)
    expect(text.y2, text.what).toBeLessThanOrEqual(chart.height)
    for (const other of [...texts, ...bars].filter(o => o !== text))
      expect(boxesOverlap(text, other), `${text.what} / ${other.what}`).toBe(false)
  }
}
