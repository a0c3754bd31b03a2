/**
 * The deck's real data: it validates, the counts derived from the consortia
 * say what the sources say, and the view modules shape it as the
 * slides show it.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { citeEntries, citeGroups, parseIds, sourcesPage, sourcesPageCount, UnknownSourceError, unknownSourceIds } from '../../../lib/citations'
import { citations } from '../../../lib/data/cross-check'
import { consortiaWith, stageCounts } from '../../../lib/data/derive'
import { essaySections } from '../../../lib/data/schema-essay'
import { groupPartners, selectedConsortiaRows } from '../../../lib/data/views'
import { fundingChart } from '../../../lib/diagrams/funding'
import { ko } from '../../../lib/i18n/ko'
import { formatAmount, formatDate, formatWhen } from '../../../lib/i18n/ko-format'
import { loadDeckData } from '../../../node/load-data'

const root = resolve(__dirname, '../../..')
const data = loadDeckData(resolve(root, 'data'))
const fixture = loadDeckData(resolve(root, 'tests/fixtures/data/valid'))

describe('the real data', () => {
  it('validates against the schema and every cross-check', () => {
    expect(() => loadDeckData(resolve(root, 'data'))).not.toThrow()
  })

  it('holds all applicants of the first call, and the additional call\'s two', () => {
    expect(consortiaWith(data.consortia, 'application', 'applied')).toHaveLength(15)
    expect(consortiaWith(data.consortia, 'additional-call', 'applied').map(c => c.id)).toEqual(['motif-technologies', 'trillion-labs'])
  })

  it('derives the race from the consortia: 15 → 10 → 5 → 3, then 4 with the additional team', () => {
    const remaining = Object.fromEntries(stageCounts(data.program, data.consortia).map(c => [c.stage, c.remaining]))
    expect(remaining).toMatchObject({ 'application': 15, 'document-review': 10, 'presentation-review': 5, 'selection': 5, 'first-evaluation': 3, 'additional-call': 4 })
  })

  it('has the five teams of 2025-08-04 selected, and names who left at the first evaluation with a reason', () => {
    expect(consortiaWith(data.consortia, 'selection', 'selected').map(c => c.lead.name.en))
      .toEqual(['Naver Cloud', 'Upstage', 'SK Telecom', 'NC AI', 'LG AI Research'])
    const out = consortiaWith(data.consortia, 'first-evaluation', 'eliminated')
    expect(out.map(c => c.id)).toEqual(['naver-cloud', 'nc-ai'])
    for (const consortium of out)
      expect(consortium.history.at(-1)?.reason).toBeTruthy()
  })

  it('gives every finalist partners, a model or goals, and Korean and English names', () => {
    for (const id of ['naver-cloud', 'upstage', 'skt', 'nc-ai', 'lg-ai-research', 'motif-technologies']) {
      const consortium = data.consortia.find(c => c.id === id)
      expect(consortium?.partners?.length, id).toBeGreaterThan(0)
      expect(consortium?.model ?? consortium?.goals?.[0], id).toBeTruthy()
    }
  })

  it('shows the budget as a conflict: several totals, each with its own source', () => {
    expect(data.program.budget.length).toBeGreaterThan(1)
    expect(new Set(data.program.budget.map(b => b.amount.value)).size).toBeGreaterThan(1)
    for (const figure of data.program.budget)
      expect(figure.sources.length, figure.scope).toBeGreaterThan(0)
  })

  it('gives GPU support to three teams, defers the two GPU suppliers, and talent to one team', () => {
    const gpu = data.program.support.find(s => s.id === 'gpu')
    expect(gpu?.recipients).toHaveLength(3)
    expect(gpu?.deferred?.map(d => d.consortium)).toEqual(['skt', 'naver-cloud'])
    expect(data.program.support.find(s => s.id === 'talent')?.recipients).toEqual(['upstage'])
  })

  it('marks as planned only what lies after the as-of date, and as unreported what was due with no reported outcome', () => {
    for (const event of data.timeline) {
      if (event.date > data.asOf)
        expect(event.status, event.title).toBe('planned')
      else
        expect(['done', 'unreported'], event.title).toContain(event.status)
    }
    // As of 2026-12-03 every event that was due has a reported outcome; the final stage is still planned.
    expect(data.timeline.filter(e => e.status === 'unreported').map(e => e.title)).toEqual([])
    expect(data.timeline.filter(e => e.status === 'planned').map(e => e.title)).toEqual(['최종 2개 팀 선정'])
  })

  it('ties every ecosystem part to an essay section, and covers the sections that name parts', () => {
    const sections = new Set(data.ecosystem.map(part => part.section))
    for (const section of sections)
      expect(essaySections).toContain(section)
    expect([...sections].sort()).toEqual(['diversity', 'essence', 'foundation-model'])
  })

  it('cites every source somewhere (the sources slides list only what is used)', () => {
    const cited = new Set(citations(data).flatMap(c => c.ids))
    expect(data.sources.filter(s => !cited.has(s.id))).toEqual([])
  })
})

describe('derived counts', () => {
  it('count applied, passed, selected and eliminated at each stage of the fixture', () => {
    expect(stageCounts(fixture.program, fixture.consortia)).toEqual([
      { stage: 'application', applied: 15, passed: 0, selected: 0, eliminated: 0, remaining: 15 },
      { stage: 'document-review', applied: 0, passed: 10, selected: 0, eliminated: 5, remaining: 10 },
      { stage: 'presentation', applied: 0, passed: 0, selected: 0, eliminated: 0, remaining: 10 },
      { stage: 'selection', applied: 0, passed: 0, selected: 5, eliminated: 5, remaining: 5 },
      { stage: 'first-evaluation', applied: 0, passed: 3, selected: 0, eliminated: 2, remaining: 3 },
      { stage: 'additional', applied: 0, passed: 0, selected: 1, eliminated: 0, remaining: 4 },
      { stage: 'second-evaluation', applied: 0, passed: 0, selected: 0, eliminated: 0, remaining: 4 },
      { stage: 'final', applied: 0, passed: 0, selected: 0, eliminated: 0, remaining: 4 },
    ])
  })

  it('bring a team eliminated earlier back into the race when a later stage selects it', () => {
    const motif = data.consortia.find(c => c.id === 'motif-technologies')
    expect(motif?.history.map(h => h.outcome)).toEqual(['applied', 'passed', 'eliminated', 'applied', 'selected', 'eliminated'])
    const after = (stage: string) => stageCounts(data.program, [motif!]).find(c => c.stage === stage)?.remaining
    expect([after('presentation-review'), after('first-evaluation'), after('additional-call'), after('second-evaluation')]).toEqual([0, 0, 1, 0])
  })
})

describe('formatting', () => {
  it('writes dates, spans and amounts the Korean way', () => {
    expect(formatDate('2025-08-04')).toBe('2025.8.4')
    expect(formatDate('2026-08')).toBe('2026.8')
    expect(formatWhen({ date: '2025-07-30', until: '2025-07-31' })).toBe('2025.7.30~31')
    expect(formatWhen({ date: '2025-07-30', until: '2025-08-02' })).toBe('2025.7.30~8.2')
    expect(formatWhen({ date: '2026-08', dateLabel: '2026년 8월' })).toBe('2026년 8월')
    expect(formatAmount({ value: 1576, unit: '억 원' })).toBe('1,576억 원')
    expect(formatAmount({ value: 512, unit: '장 (B200)', per: '팀당' })).toBe('팀당 512장 (B200)')
    expect(formatAmount({ value: 2000, unit: '억 원', approximate: true })).toBe('약 2,000억 원')
    expect(formatAmount({ value: 1024, unit: 'GPU' })).toBe('1,024 GPU')
  })

  it('the funding diagram writes amounts as the slides do', () => {
    const gpu = data.program.support[0]!.totals!.find(t => t.settled)!
    expect(fundingChart(data, ko).nodes.find(n => n.id === 'gpu')!.lines[1]).toBe(formatAmount(gpu.amount))
  })
})

describe('views', () => {
  it('group partners by kind, in a fixed kind order, abbreviating long lists', () => {
    const upstage = data.consortia.find(c => c.id === 'upstage')!
    const groups = groupPartners(upstage.partners ?? [], ko, 2)
    expect(groups.map(g => [g.label, g.count, g.shown.length, g.more])).toEqual([
      ['기업', 9, 2, 7],
      ['대학', 2, 2, 0],
      ['공공기관', 1, 1, 0],
    ])
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(upstage.partners?.length)
  })

  it('describe each selected team\'s latest outcome, or its outcome as it stood on a date', () => {
    const latest = selectedConsortiaRows(data, { ui: ko })
    expect(latest.map(r => r.outcome?.text)).toEqual(['1차 단계평가 탈락', '2차 단계평가 통과', '2차 단계평가 통과', '1차 단계평가 탈락', '2차 단계평가 통과'])
    expect(latest[0]?.outcome?.reason).toContain('독자성')
    const atEssay = selectedConsortiaRows(data, { asOf: '2025-08-04', ui: ko })
    expect(new Set(atEssay.map(r => r.outcome?.text))).toEqual(new Set(['정예팀 선정']))
  })
})

describe('citations', () => {
  it('number sources by their place in sources.yaml and list a slide\'s sources in that order', () => {
    expect(parseIds(' src-result, src-call ,src-result')).toEqual(['src-result', 'src-call'])
    expect(citeEntries(fixture.sources, 'src-result,src-call', ko).map(c => [c.n, c.publisher, c.when])).toEqual([
      [2, 'Example News', '2025.6.20'],
      [3, 'Example Daily', '2025.8.4'],
    ])
  })

  it('refuse an unknown id, naming it', () => {
    // The footnote line groups a publisher's sources under its name without the channel in parentheses.
    const entries = citeEntries(data.sources, ['msit-2026-08-18', 'zdnet-2025-11-20', 'msit-en-2026-01-15', 'zdnet-2026-02-20'], ko)
    expect(citeGroups(entries).map(g => [g.publisher, g.numbers.length])).toEqual([['지디넷코리아', 2], ['과학기술정보통신부', 1], ['과학기술정보통신부·정보통신산업진흥원', 1]])
    expect(citeGroups(entries).flatMap(g => g.numbers).sort((a, b) => a - b)).toEqual(entries.map(e => e.n))
    expect(unknownSourceIds(fixture.sources, ['src-call', 'src-typo'])).toEqual(['src-typo'])
    expect(() => citeEntries(fixture.sources, 'src-typo', ko)).toThrow(UnknownSourceError)
    expect(() => citeEntries(fixture.sources, 'src-typo', ko)).toThrow('unknown source id: src-typo (expected ids from data/sources.yaml)')
  })

  it('paginate the source list with the same numbers', () => {
    expect(sourcesPageCount(fixture.sources, 3)).toBe(2)
    // Filled evenly: 4 sources on 2 pages of at most 3 are 2 and 2, not 3 and 1.
    expect(sourcesPage(fixture.sources, 1, 3, ko).map(s => s.n)).toEqual([1, 2])
    expect(sourcesPage(fixture.sources, 2, 3, ko).map(s => [s.n, s.host])).toEqual([[3, expect.any(String)], [4, 'times.example.org']])
    const many = Array.from({ length: 79 }, (_, i) => ({ ...fixture.sources[0]!, id: `s${i}` }))
    expect(Array.from({ length: 7 }, (_, i) => sourcesPage(many, i + 1, 12, ko).length)).toEqual([12, 12, 11, 11, 11, 11, 11])
    expect(Array.from({ length: 7 }, (_, i) => sourcesPage(many, i + 1, 12, ko).map(s => s.n)).flat()).toEqual(Array.from({ length: 79 }, (_, i) => i + 1))
  })

  it('has as many sources slides in slides/90-sources.md as the source list needs, each page once', () => {
    const markdown = readFileSync(resolve(root, 'slides/90-sources.md'), 'utf8')
    const uses = [...markdown.matchAll(/<SourcesList :page="(\d+)" :per-page="(\d+)" \/>/g)]
    const perPage = Number(uses[0]?.[2])
    expect(uses.every(use => Number(use[2]) === perPage)).toBe(true)
    expect(uses.map(use => Number(use[1]))).toEqual(Array.from({ length: sourcesPageCount(data.sources, perPage) }, (_, i) => i + 1))
  })
})

describe('the second-stage review\'s team totals', () => {
  const stage = data.program.stages.find(s => s.id === 'second-evaluation')!
  const scoring = stage.scoring!

  it('are recorded as not published and not reported, with a search made on or after the as-of date', () => {
    expect(scoring.totals?.published).toBe(false)
    expect(scoring.totals?.reported).toBeUndefined()
    expect(scoring.totals!.searched!.on >= data.asOf).toBe(true)
    expect(scoring.totals!.searched!.queries.length).toBeGreaterThan(3)
  })

  it('leave the published averages as the check any reported totals must meet: items add up to their parts within rounding', () => {
    for (const part of scoring.parts.filter(p => p.items?.length)) {
      const sum = part.items!.reduce((total, item) => total + item.average!, 0)
      expect(Math.abs(sum - part.average!), part.name.en).toBeLessThanOrEqual(0.05 + 0.01)
    }
    // The four teams' mean total, from the item averages: 9.48 + 13.05 + 28.75 + 10.53 + 7.03.
    const leaves = scoring.parts.flatMap(p => p.items?.length ? p.items : [p])
    expect(Math.round(leaves.reduce((total, l) => total + l.average!, 0) * 100) / 100).toBe(68.84)
  })
})
