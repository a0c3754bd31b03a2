/**
 * One name per thing, one style per kind of figure, and later facts only
 * after the essay: checked on the deck's own files, naming file and line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { variantsIn } from '../../../lib/data/glossary'
import { essayMoment } from '../../../lib/data/race'
import { loadDeck } from '../../../node/deck-slides'
import { loadDeckData } from '../../../node/load-data'
import { essayPartSlides, lateFacts, styleProblems, where, writtenDates } from '../../../tools/talk/rules'

const root = resolve(__dirname, '../../..')
const data = loadDeckData(join(root, 'data'))
const { slides } = await loadDeck(join(root, 'slides.md'))
const english = (await loadDeck(join(root, 'slides.en.md'))).slides

/** The files a person reads or edits: slides and notes, components and layouts, data (the glossary itself aside). */
function deckFiles(): string[] {
  const inFolder = (folder: string, ext: string) => readdirSync(join(root, folder)).filter(f => f.endsWith(ext)).map(f => join(root, folder, f))
  return [join(root, 'slides.md'), join(root, 'slides.en.md'), ...inFolder('slides', '.md'), ...inFolder('slides/en', '.md'), ...inFolder('components', '.vue'), ...inFolder('layouts', '.vue'), ...inFolder('data', '.yaml').filter(f => !f.endsWith('glossary.yaml'))]
}

/** A source's headline, quoted as published, may use any wording. */
const headlines = new Set(data.sources.filter(s => !s.titleIsSummary).map(s => `title: ${s.title}`))
/** So may a search's queries, recorded as typed, and the essay's sentences, quoted as published (data/record.yaml). */
const verbatim = (line: string) => headlines.has(line) || /^(?:queries|quote): /.test(line)

describe('the glossary', () => {
  it('no variant it lists appears in slides, notes, components, layouts or data', () => {
    const found = deckFiles().flatMap(file => readFileSync(file, 'utf8').split('\n').flatMap((line, index) =>
      verbatim(line.trim()) ? [] : variantsIn(line, data.glossary).map(f => `${relative(root, file)}:${index + 1}: "${f.variant}" → "${f.term}"`)))
    expect(found).toEqual([])
  })

  it('explains 정예팀 on the first slide that uses it', () => {
    const first = slides.find(slide => /정예팀/.test(slide.content))!
    const explain = data.glossary.find(entry => entry.term === '정예팀')!.explain!
    expect(explain.length).toBeGreaterThan(0)
    expect(first.content).toMatch(/정예팀[^\n]*:|정예팀[^\n]*\(/)
  })
})

describe('figures on slides', () => {
  it('dates and team counts are written in one style', () => {
    expect(styleProblems(slides).map(p => `${where(p.slide)}: ${p.problem}`)).toEqual([])
  })

  it('the style check bites', () => {
    const slide = { ...slides[1]!, content: '# 제목\n\n2025년 8월 4일, 8월 4일, 2025.08.04, 5팀, 다섯 팀, 5개 팀, 2025.8.4', frontmatter: {} }
    expect(styleProblems([slide]).map(p => p.problem)).toEqual([
      'writes "2025년 8월 4일"; expected a day written as 2025.8.4',
      'writes "8월 4일"; expected a day written as 2025.8.4',
      'writes "2025.08"; expected no zero padding (2025.8.4)',
      'writes "5팀"; expected a count written as "5개 팀"',
      'writes "다섯 팀"; expected a count in digits, "5개 팀"',
    ])
  })
})

describe('the essay\'s date', () => {
  const essayDate = essayMoment(data)!
  const published = new Map(data.sources.map(s => [s.id, s.published]))

  it('slides before the aftermath show nothing dated after the essay, in either edition', () => {
    for (const deck of [slides, english]) {
      expect(essayPartSlides(deck).length).toBeGreaterThan(10)
      expect(lateFacts(deck, essayDate, published).map(p => `${where(p.slide)}: ${p.problem}`)).toEqual([])
    }
  })

  it('the check bites on a later day in the text and on a later source', () => {
    const slide = { ...slides[1]!, content: '# 제목\n\n2026.1.15 발표', frontmatter: { cite: ['msit-en-2026-01-15'] } }
    expect(writtenDates('2025.8.4 그리고 2026.1.15')).toEqual(['2025-08-04', '2026-01-15'])
    expect(writtenDates('4 Aug 2025 and 15 Jan 2026')).toEqual(['2025-08-04', '2026-01-15'])
    expect(lateFacts([slide], essayDate, published).map(p => p.problem)).toEqual([
      `shows 2026-01-15, after the essay's date ${essayDate}`,
      `cites msit-en-2026-01-15, published 2026-01-15, after the essay's date ${essayDate}`,
    ])
  })
})
