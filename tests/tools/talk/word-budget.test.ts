import type { DeckSlide } from '../../../node/deck-slides'
import type { StepReading } from '../../../tools/talk/word-budget'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../../node/deck-slides'
import { editionEntry, EDITIONS } from '../../../tools/edition'
import { budgetFor, budgetProblems, countWords, formatWordReport, isExempt, layoutOf, WORD_BUDGETS, wordCounts } from '../../../tools/talk/word-budget'

function slide(parts: Partial<DeckSlide>): DeckSlide {
  return { no: 2, title: '제목', layout: undefined, content: '', notes: undefined, file: '/deck/slides/01-opening.md', line: 1, frontmatter: {}, ...parts }
}

function reading(no: number, clicks: number, text: string, picture = ''): StepReading[] {
  return (['light', 'dark'] as const).map(mode => ({ slide: no, clicks, mode, text, picture }))
}

describe('counting words', () => {
  it('splits on whitespace, in Korean as in English', () => {
    expect(countWords('GPU·데이터·인재 지원은 선정된 팀에게 모인다')).toBe(5)
    expect(countWords('All four teams released bigger models')).toBe(6)
    expect(countWords('  다섯 팀이\n뽑혔다\t')).toBe(3)
  })

  it('counts numbers and dates as words, and lone marks not', () => {
    expect(countWords('2025.8.4 · 15 → 10개 팀 — 2,136억 원 (보도마다 다름)')).toBe(8)
    expect(countWords('· → — | …')).toBe(0)
    expect(countWords('')).toBe(0)
  })
})

describe('budgets', () => {
  it('takes the layout Slidev takes: cover first, default after, unless the frontmatter names one', () => {
    expect(layoutOf({ no: 1, layout: undefined })).toBe('cover')
    expect(layoutOf({ no: 3, layout: undefined })).toBe('default')
    expect(layoutOf({ no: 3, layout: 'data' })).toBe('data')
  })

  it('counts a picture\'s words with the rest where the kind has no picture budget', () => {
    expect(budgetProblems('default', 30, 0, WORD_BUDGETS.default)).toEqual([])
    expect(budgetProblems('default', 30, 12, WORD_BUDGETS.default)).toEqual(['42 words (12 of them in a picture); a default slide\'s budget is 40'])
    expect(budgetProblems('two-cols', 41, 0, WORD_BUDGETS['two-cols'])).toEqual(['41 words; a two-cols slide\'s budget is 40'])
  })

  it('holds a data slide\'s words around the picture and in it to budgets of their own', () => {
    expect(budgetProblems('data', 45, 50, WORD_BUDGETS.data)).toEqual([])
    expect(budgetProblems('data', 46, 51, WORD_BUDGETS.data)).toEqual([
      '46 words around the picture; a data slide\'s budget is 45',
      '51 words in its picture; a data slide\'s budget is 50',
    ])
  })

  it('fails a layout that has no budget, saying where to add one', () => {
    expect(budgetProblems('fact', 3, 0, undefined)).toEqual(['layout "fact" has no word budget: add one to WORD_BUDGETS in tools/talk/word-budget.ts'])
  })

  it('exempts the sources slides only', () => {
    expect(isExempt(slide({ file: '/deck/slides/90-sources.md' }))).toBe(true)
    expect(isExempt(slide({ file: '/deck/slides/en/90-sources.md' }))).toBe(true)
    expect(isExempt(slide({ file: '/deck/slides/07-since.md' }))).toBe(false)
  })
})

describe('a deck\'s counts', () => {
  const slides = [
    slide({ no: 1, file: '/deck/slides.md' }),
    slide({ no: 2, layout: 'section' }),
    slide({ no: 3, layout: 'data', line: 14 }),
    slide({ no: 4, file: '/deck/slides/90-sources.md' }),
  ]
  const readings = [
    ...reading(1, 0, '소버린 AI는 모델 하나로 완성되지 않는다'),
    ...reading(2, 0, '그 후 두 번의 단계평가를 거쳐 3개 팀이 남았다 이제 무엇이 남았나 누가 떨어졌고 왜 떨어졌나'),
    ...reading(3, 0, '예산은 결산으로 확인됐다', '사업 총액 2,136억 원'),
    ...reading(3, 1, '예산은 결산으로 확인됐다 그중 GPU 임차 1,586억 원', '사업 총액 2,136억 원'),
    ...reading(4, 0, Array.from({ length: 200 }).fill('출처').join(' ')),
  ]
  const counts = wordCounts(slides, readings)

  it('takes each slide at its wordiest click step', () => {
    expect(counts.map(c => [c.slide.no, c.layout, c.words, c.pictureWords, c.clicks])).toEqual([
      [1, 'cover', 6, 0, 0],
      [2, 'section', 16, 0, 0],
      [3, 'data', 8, 4, 1],
      [4, 'default', 200, 0, 0],
    ])
  })

  it('fails the slides over budget and no others', () => {
    expect(counts.map(c => c.problems)).toEqual([[], ['16 words; a section slide\'s budget is 15'], [], []])
  })

  it('reports every slide with its file, line, layout, count and budget', () => {
    expect(formatWordReport(counts, '/deck')).toBe([
      'Word budget: 1 of 4 slides over budget (slides 2).',
      '  slide 1  slides.md:1              cover    6/25',
      '  slide 2  slides/01-opening.md:1   section  16/15                       OVER: 16 words; a section slide\'s budget is 15',
      '  slide 3  slides/01-opening.md:14  data     8/45 + 4/50 in the picture',
      '  slide 4  slides/90-sources.md:1   default  200 (exempt)',
    ].join('\n'))
  })

  it('refuses counts for a slide the checks never reached', () => {
    expect(() => wordCounts(slides, readings.filter(r => r.slide !== 3))).toThrow('No reading of slide 3: the checks did not reach it.')
  })
})

describe.each(EDITIONS)('the %s edition', async (lang) => {
  const { slides } = await loadDeck(resolve(editionEntry(lang)))

  it('gives every slide\'s layout a budget, or exempts the slide', () => {
    const missing = slides.filter(s => !isExempt(s) && !(layoutOf(s) in WORD_BUDGETS)).map(s => `slide ${s.no}: ${layoutOf(s)}`)
    expect(missing).toEqual([])
  })
})

describe('the English edition\'s budgets', () => {
  it('are the Korean ones times 1.4, for the words around a picture and inside it', () => {
    expect(budgetFor('default', 'en')).toEqual({ words: 56 })
    expect(budgetFor('data', 'en')).toEqual({ words: 63, pictureWords: 70 })
    expect(budgetFor('data', 'ko')).toEqual(WORD_BUDGETS.data)
    expect(budgetFor('fact', 'en')).toBeUndefined()
  })
})
