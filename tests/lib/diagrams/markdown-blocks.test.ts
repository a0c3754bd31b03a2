import { describe, expect, it } from 'vitest'
import { drawingOptions, mermaidBlocks } from '../../../lib/diagrams/markdown-blocks'

describe('mermaidBlocks', () => {
  it('finds each fenced mermaid block with its line and options, and nothing else', () => {
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
      '```mermaidish',
      'no',
      '```',
    ].join('\n')
    expect(mermaidBlocks(markdown)).toEqual([
      { code: 'flowchart LR\n  a --> b', line: 2, options: '' },
      { code: 'pie\n  "A" : 1', line: 9, options: '{scale: 0.8}' },
    ])
  })

  it('finds none where there is none', () => {
    expect(mermaidBlocks('# none\n\n```ts\nconst mermaid = 1\n```')).toEqual([])
  })
})

describe('drawingOptions', () => {
  it('names the options other than scale, quoted or not', () => {
    expect(drawingOptions('')).toEqual([])
    expect(drawingOptions('{scale: 0.8}')).toEqual([])
    expect(drawingOptions('{ theme: \'neutral\', scale: 0.8, "look": "handDrawn" }')).toEqual(['theme', 'look'])
  })
})
