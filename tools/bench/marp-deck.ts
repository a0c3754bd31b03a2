/**
 * The deck's slides as a plain Marp deck, for the export benchmark: each
 * slide's title and text, no components, diagrams or notes, set in the same
 * typeface (the deck's own font files).
 */
import type { DeckSlide } from '../../node/deck-slides'

export interface MarpFont {
  /** Where the font file is loaded from: a file URL for a PDF made from disk, a relative address for HTML served beside it. */
  url: string
  weight: number
}

/** The text a reader sees in a slide's Markdown: no code or diagram blocks, HTML, components or Slidev slot markers. */
export function slideText(content: string): string {
  let fenced = false
  const outsideFences = content.split('\n').filter((line) => {
    if (line.startsWith('```')) {
      fenced = !fenced
      return false
    }
    return !fenced
  })
  return outsideFences.join('\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>\n]+>/g, '')
    .replace(/^::[\w-]+::$/gm, '')
    .split('\n')
    .map(line => line.trimEnd())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim()
}

export function marpDeckMarkdown(slides: DeckSlide[], family: string, fonts: MarpFont[]): string {
  const faces = fonts.map(font => `  @font-face { font-family: '${family}'; font-weight: ${font.weight}; src: url('${font.url}') format('woff2'); }`)
  const head = [
    '---',
    'marp: true',
    'paginate: true',
    'style: |',
    ...faces,
    `  section { font-family: '${family}', sans-serif; font-size: 24px; }`,
    '---',
  ]
  const bodies = slides.map((slide) => {
    const text = slideText(slide.content)
    // The slide's heading is in its text already, unless its title came from frontmatter.
    return /^#{1,6} /m.test(text) ? text : `# ${slide.title ?? ''}\n\n${text}`
  })
  return `${head.join('\n')}\n\n${bodies.join('\n\n---\n\n')}\n`
}
