/**
 * The as-of rule: the data says on which day its facts were checked, and every
 * stage and event must stand where that day puts it (the broken-data cases are
 * in load.test.ts); the views say so on the slides.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { byDate, periodEnd, periodStart, statusProblem } from '../../../lib/data/as-of'
import { variantsIn } from '../../../lib/data/glossary'
import { asOfLabel, teamReleases } from '../../../lib/data/views'
import { ko } from '../../../lib/i18n/ko'
import { loadDeckData } from '../../../node/load-data'

describe('periods and statuses', () => {
  it('a month spans its first to its last day', () => {
    expect([periodStart('2026-08'), periodEnd('2026-08')]).toEqual(['2026-08-01', '2026-08-31'])
    expect(periodEnd('2028-02')).toBe('2028-02-29')
    expect([periodStart('2026-01-15'), periodEnd('2026-01-15')]).toEqual(['2026-01-15', '2026-01-15'])
  })

  it('dates and months sort in time order', () => {
    expect(['2026-02-20', '2025-08', '2026-01-15', '2025-08-04', '2026-01-15'].sort(byDate)).toEqual(['2025-08', '2025-08-04', '2026-01-15', '2026-01-15', '2026-02-20'])
  })

  it('planned needs a date not yet past; done and unreported a date already reached', () => {
    expect(statusProblem('planned', '2026-12', '2026-11-30')).toBeUndefined()
    expect(statusProblem('planned', '2026-11', '2026-11-30')).toMatch(/^marked planned for 2026-11, which is not after the as-of date 2026-11-30/)
    expect(statusProblem('planned', '2026-08', '2026-11-30')).toMatch(/expected status: done with a source that reports what happened, or status: unreported/)
    expect(statusProblem('unreported', '2026-08', '2026-11-30')).toBeUndefined()
    expect(statusProblem('unreported', '2026-12', '2026-11-30')).toMatch(/which is after the as-of date 2026-11-30 \(data\/as-of.yaml\); expected status: planned$/)
    expect(statusProblem('done', '2026-01-15', '2026-11-30')).toBeUndefined()
  })
})

describe('the views say where each item stands', () => {
  const data = loadDeckData(resolve(__dirname, '../../../data'))

  it('the as-of label the cover and the aftermath show', () => {
    expect(asOfLabel({ asOf: '2026-11-30' }, ko)).toBe('2026.11.30 기준')
  })

  it('releases show their size and licence as the sources give them; a team\'s first and latest leave out a replaced preview', () => {
    const [upstage] = teamReleases(data, ['upstage'], { ui: ko })
    const solar = upstage!.releases.find(r => r.name === 'Solar Open 100B')!
    expect([solar.total, solar.active, solar.licence]).toEqual(['102.6B', '12B', '자체 라이선스'])
    expect(teamReleases(data, ['motif-technologies'], { ui: ko })[0]!.releases.map(r => r.name)).toEqual(['Motif-3-Beta', 'Motif 3'])
    expect(teamReleases(data, ['motif-technologies'], { firstAndLatest: true, ui: ko })[0]!.releases.map(r => r.name)).toEqual(['Motif 3'])
  })
})

describe('glossary variants', () => {
  it('are found wherever they stand in a text', () => {
    const glossary = [{ term: '서면평가', en: 'written review', variants: ['서류 평가', '서류심사'] }]
    expect(variantsIn('서류심사 다음 서류 평가, 그리고 서면평가', glossary).map(f => [f.variant, f.index])).toEqual([['서류심사', 0], ['서류 평가', 8]])
  })
})
