/**
 * Which PDF pages each slide prints on, read from the slides' source: one page
 * per slide, and one per step of a slide whose steps replace each other (a
 * `<v-switch>` with templates `#0`, `#1`, …), so that the tests can find a
 * slide's page when earlier slides print on several.
 */
import type { DeckSlide } from '../../node/deck-slides'
import { stepsReplaceEachOther } from '../../tools/print/print-view'

export interface SlidePages {
  /** 1-based: the slide's first page, at its first step. */
  first: number
  /** 1-based: the slide's last page, at its last step (the slide as the room last sees it). */
  last: number
}

function stepCount(slide: DeckSlide): number {
  if (!stepsReplaceEachOther(slide))
    return 1
  const steps = [...slide.content.matchAll(/<template #(\d+)>/g)].map(match => Number(match[1]))
  return steps.length ? Math.max(...steps) + 1 : 1
}

/** Each slide's pages, by slide number, and the page count. */
export function printedPages(slides: DeckSlide[]): { of: (no: number) => SlidePages, count: number } {
  const pages = new Map<number, SlidePages>()
  let next = 1
  for (const slide of slides) {
    const steps = stepCount(slide)
    pages.set(slide.no, { first: next, last: next + steps - 1 })
    next += steps
  }
  return {
    of: (no) => {
      const found = pages.get(no)
      if (!found)
        throw new Error(`slide ${no} is not in the deck`)
      return found
    },
    count: next - 1,
  }
}
