import type { DeckSlide } from '../../../node/deck-slides'
import type { PrintedPage } from '../../../tools/print/print-view'
import { describe, expect, it } from 'vitest'
import { deckOutline } from '../../../tools/print/outline'

function slide(no: number, file: string, title: string, layout?: string): DeckSlide {
  return { no, file, title, layout, line: 1, content: '', notes: undefined, frontmatter: {} }
}

const slides = [
  slide(1, 'slides.md', 'Cover', 'cover'),
  slide(2, 'slides/01-opening.md', 'Opening'),
  slide(3, 'slides/01-opening.md', 'Teams'),
  slide(4, 'slides/02-model.md', 'The model', 'section'),
  slide(5, 'slides/02-model.md', 'Agreed'),
  slide(6, 'slides/02-model.md', 'Puzzle'),
  slide(7, 'slides/90-sources.md', 'Sources'),
]
const onePagePerSlide = (count: number): PrintedPage[] => Array.from({ length: count }, (_, i) => ({ no: i + 1, clicks: 0, index: i }))

describe('the PDF outline', () => {
  it('puts a section\'s slides under it and leaves slides outside a section at the top', () => {
    const outline = deckOutline(slides, onePagePerSlide(7))
    expect(outline.map(entry => entry.title)).toEqual(['Cover', 'Opening', 'Teams', 'The model', 'Sources'])
    expect(outline[3]!.children.map(entry => [entry.title, entry.page])).toEqual([['Agreed', 4], ['Puzzle', 5]])
  })

  it('points each slide at its first page when slides print a page per click', () => {
    const pages: PrintedPage[] = [1, 2, 2, 3, 4, 5, 5, 5, 6, 7].map((no, index) => ({ no, clicks: 0, index }))
    const outline = deckOutline(slides, pages)
    expect(outline.map(entry => entry.page)).toEqual([0, 1, 3, 4, 9])
    expect(outline[3]!.children.map(entry => entry.page)).toEqual([5, 8])
  })

  it('does not open a section at a section slide in the middle of a file', () => {
    const mid = [slide(1, 'a.md', 'A'), slide(2, 'a.md', 'B', 'section'), slide(3, 'a.md', 'C')]
    expect(deckOutline(mid, onePagePerSlide(3)).map(entry => [entry.title, entry.children.length])).toEqual([['A', 0], ['B', 0], ['C', 0]])
  })

  it('names a slide that has no page', () => {
    expect(() => deckOutline(slides, onePagePerSlide(6))).toThrow('slide 7 has no page in the print view')
  })
})
