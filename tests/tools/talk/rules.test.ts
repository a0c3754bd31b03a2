import type { DeckSlide } from '../../../node/deck-slides'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { essaySections } from '../../../lib/data/schema-essay'
import { bulletLines, clickSteps } from '../../../lib/talk/markdown'
import { loadDeck, SOURCES_FILE } from '../../../node/deck-slides'
import { editionEntry, EDITIONS } from '../../../tools/edition'
import {
  AFTERMATH_FILE,
  citationProblems,
  citedIds,
  clickNoteMismatches,
  contentSlidesWithoutNotes,
  crowdedSlides,
  ESSAY_HEADINGS,
  ESSAY_HEADINGS_EN,
  fileOrder,
  isContentSlide,
  numberMentions,
  slidesWithoutTitle,
  TALK_FILES,
  visibleText,
  where,
} from '../../../tools/talk/rules'

/** Both editions, each checked by every rule below. */
const editions = await Promise.all(EDITIONS.map(async (lang) => {
  const entry = resolve(editionEntry(lang))
  return { lang, entry, deck: await loadDeck(entry) }
}))

/** What the part after the essay must name, in each edition's words: the two companies the essay asked about. */
const COMPANIES = { ko: ['모티프테크놀로지스', '루닛'], en: ['Motif Technologies', 'Lunit'] } as const

const sourceIds = new Set<string>(
  (parseYaml(readFileSync('data/sources.yaml', 'utf8')) as { sources: { id: string }[] }).sources.map(s => s.id),
)

const describeSlides = (list: DeckSlide[]) => list.map(where)

