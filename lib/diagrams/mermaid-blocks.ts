/** The ```mermaid fenced blocks of a slide's Markdown, with the line each starts on (1-based, within that Markdown). */
export interface MermaidBlock { code: string, line: number }

export function mermaidBlocks(markdown: string): MermaidBlock[] {
  const blocks: MermaidBlock[] = []
  const lines = markdown.split('\n')
  let open: { fence: string, line: number, body: string[] } | undefined
  lines.forEach((text, index) => {
    if (!open) {
      // Slidev allows options after the language, e.g. ```mermaid {scale: 0.8}
      const start = /^(\s*)(`{3,}|~{3,})mermaid\b/.exec(text)
      if (start)
        open = { fence: start[2]!, line: index + 1, body: [] }
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
