/**
 * The Korean and English editions tell the same talk from the same data:
 * same sections and slide order, the same data components, diagrams,
 * citations and click steps slide for slide; the English slides carry no
 * Korean but names beside their English form and the marked quotation.
 */
import type { DeckSlide } from '../../../node/deck-slides'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { partnersChart } from '../../../lib/charts/partners'
import { localizedData } from '../../../lib/i18n'
import { en as enUi } from '../../../lib/i18n/en'
import { ko as koUi } from '../../../lib/i18n/ko'
import { loadDeck, SOURCES_FILE } from '../../../node/deck-slides'
import { loadDeckData } from '../../../node/load-data'
import { editionEntry } from '../../../tools/edition'
import { editionDrift, koreanLeftovers, slideShape, sourcesCoverageProblem } from '../../../tools/talk/editions'
import { where } from '../../../tools/talk/rules'

const root = resolve(__dirname, '../../..')
const data = loadDeckData(join(root, 'data'))
const ko = (await loadDeck(join(root, editionEntry('ko')))).slides
const en = (await loadDeck(join(root, editionEntry('en')))).slides

/** Korean names the English slides may show in parentheses after their English form. */
const koreanNames = new Set([
  ...data.glossary.map(entry => entry.term),
  ...[data.program.ministry, ...data.program.agencies, ...data.consortia.flatMap(c => [c.lead, ...(c.partners ?? [])])].map(o => o.name.ko),
  data.program.name.ko,
  data.essay.blog,
])

