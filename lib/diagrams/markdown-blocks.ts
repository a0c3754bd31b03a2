/** The ```mermaid blocks written in a slide's Markdown, read as Slidev's Markdown reads them. */
import { fencedBlocks } from '../markdown-fences'

/** A ```mermaid fenced block: its text, the line its fence opens on (1-based, within that Markdown) and the options after `mermaid`. */
export interface MermaidBlock {
  code: string
  line: number
  /** What follows `mermaid` on the fence line, e.g. `{scale: 0.8}`; '' when nothing does. */
  options: string
}

/** The ```mermaid fenced blocks of a slide's Markdown, in order. */
export function mermaidBlocks(markdown: string): MermaidBlock[] {
  return fencedBlocks(markdown).flatMap(({ info, code, line }) => {
    // Slidev allows options after the language, e.g. ```mermaid {scale: 0.8}
    const match = /^mermaid\b(.*)$/.exec(info)
    return match ? [{ code, line, options: match[1]!.trim() }] : []
  })
}

/**
 * The keys of a block's options other than `scale`, which only sizes the
 * drawing: the rest (`theme`, say) are Mermaid settings Slidev applies when it
 * draws in the browser, which a diagram drawn ahead of time cannot follow.
 */
export function drawingOptions(options: string): string[] {
  return [...options.matchAll(/([A-Z_$][\w$]*|'[^']*'|"[^"]*")\s*:/gi)]
    .map(match => match[1]!.replace(/^['"]|['"]$/g, ''))
    .filter(key => key !== 'scale')
}
