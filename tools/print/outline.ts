/**
 * The PDF's outline (bookmarks): the talk's sections, each holding its slides'
 * titles. A section is a slide with the `section` layout that opens its file;
 * the file's other slides go under it. Slides outside a section (the cover,
 * the opening, the conclusion, the sources) stand at the top level.
 */
import type { DeckSlide } from '../../node/deck-slides'
import type { PrintedPage } from './print-view'

export interface OutlineEntry {
  title: string
  /** 0-based index of the PDF page the entry opens. */
  page: number
  children: OutlineEntry[]
}

export function deckOutline(slides: DeckSlide[], pages: PrintedPage[]): OutlineEntry[] {
  const firstPage = (no: number) => {
    const index = pages.findIndex(page => page.no === no)
    if (index < 0)
      throw new Error(`slide ${no} has no page in the print view`)
    return index
  }
  const entry = (slide: DeckSlide): OutlineEntry => ({ title: slide.title ?? `${slide.no}`, page: firstPage(slide.no), children: [] })
  const outline: OutlineEntry[] = []
  let section: { file: string, entry: OutlineEntry } | undefined
  for (const slide of slides) {
    if (section?.file === slide.file) {
      section.entry.children.push(entry(slide))
      continue
    }
    const opensSection = slide.layout === 'section' && slides.find(s => s.file === slide.file) === slide
    const made = entry(slide)
    outline.push(made)
    section = opensSection ? { file: slide.file, entry: made } : undefined
  }
  return outline
}
