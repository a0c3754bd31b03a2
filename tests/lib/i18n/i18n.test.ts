/**
 * The editions' words and the data in each language: English dates, amounts
 * and labels; the English data view (English forms in place, source titles
 * kept with their gist); and views and diagrams that show no Korean in the
 * English edition.
 */
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { citeEntries, sourcesPage } from '../../../lib/citations'
import { asOfLabel, selectedConsortiaRows, teamReleases } from '../../../lib/data/views'
import { generatedDiagrams } from '../../../lib/diagrams'
import { editionOf, localizedData, UI } from '../../../lib/i18n'
import { en } from '../../../lib/i18n/en'
import { loadDeckData } from '../../../node/load-data'

const root = resolve(__dirname, '../../..')
const data = loadDeckData(join(root, 'data'))
const english = localizedData(data, 'en')
const HANGUL = /[\uAC00-\uD7A3]/

describe('the English words', () => {
  it('write dates day month year, spans within a month once, a month alone', () => {
    expect(en.date('2025-08-04')).toBe('4 Aug 2025')
    expect(en.date('2026-08')).toBe('Aug 2026')
    expect(en.when({ date: '2025-07-30', until: '2025-07-31' })).toBe('30–31 Jul 2025')
    expect(en.when({ date: '2025-07-30', until: '2025-08-02' })).toBe('30 Jul 2025 – 2 Aug 2025')
    expect(en.when({ date: '2026-08', dateLabel: 'early Aug 2026' })).toBe('early Aug 2026')
  })

  it('write amounts in won (억 원 is 100 million won), with what one unit counts', () => {
    expect(en.amount({ value: 1576, unit: '억 원' })).toBe('₩157.6 bn')
    expect(en.amount({ value: 28, unit: '억 원', per: '팀당' })).toBe('₩2.8 bn/team')
    expect(en.amount({ value: 20, unit: '억 원', per: '연 최대' })).toBe('up to ₩2 bn/yr')
    expect(en.amount({ value: 2000, unit: '억 원', approximate: true })).toBe('about ₩200 bn')
    expect(en.amount({ value: 512, unit: '장 (B200)' })).toBe('512 B200s')
    expect(en.total(['₩30 bn', '₩62.8 bn'])).toBe('Total ₩30 or 62.8 bn')
    expect(en.total(['₩30 bn'])).toBe('Total ₩30 bn')
  })

  it('cover every word the Korean edition has', () => {
    const keys = (value: object): string[] => Object.entries(value).flatMap(([key, v]) => v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map(k => `${key}.${k}`) : [key])
    expect(keys(UI.en).sort()).toEqual(keys(UI.ko).sort())
  })
})

describe('the edition a deck is', () => {
  it('comes from the headmatter\'s htmlAttrs.lang, Korean by default', () => {
    expect(editionOf({ lang: 'en' })).toBe('en')
    expect(editionOf({ lang: 'en-GB' })).toBe('en')
    expect(editionOf({ lang: 'ko' })).toBe('ko')
    expect(editionOf(undefined)).toBe('ko')
  })
})

describe('the data in English', () => {
  it('puts each record\'s English forms in place of its Korean text', () => {
    expect(english.timeline[2]!.title).toBe('Written review narrows the field to 10 teams')
    expect(english.program.stages.find(s => s.id === 'final-selection')!.dateLabel).toBe('early 2027')
    expect(english.essay.blog).toBe('Dreaming of a Mobile Kingdom')
    // The Korean data is left as it was.
    expect(data.timeline[2]!.title).toBe('서면평가로 10개 팀 압축')
    expect(localizedData(data, 'ko')).toBe(data)
  })

  it('keeps each source\'s original title, with the English gist and publisher beside it', () => {
    const [entry] = citeEntries(english.sources, ['byline-2025-07-21'], en)
    expect(entry).toMatchObject({ title: '독자 AI 파운데이션 모델 프로젝트 총 15개팀 참여 확정', gist: 'Sovereign AI Foundation Model Project: 15 teams confirmed', publisher: 'Byline Network', when: '21 Jul 2025' })
    expect(sourcesPage(english.sources, 1, 8, en).every(s => !HANGUL.test(s.publisher))).toBe(true)
    expect(english.sources.filter(s => HANGUL.test(s.title)).every(s => (s as { gist?: string }).gist)).toBe(true)
  })

  it('gives views and diagrams with no Korean in what the slides show', () => {
    // Rows also carry what no slide shows (a stage's or a release's note) and both forms of a lead's name.
    const shown = (rows: object[]) => JSON.stringify(rows, (key, value) => key === 'note' || key === 'lead' ? undefined : value)
    const texts = [
      asOfLabel(english, en),
      shown(selectedConsortiaRows(english, { ui: en, maxNames: 99 })),
      shown(teamReleases(english, english.consortia.map(c => c.id), { ui: en })),
      ...generatedDiagrams(english, en).map(d => d.code),
    ]
    expect(texts.filter(text => HANGUL.test(text))).toEqual([])
    expect(asOfLabel(english, en)).toBe(`As of ${en.date(data.asOf)}`)
  })
})
