// @vitest-environment happy-dom
// mermaid.parse needs a DOM: in the plain node environment even valid text throws (see platform notes).
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck-slides'
import { mermaidBlocks } from '../../lib/diagrams/mermaid-blocks'

describe('mermaidBlocks', () => {
  it('finds each fenced mermaid block with its line, and nothing else', () => {
    const markdown = [
      '# Title',
      '```mermaid',
      'flowchart LR',
      '  a --> b',
      '```',
      '```ts',
      'const x = 1',
      '```',
      '```mermaid {scale: 0.8}',
      'pie',
      '  "A" : 1',
      '```',
    ].join('\n')
    expect(mermaidBlocks(markdown)).toEqual([
      { code: 'flowchart LR\n  a --> b', line: 2 },
      { code: 'pie\n  "A" : 1', line: 9 },
    ])
  })

  it('a broken block is rejected by the same parse the deck test uses', async () => {
    const [block] = mermaidBlocks('```mermaid\nflowchart LR\n  a["unclosed --> b\n```')
    await expect(mermaid.parse(block!.code)).rejects.toThrow()
  })
})

describe('every mermaid block in the deck', async () => {
  const deck = await loadDeck()
  const blocks = deck.slides.flatMap(slide => mermaidBlocks(slide.content).map(block => ({ slide, block })))

  it('the deck loads without import errors', () => {
    expect(deck.errors).toEqual([])
  })

  it.each(blocks.map(({ slide, block }) => [`slide ${slide.no} (${slide.file}:${slide.line + block.line})`, block.code]))('%s parses', async (_where, code) => {
    await expect(mermaid.parse(code)).resolves.toMatchObject({ diagramType: expect.any(String) })
  })
})
