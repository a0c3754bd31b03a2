import { describe, expect, it } from 'vitest'
import { diagramText, drawingId, scopedDrawing } from '../../../lib/diagrams/prerendered'

const svg = '<svg id="deck-diagram-0123abcd-light" width="100%" aria-labelledby="chart-title-deck-diagram-0123abcd-light" role="img">'
  + '<title id="chart-title-deck-diagram-0123abcd-light">Two steps</title>'
  + '<style>#deck-diagram-0123abcd-light .node rect{fill:#fff;}</style>'
  + '<marker id="deck-diagram-0123abcd-light_flowchart-v2-pointEnd"></marker>'
  + '<path marker-end="url(#deck-diagram-0123abcd-light_flowchart-v2-pointEnd)"></path></svg>'

describe('diagramText', () => {
  it('is the text as Slidev hands a block over: trimmed, with plain line ends', () => {
    expect(diagramText('\r\nflowchart LR\r\n  a --> b\r\n\n')).toBe('flowchart LR\n  a --> b')
  })
})

describe('scopedDrawing', () => {
  it('renames the drawing\'s id everywhere it is used: the svg, its title, its style and its arrowheads', () => {
    expect(drawingId(svg)).toBe('deck-diagram-0123abcd-light')
    const scoped = scopedDrawing(svg, 'v-3')
    expect(drawingId(scoped)).toBe('deck-diagram-0123abcd-light-v-3')
    expect(scoped.match(/deck-diagram-0123abcd-light(?!-v-3)/g)).toBeNull()
    expect(scoped).toContain('aria-labelledby="chart-title-deck-diagram-0123abcd-light-v-3"')
    expect(scoped).toContain('url(#deck-diagram-0123abcd-light-v-3_flowchart-v2-pointEnd)')
    expect(scopedDrawing(svg, 'v-4')).not.toBe(scoped)
  })

  it('leaves a drawing with no id as it is', () => {
    expect(scopedDrawing('<svg><g></g></svg>', 'v-1')).toBe('<svg><g></g></svg>')
  })
})
