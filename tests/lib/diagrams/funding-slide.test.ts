// The funding diagram refers to its sources by number only; the slide that shows it must list them.
import { describe, expect, it } from 'vitest'
import { loadDeckData } from '../../../lib/data/load'
import { fundingSourceIds } from '../../../lib/diagrams/funding'
import { diagramIdsIn } from '../../../lib/diagrams/index'
import { citedIds } from '../../../tools/talk/rules'
import { loadDeck } from '../../../tools/talk/slides'

describe('slides with the funding diagram', async () => {
  const { slides } = await loadDeck()
  const funding = slides.filter(slide => diagramIdsIn(slide.content).includes('funding'))

  it('the deck places it', () => {
    expect(funding.length).toBeGreaterThan(0)
  })

  it.each(funding.map(slide => [`${slide.file}:${slide.line}`, slide] as const))('%s cites every source its boxes number', (_where, slide) => {
    const cited = new Set(citedIds(slide))
    expect(fundingSourceIds(loadDeckData('data')).filter(id => !cited.has(id))).toEqual([])
  })
})
