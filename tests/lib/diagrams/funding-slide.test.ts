// The funding diagram refers to its sources by number only; the slide that shows it must list them.
import { describe, expect, it } from 'vitest'
import { parseIds } from '../../../lib/citations'
import { loadDeckData } from '../../../lib/data/load'
import { loadDeck } from '../../../tools/talk/slides'
import { fundingSourceIds } from '../../../lib/diagrams/funding'
import { diagramIdsIn } from '../../../lib/diagrams/index'

const citedOn = (markdown: string) => [...markdown.matchAll(/<Cite\s+ids="([^"]*)"/g)].flatMap(m => parseIds(m[1]!))

describe('slides with the funding diagram', async () => {
  const { slides } = await loadDeck()
  const funding = slides.filter(slide => diagramIdsIn(slide.content).includes('funding'))

  it('the deck places it', () => {
    expect(funding.length).toBeGreaterThan(0)
  })

  it.each(funding.map(slide => [`${slide.file}:${slide.line}`, slide] as const))('%s cites every source its boxes number', (_where, slide) => {
    const cited = new Set(citedOn(slide.content))
    expect(fundingSourceIds(loadDeckData('data')).filter(id => !cited.has(id))).toEqual([])
  })
})
