import { describe, expect, it } from 'vitest'
import { editionEntry, editionFileName, parseEdition } from '../../tools/edition'

describe('editions', () => {
  it('defaults to Korean and reads --lang en', () => {
    expect(parseEdition(undefined)).toBe('ko')
    expect(parseEdition('en')).toBe('en')
  })

  it('refuses an edition the deck does not have, naming those it has', () => {
    expect(() => parseEdition('fr')).toThrow('--lang fr: no such edition; the deck has ko and en.')
  })

  it('gives each edition its entry and its export name', () => {
    expect([editionEntry('ko'), editionEntry('en')]).toEqual(['slides.md', 'slides.en.md'])
    expect([editionFileName('ko'), editionFileName('en')]).toEqual(['sovereign-ai-deck', 'sovereign-ai-deck.en'])
  })
})
