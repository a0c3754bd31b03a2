/**
 * What the built deck needs to show a diagram drawn at build time
 * (lib/diagrams/DiagramDrawing.vue), kept free of Mermaid and of the
 * generators, so that the viewer's bundle carries neither.
 */
import type { DiagramTheme } from './mermaid-config'

export type { DiagramTheme } from './mermaid-config'

/** A diagram's drawings, one script each, fetched when a slide shows it in that scheme. */
export type DrawingLoaders = Record<DiagramTheme, () => Promise<{ default: string }>>

/**
 * The text a diagram is known by: as Slidev hands a Markdown block to its
 * Mermaid component (trimmed), and as a data component computes it.
 */
export function diagramText(code: string): string {
  return code.replace(/\r\n?/g, '\n').trim()
}

/** The id Mermaid gave a drawing (the build names each `deck-diagram-<hash>-<scheme>`). */
export function drawingId(svg: string): string | undefined {
  return /^<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1]
}

/**
 * The drawing with its id, and every id and style scope built from it, made
 * unique to one place on the page: a slide and its preview in the presenter
 * view show the same diagram, and the arrowheads and title of one must not
 * point at the other's.
 */
export function scopedDrawing(svg: string, suffix: string): string {
  const id = drawingId(svg)
  return id ? svg.replaceAll(id, `${id}-${suffix}`) : svg
}
