import { describe, expect, it } from 'vitest'
import { mermaidBlockLabels, mermaidBlocks } from '../../lib/slide-text'

const slide = `# 제목

\`\`\`mermaid
flowchart LR
  A[공모] --> B(서류 평가) --> C{"최종 선정"}
  C --> D([파운데이션 모델]) & E[["협약"]]
\`\`\`

본문

\`\`\`ts
const x = A[1]
\`\`\`
`

describe('mermaid labels in slide Markdown', () => {
  it('finds only mermaid blocks', () => {
    expect(mermaidBlocks(slide)).toHaveLength(1)
    expect(mermaidBlocks('# none')).toEqual([])
  })

  it('reads labels in any bracket shape, quoted or not', () => {
    expect(mermaidBlockLabels(slide)).toEqual(['공모', '서류 평가', '최종 선정', '파운데이션 모델', '협약'])
  })
})