/** A small deck written to a temporary folder, to show each rule catches what it is meant to catch. */
async function fixtureDeck(markdown: string) {
  const dir = mkdtempSync(join(tmpdir(), 'talk-rules-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'slides.md'), markdown)
  return (await loadDeck(join(dir, 'slides.md'))).slides
}

describe.each(editions)('the $lang edition', ({ lang, entry, deck }) => {
  const { slides } = deck

  describe('the talk follows the essay', () => {
    it('imports one file per essay section, then the part since, the conclusion and the sources, in that order', () => {
      expect(fileOrder(slides)).toEqual([basename(entry), ...TALK_FILES])
    })

    it('opens each essay section after the opening with the essay\'s own heading', () => {
      for (const [index, section] of essaySections.entries()) {
        const file = TALK_FILES[index]
        const first = slides.find(slide => basename(slide.file) === file)
        expect(first, `${file} has slides`).toBeDefined()
        const heading = (lang === 'ko' ? ESSAY_HEADINGS : ESSAY_HEADINGS_EN)[section]
        if (heading)
          expect(first!.title, where(first!)).toBe(heading)
      }
    })

    it('keeps what happened since in its own, visibly marked part that tracks the two companies the essay asked about', () => {
      const since = slides.filter(slide => basename(slide.file) === '07-since.md')
      expect(since.length).toBeGreaterThanOrEqual(2)
      for (const slide of since)
        expect(String(slide.frontmatter.class ?? ''), where(slide)).toContain('since')
      expect(since[0]!.layout).toBe('section')
      const text = since.map(slide => slide.content).join('\n')
      expect(text).toContain('<ScheduleSlip')
      expect(text).toContain('<TeamPath team="motif-technologies"')
      expect(text).toContain('<FieldChart at="latest"')
      for (const company of COMPANIES[lang])
        expect(text).toContain(company)
    })

    it('shows the essay\'s byline on the cover from the data', () => {
      expect(slides[0]!.layout).toBe('cover')
      expect(slides[0]!.content).toContain('<EssayByline />')
    })
  })

  describe('every slide of the talk', () => {
    // A 20-minute talk: about 40 seconds a slide at most.
    it('lies within 20 to 32 slides, the sources slides aside, and the part after the essay is at most a third of them', () => {
      const talk = slides.filter(slide => basename(slide.file) !== SOURCES_FILE)
      expect(talk.length).toBeGreaterThanOrEqual(20)
      expect(talk.length).toBeLessThanOrEqual(32)
      const aftermath = talk.filter(slide => basename(slide.file) === AFTERMATH_FILE)
      expect(aftermath.length).toBeGreaterThan(0)
      expect(aftermath.length).toBeLessThanOrEqual(talk.length / 3)
    })

    it('resolves every src: import', () => {
      expect(deck.errors).toEqual([])
      const imports = [...readFileSync(entry, 'utf8').matchAll(/^src:\s*(\S+)\s*$/gm)].map(m => m[1]!)
      expect(imports.length).toBe(TALK_FILES.length)
      for (const path of imports)
        expect(existsSync(resolve(dirname(entry), path)), path).toBe(true)
    })

    it('has a title', () => {
      expect(describeSlides(slidesWithoutTitle(slides))).toEqual([])
    })

    it('has speaker notes when it carries content', () => {
      expect(slides.filter(isContentSlide).length).toBeGreaterThan(slides.filter(slide => basename(slide.file) !== SOURCES_FILE).length - 2)
      expect(describeSlides(contentSlidesWithoutNotes(slides))).toEqual([])
    })

    it(`has no more than 6 bullet lines`, () => {
      expect(describeSlides(crowdedSlides(slides))).toEqual([])
    })

    it('has one [click] marker in its notes per click step', () => {
      expect(clickNoteMismatches(slides).map(m => `${where(m.slide)}: ${m.steps} steps, ${m.markers} markers`)).toEqual([])
      expect(slides.some(slide => clickSteps(slide.content) > 0), 'the talk uses click steps somewhere').toBe(true)
    })

    it('cites a source for every number or date it shows, with ids that exist', () => {
      expect(sourceIds.size).toBeGreaterThan(0)
      // The sources slides are the citations themselves; their page numbers ("1/3") need none.
      const citing = slides.filter(slide => basename(slide.file) !== SOURCES_FILE)
      expect(citationProblems(citing, sourceIds).map(p => `${where(p.slide)}: ${p.problem}`)).toEqual([])
      expect(slides.filter(slide => numberMentions(visibleText(slide)).length > 0).length).toBeGreaterThan(3)
    })
  })
})

describe('the rules bite', () => {
  it('read visible text without components, tags, notes or slot markers', () => {
    const text = visibleText({
      content: '<p class="x">목표 95%</p>\n\n<ScheduleSlip :since="\'2025-08-05\'" />\n\n::right::\n\n<Cite ids="a" />\n<!-- 2026 -->',
      frontmatter: { kicker: '글 이후' },
    })
    expect(text).toContain('목표 95%')
    expect(text).toContain('글 이후')
    expect(text).not.toMatch(/2025|2026|::right::|class=|Cite/)
  })

  it('find digits and Korean counts, not ordinary words', () => {
    expect(numberMentions('열다섯 팀이 지원해 다섯 팀이 남았다')).toEqual(['열다섯 팀', '다섯 팀'])
    expect(numberMentions('두 회사, 2025년 8월')).toEqual(['2025', '8', '두 회사'])
    expect(numberMentions('세상을 한 방향으로, 열정적인 팀워크')).toEqual([])
  })

  it('count bullets outside code and clicks inside <v-clicks>', () => {
    expect(bulletLines('- a\n* b\n1. c\n```\n- not a bullet\n```\ntext')).toHaveLength(3)
    expect(clickSteps('<v-clicks>\n\n- a\n- b\n\n</v-clicks>\n\n<div v-click>x</div>')).toBe(3)
  })

  it('count a <v-switch> of three templates as two clicks', () => {
    expect(clickSteps('<v-switch>\n<template #0><A /></template>\n<template #1><B /></template>\n<template #2><C /></template>\n</v-switch>')).toBe(2)
    expect(clickSteps('<v-switch>\n<template #0><A /></template>\n</v-switch>')).toBe(0)
  })

  it('read citations from the frontmatter, a list or one id', () => {
    expect(citedIds({ frontmatter: { cite: ['a', ' b', 'a'] } })).toEqual(['a', 'b'])
    expect(citedIds({ frontmatter: { cite: 'c' } })).toEqual(['c'])
    expect(citedIds({ frontmatter: {} })).toEqual([])
  })

  it('catch a deck that breaks each rule', async () => {
    const bad = await fixtureDeck([
      '---\nlayout: cover\n---\n\n# 표지\n',
      '---\nlayout: default\n---\n\nno heading here\n\n<!--\n짧다\n-->\n',
      `---\nlayout: default\ncite: [nope]\n---\n\n# 일곱 줄\n\n${Array.from({ length: 7 }, (_, i) => `- 줄 ${String.fromCharCode(97 + i)}`).join('\n')}\n\n<!--\n${'노트 '.repeat(40)}\n-->\n`,
      `---\nlayout: default\n---\n\n# 열다섯 팀이 지원했다\n\n<v-clicks>\n\n- 2025년 7월\n\n</v-clicks>\n\n<!--\n${'노트 '.repeat(40)}\n-->\n`,
    ].join('\n'))
    expect(bad).toHaveLength(4)
    expect(slidesWithoutTitle(bad).map(s => s.no)).toEqual([2])
    expect(contentSlidesWithoutNotes(bad).map(s => s.no)).toEqual([2])
    expect(crowdedSlides(bad).map(s => s.no)).toEqual([3])
    expect(clickNoteMismatches(bad).map(m => m.slide.no)).toEqual([4])
    expect(citationProblems(bad, new Set(['known'])).map(p => [p.slide.no, p.problem])).toEqual([
      [3, 'cites unknown source id "nope"'],
      [4, 'shows "2025", "7", "열다섯 팀" without a \`cite:\` in its frontmatter'],
    ])
  })
})
