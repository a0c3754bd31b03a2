/**
 * The as-of rule: the data says on which day its facts were checked, and every
 * stage and event must stand where that day puts it. Broken cases change one
 * thing in the fixture data set and expect one message naming file, record and field.
 */
import type { DataProblem } from '../../../lib/data/load'
import type { DataFileName } from '../../../lib/data/schema'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { periodEnd, periodStart, statusProblem } from '../../../lib/data/as-of'
import { variantsIn } from '../../../lib/data/glossary'
import { checkDeckData, DataError, loadDeckData } from '../../../lib/data/load'
import { dataFiles } from '../../../lib/data/schema'
import { asOfLabel, releaseRows, scheduleTexts, timelineRows } from '../../../lib/data/views'

const fixtureDir = resolve(__dirname, '../../fixtures/data/valid')

function edited(file: DataFileName, change: (doc: any) => void): Record<DataFileName, string> {
  const texts = {} as Record<DataFileName, string>
  for (const name of Object.keys(dataFiles) as DataFileName[])
    texts[name] = readFileSync(join(fixtureDir, name), 'utf8')
  const doc = parse(texts[file])
  change(doc)
  texts[file] = stringify(doc)
  return texts
}

function problemsOf(texts: Record<DataFileName, string>): DataProblem[] {
  try {
    checkDeckData(texts)
    return []
  }
  catch (error) {
    if (error instanceof DataError)
      return error.problems
    throw error
  }
}

describe('periods and statuses', () => {
  it('a month spans its first to its last day', () => {
    expect([periodStart('2026-08'), periodEnd('2026-08')]).toEqual(['2026-08-01', '2026-08-31'])
    expect(periodEnd('2028-02')).toBe('2028-02-29')
    expect([periodStart('2026-01-15'), periodEnd('2026-01-15')]).toEqual(['2026-01-15', '2026-01-15'])
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

describe('broken data stops with file, record and field', () => {
  // The fixture is checked as of 2026-03-01; its second evaluation is planned for 2026-08-01, its timeline's for 2026-08.
  it('a planned stage and a planned event dated before the as-of date', () => {
    const problems = problemsOf(edited('as-of.yaml', (doc) => {
      doc.asOf = '2026-09-01'
    }))
    expect(problems.map(p => `${p.file} → ${p.path}`)).toEqual([
      'program.yaml → program.stages[second-evaluation].status',
      'timeline.yaml → timeline[4].status',
    ])
    expect(problems[0]!.message).toBe('marked planned for 2026-08-01, which is not after the as-of date 2026-09-01 (data/as-of.yaml); expected status: done with a source that reports what happened, or status: unreported when no source does')
  })

  it('accepts the same items once marked unreported', () => {
    const texts = edited('as-of.yaml', (doc) => {
      doc.asOf = '2026-09-01'
    })
    const program = parse(texts['program.yaml'])
    program.program.stages.find((s: { id: string }) => s.id === 'second-evaluation').status = 'unreported'
    texts['program.yaml'] = stringify(program)
    const timeline = parse(texts['timeline.yaml'])
    timeline.timeline[4].status = 'unreported'
    texts['timeline.yaml'] = stringify(timeline)
    expect(problemsOf(texts)).toEqual([])
  })

  it('an unreported event that is not due yet', () => {
    const problems = problemsOf(edited('timeline.yaml', (doc) => {
      doc.timeline[4].status = 'unreported'
    }))
    expect(problems).toEqual([{ file: 'timeline.yaml', path: 'timeline[4].status', message: 'marked unreported for 2026-08, which is after the as-of date 2026-03-01 (data/as-of.yaml); expected status: planned' }])
  })

  it('an as-of date before the latest sourced event', () => {
    const problems = problemsOf(edited('as-of.yaml', (doc) => {
      doc.asOf = '2026-02-01'
    }))
    expect(problems).toEqual([{ file: 'as-of.yaml', path: 'asOf', message: expect.stringMatching(/^2026-02-01 is before .+, dated 2026-02-20; expected the as-of date on or after the latest sourced event/) }])
  })

  it('an event without a source', () => {
    const problems = problemsOf(edited('timeline.yaml', (doc) => {
      doc.timeline[1].sources = []
    }))
    expect(problems).toEqual([{ file: 'timeline.yaml', path: 'timeline[1].sources', message: 'expected at least one source id, got a list' }])
  })

  it('a glossary variant in the data', () => {
    const problems = problemsOf(edited('program.yaml', (doc) => {
      doc.program.stages[1].name.ko = '서류 평가'
    }))
    expect(problems).toEqual([{ file: 'program.yaml', path: `program.stages[${parse(readFileSync(join(fixtureDir, 'program.yaml'), 'utf8')).program.stages[1].id}].name.ko`, message: 'uses "서류 평가"; expected the glossary\'s term "서면평가" (data/glossary.yaml)' }])
  })

  it('a glossary variant that a preferred term contains', () => {
    const problems = problemsOf(edited('glossary.yaml', (doc) => {
      doc.glossary[0].variants.push('면평')
    }))
    expect(problems).toContainEqual({ file: 'glossary.yaml', path: 'glossary[0].variants[1]', message: '"면평" is part of the term "서면평가"; expected variants that no preferred term contains' })
  })
})

describe('the views say where each item stands', () => {
  const data = loadDeckData(resolve(__dirname, '../../../data'))

  it('the as-of label the cover and the aftermath show', () => {
    expect(asOfLabel({ asOf: '2026-11-30' })).toBe('2026.11.30 기준')
  })

  it('the timeline marks an unreported outcome as such, never as planned, and lists the moved schedule', () => {
    const second = timelineRows(data).find(row => row.title.startsWith('2차 단계평가'))!
    expect(second.status).toBe('unreported')
    expect(second.statusLabel).toBe('결과 미보도')
    expect(second.schedule).toEqual(['2026년 6월 말~7월 초 (2026.1.16 보도)', '2026년 8월 초 (2026.2.20 보도)'])
    expect(timelineRows(data).filter(row => row.statusLabel === '예정').every(row => row.when.startsWith('2026년 말'))).toBe(true)
  })

  it('schedule reports read oldest first', () => {
    expect(scheduleTexts([
      { said: '나중', reported: '2026-02-20', sources: ['a'] },
      { said: '먼저', reported: '2025-08-05', sources: ['a'] },
    ])).toEqual(['먼저 (2025.8.5 보도)', '나중 (2026.2.20 보도)'])
  })

  it('releases show size, weights and every licence the sources give', () => {
    const rows = releaseRows(data, ['upstage'])
    const solar = rows.find(r => r.name === 'Solar Open 100B')!
    expect(solar.size).toBe('102.6B (활성 12B)')
    expect(solar.weights).toBe('공개')
    expect(solar.licenceDisputed).toBe(true)
    expect(solar.licence).toBe('Upstage Solar License / Solar-Apache License 2.0')
  })
})

describe('glossary variants', () => {
  it('are found wherever they stand in a text', () => {
    const glossary = [{ term: '서면평가', en: 'written review', variants: ['서류 평가', '서류심사'] }]
    expect(variantsIn('서류심사 다음 서류 평가, 그리고 서면평가', glossary).map(f => [f.variant, f.index])).toEqual([['서류심사', 0], ['서류 평가', 8]])
  })
})
