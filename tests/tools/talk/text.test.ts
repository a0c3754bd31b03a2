// @vitest-environment happy-dom
// mermaid.parse needs a DOM (its sanitiser hooks into one): in the plain node environment even valid text throws.
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../../node/deck-slides'
import { mermaidBlockLabels, mermaidBlocks } from '../../../tools/talk/text'

const slide = `# 제목

\`\`\`mermaid
flowchart LR
  A[공모] --> B(서면평가) --> C{"최종 선정"}
  C --> D([파운데이션 모델]) & E[["협약"]]
\`\`\`

본문

\`\`\`ts
const x = A[1]
\`\`\`
`

describe('a slide\'s mermaid blocks', () => {
  it('reads labels in any bracket shape, quoted or not', () => {
    expect(mermaidBlockLabels(slide)).toEqual(['공모', '서면평가', '최종 선정', '파운데이션 모델', '협약'])
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