/** A deck written to a temporary folder: an entry importing one section file per entry of `files`. */
async function fixtureDeck(files: Record<string, string>): Promise<DeckSlide[]> {
  const dir = mkdtempSync(join(tmpdir(), 'editions-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  mkdirSync(join(dir, 'slides'))
  const imports = Object.keys(files).map(name => `---\nsrc: ./slides/${name}\n---\n`).join('\n')
  writeFileSync(join(dir, 'slides.md'), `---\nlayout: cover\n---\n\n# Cover\n\n${imports}`)
  for (const [name, text] of Object.entries(files))
    writeFileSync(join(dir, 'slides', name), text)
  return (await loadDeck(join(dir, 'slides.md'))).slides
}

const slide = (frontmatter: string, body: string) => `---\n${frontmatter}\n---\n\n${body}\n`

describe('the two editions', () => {
  it('load without errors and have the same number of slides before the sources (whose pages differ: see below)', () => {
    const talk = (slides: typeof ko) => slides.filter(s => basename(s.file) !== SOURCES_FILE)
    expect(talk(ko).length).toBeGreaterThan(20)
    expect(talk(en).length).toBe(talk(ko).length)
  })

  it('agree slide for slide: sections, order, layouts, data components, diagrams, citations and click steps', () => {
    expect(editionDrift(ko, en)).toEqual([])
  })

  it('each list every source once on their sources slides', () => {
    expect(sourcesCoverageProblem(ko, data.sources.length)).toBeUndefined()
    expect(sourcesCoverageProblem(en, data.sources.length)).toBeUndefined()
  })

  it('english slides, the sources aside, carry no Korean but names beside their English form and the marked quotation', () => {
    const talk = en.filter(s => basename(s.file) !== SOURCES_FILE)
    const found = talk.flatMap(s => koreanLeftovers(s, koreanNames).map(run => `${where(s)}: "${run}"`))
    expect(found).toEqual([])
    // The quotation is there, in Korean, with a translation marked as the deck's own.
    const quote = en.find(s => s.layout === 'quote')!
    expect(quote.content).toMatch(/<blockquote lang="ko"[^>]*>“[^<\uAC00-\uD7A3]*[\uAC00-\uD7A3][^<]*”<\/blockquote>/)
    expect(quote.content).toMatch(/class="translation"[\s\S]*our translation/)
  })

  it('english slides explain the Korean-only terms from the glossary once, then use their English form from the glossary', () => {
    for (const term of ['정예팀', '독자성']) {
      const entry = data.glossary.find(e => e.term === term)!
      const text = en.map(s => `${s.content}\n${s.notes ?? ''}`).join('\n')
      // Explained where the Korean term appears beside its English form, in the glossary's words.
      expect(text, term).toContain(`(${term})`)
      expect(text.replace(/\s+/g, ' ').toLowerCase(), term).toContain(entry.explainEn!.toLowerCase())
      expect(text.toLowerCase(), term).toContain(entry.en.toLowerCase())
    }
  })
})

describe('the consortia slide', () => {
  // The slide counts partners by kind, then names them at its click steps (ConsortiumPartners), every selected team's.
  it.each([['ko', ko], ['en', en]] as const)('names every selected team\'s partners on screen (%s)', (lang, slides) => {
    const slide = slides.find(s => s.content.includes('<ConsortiaView'))!
    const selected = data.consortia.filter(c => c.history.some(h => h.stage === 'selection' && h.outcome === 'selected'))
    expect(selected).toHaveLength(5)
    const shown = [...slide.content.matchAll(/<ConsortiumPartners :teams="(\[[^"]*\])"/g)].map(m => JSON.parse(m[1]!.replace(/'/g, '"')) as string[])
    expect(shown.flat().sort()).toEqual(selected.map(c => c.id).sort())
    const ui = lang === 'ko' ? koUi : enUi
    const named = shown.flatMap(teams => partnersChart(localizedData(data, lang), teams, ui).teams.flatMap(t => t.names.map(n => n.text)))
    const missing = selected.flatMap(c => (c.partners ?? []).map(p => p.name[lang]).filter(name => !named.includes(name)).map(name => `${c.id}: ${name}`))
    expect(missing).toEqual([])
  })
})

describe('the drift check bites', () => {
  const section = slide('layout: data\ncite: [a, b]', '# Title\n\n<RaceDiagram at="essay" />\n\n<!--\nnotes\n-->')
  const sources = slide('layout: default\nclass: sources-slide', '# Sources\n\n<SourcesList :page="1" :per-page="12" />')

  it('finds nothing between a deck and its translation', async () => {
    const one = await fixtureDeck({ '01-opening.md': section, [SOURCES_FILE]: sources })
    const two = await fixtureDeck({ '01-opening.md': section.replace('# Title', '# 제목'), [SOURCES_FILE]: sources })
    expect(editionDrift(one, two)).toEqual([])
  })

  it('finds a different diagram, a different citation, a missing component and a different order', async () => {
    const other = slide('layout: default\ncite: [a]', '# Other\n\n<ScheduleSlip />')
    const one = await fixtureDeck({ '01-opening.md': section, '02-foundation-model.md': other, [SOURCES_FILE]: sources })
    const drifted = await fixtureDeck({
      '02-foundation-model.md': other.replace('<ScheduleSlip />', ''),
      '01-opening.md': section.replace('at="essay"', 'at="latest"').replace('cite: [a, b]', 'cite: [a]'),
      [SOURCES_FILE]: sources,
    })
    const problems = editionDrift(one, drifted)
    expect(problems[0]).toBe('section files differ: 01-opening.md, 02-foundation-model.md, 90-sources.md vs 02-foundation-model.md, 01-opening.md, 90-sources.md')
    expect(problems.some(p => /components differ: \["<RaceDiagram at=\\"essay\\" \/>"\] vs \[\]/.test(p))).toBe(true)
    expect(problems.some(p => /cite differ: \["a","b"\] vs \["a"\]/.test(p))).toBe(true)
  })

  it('finds a hand-written diagram on one side only, and sources pages that miss a source', async () => {
    const diagram = slide('layout: statement', '# Q\n\n```mermaid\nflowchart TB\n  A[x] --> B([y])\n```')
    const one = await fixtureDeck({ '01-opening.md': diagram, [SOURCES_FILE]: sources })
    const two = await fixtureDeck({ '01-opening.md': diagram.replace(/```mermaid[\s\S]*```/, ''), [SOURCES_FILE]: sources })
    expect(slideShape(one[1]!).diagrams).toEqual(['A B'])
    expect(editionDrift(one, two)).toEqual([expect.stringMatching(/diagrams differ: \["A B"\] vs \[\]/)])
    expect(sourcesCoverageProblem(one, 13)).toBe('sources slides show pages 1 of 12; expected pages 1, 2 for 13 sources')
  })

  it('finds Korean left in an English slide, but not a name beside its English form or the marked quotation', async () => {
    const [, english] = await fixtureDeck({
      '01-opening.md': slide('layout: default', '# Elite teams (정예팀)\n\n<blockquote lang="ko">“한국어 인용”</blockquote>\n\nThe 정예팀 were picked\n\n<!--\nNotes with 남은 한국어.\n-->'),
    })
    expect(koreanLeftovers(english!, new Set(['정예팀']))).toEqual(['정예팀', '남은 한국어'])
  })
})

it('the edition files sit beside each other, one English file per Korean section file', () => {
  const sections = (entry: string) => [...readFileSync(join(root, entry), 'utf8').matchAll(/^src:\s*(\S+)$/gm)].map(m => basename(m[1]!))
  expect(sections(editionEntry('en'))).toEqual(sections(editionEntry('ko')))
})
