/**
 * The deck's slides as Slidev's own parser loads them, `src:` imports
 * followed: the single list that tests and checks walk over.
 */
import { resolve } from 'node:path'
import process from 'node:process'
import { load } from '@slidev/parser/fs'

/** The sources slides' file: generated from data/sources.yaml, outside the talk's slot and its rules for content slides. */
export const SOURCES_FILE = '90-sources.md'

export interface DeckSlide {
  /** 1-based, as in the deck's URL (/3 is slide 3). */
  no: number
  title: string | undefined
  layout: string | undefined
  /** Markdown body without frontmatter and notes. */
  content: string
  notes: string | undefined
  /** Source file and 1-based line where the slide starts, for error messages. */
  file: string
  line: number
  frontmatter: Record<string, unknown>
}

export interface LoadedDeck {
  slides: DeckSlide[]
  /** Problems the parser met, such as a `src:` import that does not resolve. */
  errors: { file: string, line: number, message: string }[]
}

export async function loadDeck(entry = resolve(process.cwd(), 'slides.md')): Promise<LoadedDeck> {
  const root = resolve(entry, '..')
  const data = await load({ userRoot: root, roots: [root] } as never, entry)
  const errors = Object.values(data.markdownFiles).flatMap(md =>
    (md.errors ?? []).map(e => ({ file: md.filepath, line: e.row + 1, message: e.message })))
  const slides = data.slides
    .filter(slide => !slide.frontmatter.hide && !slide.frontmatter.disabled)
    .map((slide, index): DeckSlide => ({
      no: index + 1,
      // The first slide's frontmatter is the deck's headmatter, whose `title` names the deck, not the slide.
      title: (slide.index === 0 ? /^# (\S.*)$/m.exec(slide.content)?.[1]?.trim() : undefined) ?? slide.title,
      layout: slide.frontmatter.layout as string | undefined,
      content: slide.content,
      notes: slide.note?.trim() || undefined,
      file: slide.source.filepath,
      line: slide.source.start + 1,
      frontmatter: slide.frontmatter,
    }))
  return { slides, errors }
}
