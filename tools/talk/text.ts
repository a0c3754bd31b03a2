/** Reading what a slide's Markdown will show, for checks that compare it with the rendered deck. */
import { mermaidBlocks } from '../../lib/diagrams/markdown-blocks'

export { type MermaidBlock, mermaidBlocks } from '../../lib/diagrams/markdown-blocks'

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

/** A Mermaid diagram's accessible title, as its `accTitle:` line gives it. */
export function mermaidAccTitle(code: string): string | undefined {
  return /^[ \t]*accTitle[ \t]*:(.*)$/m.exec(code)?.[1]?.trim()
}
