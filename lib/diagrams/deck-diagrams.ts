/**
 * Every Mermaid diagram a deck shows, with where it comes from: the ```mermaid
 * blocks its slides' Markdown holds, and the diagrams generated from the data
 * (the registry in ./index.ts) in the deck's edition. A static build draws each
 * of them ahead of time (node/vite-plugin-prerendered-diagrams.ts).
 */
import type { DeckData } from '../data/schema'
import type { DeckLang } from '../i18n'
import { localizedData, UI } from '../i18n'
import { generatedDiagrams } from './index'
import { drawingOptions, mermaidBlocks } from './markdown-blocks'
import { diagramText } from './prerendered'

export interface DeckDiagram {
  /** The Mermaid text, as the slide's <Mermaid> component receives it. */
  code: string
  /** Where it comes from, for an error message: `slides/03-startup.md:43`, or the generated diagram and its component. */
  origin: string
}

/** What Slidev's parser says of a slide's source (its SourceSlideInfo): the file, its first line, its raw text and its content. */
export interface SlideSource {
  filepath: string
  /** 0-based line of the file where the slide's raw text starts. */
  start: number
  raw: string
  content: string
}

/** A problem with a diagram that the build reports: where it comes from, and what is wrong. */
export class DiagramError extends Error {
  constructor(readonly problems: { origin: string, message: string }[]) {
    super(problems.map(p => `${p.origin}: ${p.message}`).join('\n'))
    this.name = 'DiagramError'
  }
}

/**
 * The ```mermaid blocks of the slides, each with its file and line (relative
 * to `root`). Throws a DiagramError for a block whose options ask Mermaid for
 * settings a drawing made ahead of time cannot follow.
 */
export function markdownDiagrams(slides: SlideSource[], root: string): DeckDiagram[] {
  const seen = new Set<string>()
  const diagrams: DeckDiagram[] = []
  const problems: { origin: string, message: string }[] = []
  for (const slide of slides) {
    // A file imported twice (`src:`) holds the same blocks: one entry each.
    const key = `${slide.filepath}:${slide.start}`
    if (seen.has(key))
      continue
    seen.add(key)
    // The content is the raw text less frontmatter and notes; its lines count from where it sits in the raw text.
    const at = slide.raw.indexOf(slide.content)
    const firstLine = slide.start + (at < 0 ? 0 : slide.raw.slice(0, at).split('\n').length - 1)
    const file = relativePath(slide.filepath, root)
    for (const block of mermaidBlocks(slide.content)) {
      const origin = `${file}:${firstLine + block.line}`
      const unsupported = drawingOptions(block.options)
      if (unsupported.length) {
        problems.push({ origin, message: `the block's options set ${unsupported.join(', ')}, which a diagram drawn at build time cannot follow; set them in the diagram's own config (a \`---\\nconfig:\\n  …\\n---\` header) instead. Only \`scale\` may be given after \`mermaid\`.` })
        continue
      }
      diagrams.push({ code: diagramText(block.code), origin })
    }
  }
  if (problems.length)
    throw new DiagramError(problems)
  return diagrams
}

/** The diagrams generated from the data, in one edition. */
export function dataDiagrams(data: DeckData, lang: DeckLang): DeckDiagram[] {
  return generatedDiagrams(localizedData(data, lang), UI[lang])
    .map(d => ({ code: diagramText(d.code), origin: `diagram "${d.id}" (${d.component}), generated from data/ by lib/diagrams (${lang} edition)` }))
}

function relativePath(file: string, root: string): string {
  const normal = file.replace(/\\/g, '/')
  const base = root.replace(/\\/g, '/').replace(/\/?$/, '/')
  return normal.startsWith(base) ? normal.slice(base.length) : normal
}
