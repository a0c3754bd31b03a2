/**
 * The edit the benchmark saves into a copy of a slide file: a marker appended
 * to the slide's title heading, so that the change is visible text.
 */

/**
 * Returns the file text with ` <token>` appended to the heading `# <title>`
 * found at or after `startLine` (1-based, where the slide starts in that file).
 * Throws when there is no such heading.
 */
export function markSlideHeading(text: string, startLine: number, title: string, token: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const lines = text.split(/\r?\n/)
  for (let index = Math.max(0, startLine - 1); index < lines.length; index++) {
    const heading = /^#{1,6}\s(.*)$/.exec(lines[index]!)
    if (heading && heading[1]!.trim() === title.trim()) {
      lines[index] = `${lines[index]!.trimEnd()} ${token}`
      return lines.join(eol)
    }
  }
  throw new Error(`no heading "# ${title}" at or after line ${startLine}`)
}
