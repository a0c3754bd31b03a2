/** Reading what a slide's Markdown will show, for checks that compare it with the rendered deck. */

/** A ```mermaid fenced block: its text, and the line it starts on (1-based, within that Markdown). */
export interface MermaidBlock { code: string, line: number }

/** The ```mermaid fenced blocks of a slide's Markdown, in order. */
export function mermaidBlocks(markdown: string): MermaidBlock[] {
  const blocks: MermaidBlock[] = []
  let open: { fence: string, line: number, body: string[] } | undefined
  markdown.split('\n').forEach((text, index) => {
    if (!open) {
      // Slidev allows options after the language, e.g. ```mermaid {scale: 0.8}
      const start = /^\s*(`{3,}|~{3,})mermaid\b/.exec(text)
      if (start)
        open = { fence: start[1]!, line: index + 1, body: [] }
      return
    }
    if (text.trim().startsWith(open.fence) && text.trim().replace(/[`~]/g, '') === '') {
      blocks.push({ code: open.body.join('\n'), line: open.line })
      open = undefined
      return
    }
    open.body.push(text)
  })
  return blocks
}

/**
 * Node labels written in a flowchart's brackets, whatever the shape: `A[공모]`, `B(평가)`,
 * `C{선정?}`, `D([모델])`, `E[["…"]]`: what a reader must find on the drawn diagram.
 */
export function mermaidBlockLabels(markdown: string): string[] {
  const labels: string[] = []
  for (const { code } of mermaidBlocks(markdown)) {
    for (const match of code.matchAll(/\w+\s*[[({]+"?([^"[\](){}]+)"?[\])}]+/g)) {
      const label = match[1]?.trim()
      if (label)
        labels.push(label)
    }
  }
  return labels
}
