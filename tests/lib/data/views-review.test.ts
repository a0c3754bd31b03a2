/**
 * The aftermath's views of a review's scoring and of one team's way through
 * the programme, from the valid fixture and from the real data.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reviewScoring, teamPath } from '../../../lib/data/views'
import { en } from '../../../lib/i18n/en'
import { ko } from '../../../lib/i18n/ko'
import { loadDeckData } from '../../../node/load-data'

const fixture = loadDeckData(resolve(__dirname, '../../fixtures/data/valid'))
const data = loadDeckData(resolve(__dirname, '../../../data'))

describe('reviewScoring', () => {
  it('lays the parts and their items end to end on the review\'s 100 points', () => {
    const view = reviewScoring(fixture, 'first-evaluation', ko)!
    expect(view.parts.map(p => [p.name, p.offset, p.points])).toEqual([['벤치마크', 0, 40], ['전문가 평가', 40, 35], ['사용자 평가', 75, 25]])
    expect(view.segments.map(s => [s.name, s.offset, s.points])).toEqual([['공통', 0, 30], ['개별', 30, 10], ['전문가 평가', 40, 35], ['사용자 평가', 75, 25]])
    expect(view.segments[1]!.top).toEqual({ teams: ['업스테이지', 'LG AI연구원'], score: 10 })
  })

  it('is undefined for a stage with no published scoring', () => {
    expect(reviewScoring(fixture, 'selection', ko)).toBeUndefined()
  })

  it('shows the second review as published: AAII 25 of 100 points, its top score Motif\'s', () => {
    const view = reviewScoring(data, 'second-evaluation', en)!
    const aaii = view.segments.find(s => s.name.startsWith('AAII'))!
    expect([aaii.points, aaii.top]).toEqual([25, { teams: ['Motif Technologies'], score: 11.9 }])
    expect(view.segments.reduce((sum, s) => sum + s.points, 0)).toBe(100)
    expect(view.when).toBe('18 Aug 2026')
  })
})

describe('teamPath', () => {
  it('follows Motif Technologies: left out, added, cut', () => {
    const steps = teamPath(data, 'motif-technologies', ko)
    expect(steps.map(s => [s.when, s.text, s.inRace])).toEqual([
      ['2025.7.21', '공모 접수 지원', false],
      ['2025.7.25', '서면평가 통과', false],
      ['2025.8.4', '발표평가 탈락', false],
      ['2026.2.12', '추가 정예팀 선정 지원', false],
      ['2026.2.20', '추가 정예팀 선정', true],
      ['2026.8.18', '2차 단계평가 탈락', false],
    ])
  })

  it('keeps a team in the race from its selection through every review it passed', () => {
    expect(teamPath(data, 'lg-ai-research', ko).map(s => s.inRace)).toEqual([false, false, true, true, true])
    expect(teamPath(data, 'no-such-team', ko)).toEqual([])
  })
})
