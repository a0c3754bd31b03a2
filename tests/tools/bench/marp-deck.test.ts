import type { DeckSlide } from '../../../node/deck-slides'
import { describe, expect, it } from 'vitest'
import { marpDeckMarkdown, slideText } from '../../../tools/bench/marp-deck'

function slide(no: number, title: string, content: string): DeckSlide {
  return { no, title, content, layout: undefined, notes: undefined, file: 'slides.md', line: 1, frontmatter: {} }
}

describe('the Marp text deck', () => {
  it('keeps a slide\'s text and drops components, HTML, diagrams and slot markers', () => {
    const content = '# 제목\n\n첫 줄\n\n<ConsortiaView at="2025-08-04" />\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n::right::\n\n- <strong>굵게</strong> 항목\n<!-- 메모 -->'
    expect(slideText(content)).toBe('# 제목\n\n첫 줄\n\n- 굵게 항목')
  })

  it('writes one Marp slide per deck slide, in the deck\'s typeface', () => {
    const md = marpDeckMarkdown([slide(1, '하나', '# 하나\n\n본문'), slide(2, '둘', '<ScheduleSlip />')], 'Pretendard', [{ url: 'file:///fonts/Pretendard-Regular.woff2', weight: 400 }])
    expect(md.startsWith('---\nmarp: true\n')).toBe(true)
    expect(md).toContain('@font-face { font-family: \'Pretendard\'; font-weight: 400; src: url(\'file:///fonts/Pretendard-Regular.woff2\')')
    expect(md).toContain('section { font-family: \'Pretendard\', sans-serif;')
    const slides = md.split('\n---\n').slice(1)
    expect(slides.map(s => s.trim())).toEqual(['# 하나\n\n본문', '# 둘'])
  })
})
