/** Reading what a slide's Markdown will show, for checks that compare it with the rendered deck. */

/** The ```mermaid blocks in a slide's Markdown. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid[^\n]*\n([\s\S]*?)^```/gm)].map(m => m[1] ?? '')
}

/**
 * Node labels written in a flowchart's brackets, whatever the shape: `A[공모]`, `B(평가)`,
 * `C{선정?}`, `D([모델])`, `E[["…"]]`: what a reader must find on the drawn diagram.
 */
export function mermaidBlockLabels(markdown: string): string[] {
  const labels: string[] = []
  for (const block of mermaidBlocks(markdown)) {
    for (const match of block.matchAll(/\w+\s*[[({]+\s*"?([^"[\](){}]+?)"?\s*[\])}]+/g)) {
      const label = match[1]?.trim()
      if (label)
        labels.push(label)
    }
  }
  return labels
}
