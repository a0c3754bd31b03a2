/** The fenced code blocks of a slide's Markdown, read as CommonMark (and so Slidev) reads them. */

export interface FencedBlock {
  /** The info string after the fence, e.g. `mermaid {scale: 0.8}` or `ts twoslash`. */
  info: string
  code: string
  /** The line the opening fence is on (1-based, within that Markdown). */
  line: number
}

export function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = []
  let open: { fence: string, indent: number, line: number, info: string, body: string[] } | undefined
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  lines.forEach((text, index) => {
    if (!open) {
      const start = /^( {0,3})(`{3,}(?!`)|~{3,}(?!~))(.*)$/.exec(text)
      // A backtick fence's info string may not hold a backtick.
      if (start && !(start[2]![0] === '`' && start[3]!.includes('`')))
        open = { fence: start[2]!, indent: start[1]!.length, line: index + 1, info: start[3]!.trim(), body: [] }
      return
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text)
    if (close && close[1]![0] === open.fence[0] && close[1]!.length >= open.fence.length) {
      blocks.push({ info: open.info, code: open.body.join('\n'), line: open.line })
      open = undefined
      return
    }
    // As in CommonMark, the body loses as much indentation as the opening fence had.
    open.body.push(text.replace(new RegExp(`^ {0,${open.indent}}`), ''))
  })
  // A fence never closed runs to the end of the document.
  if (open)
    blocks.push({ info: open.info, code: open.body.join('\n'), line: open.line })
  return blocks
}
