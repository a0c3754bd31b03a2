import { describe, expect, it } from 'vitest'
import { splitEditionArgs } from '../../tools/edition-args'

describe('--lang on the dev and build commands', () => {
  it('maps the edition to its entry and passes every other option through', () => {
    expect(splitEditionArgs(['--lang', 'en', '--out', 'dist-en'])).toEqual({ lang: 'en', entry: 'slides.en.md', rest: ['--out', 'dist-en'] })
    expect(splitEditionArgs(['--port', '3031', '--lang=en'])).toEqual({ lang: 'en', entry: 'slides.en.md', rest: ['--port', '3031'] })
  })

  it('keeps Korean the default', () => {
    expect(splitEditionArgs(['--base', '/talk/'])).toEqual({ lang: 'ko', entry: 'slides.md', rest: ['--base', '/talk/'] })
  })

  it('names the editions there are when given another', () => {
    expect(() => splitEditionArgs(['--lang', 'fr'])).toThrow('--lang fr: no such edition; the deck has ko and en.')
    expect(() => splitEditionArgs(['--lang'])).toThrow('--lang needs a value')
  })
})
