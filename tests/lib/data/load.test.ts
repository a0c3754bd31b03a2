/**
 * Broken data stops with a message that names the file, the record and the
 * field, and says what was expected. Each case changes one thing in the valid
 * test data set (tests/fixtures/data/valid, shaped like data/) and asserts the
 * exact problem.
 */
import type { DataProblem } from '../../../lib/data/problem'
import type { DataFileName } from '../../../lib/data/schema'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { crossCheckRules } from '../../../lib/data/cross-check'
import { checkDeckData, DataError } from '../../../lib/data/load'
import { dataFiles } from '../../../lib/data/schema'
import { loadDeckData } from '../../../node/load-data'

const validDir = resolve(__dirname, '../../fixtures/data/valid')

function validTexts(): Record<DataFileName, string> {
  const texts = {} as Record<DataFileName, string>
  for (const name of Object.keys(dataFiles) as DataFileName[])
    texts[name] = readFileSync(join(validDir, name), 'utf8')
  return texts
}

/** The record with this id in a parsed list (consortia, stages, support lines). */
function byId(list: any[], id: string): any {
  const record = list.find(r => r.id === id)
  if (!record)
    throw new Error(`no record "${id}" in the fixture`)
  return record
}

/** The valid set with one file's parsed content changed by `change`. */
function withEdit(file: DataFileName, change: (doc: any) => void): Record<DataFileName, string> {
  const texts = validTexts()
  const doc = parse(texts[file])
  change(doc)
  texts[file] = stringify(doc)
  return texts
}

function problemsOf(texts: Record<string, string>): DataProblem[] {
  try {
    checkDeckData(texts as Record<DataFileName, string>)
  }
  catch (error) {
    if (error instanceof DataError)
      return error.problems
    throw error
  }
  return []
}

describe('the fixture data set', () => {
  it('is valid, so that each case below fails for its own reason only', () => {
    expect(problemsOf(validTexts())).toEqual([])
    expect(() => loadDeckData(validDir)).not.toThrow()
  })
})

describe('schema errors name file, record and field', () => {
  it('a missing field', () => {
    const texts = withEdit('sources.yaml', (doc) => {
      delete doc.sources[1].publisher
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'sources.yaml', path: 'sources[src-call].publisher', message: 'missing; expected text' },
    ])
  })

  it('korean text with no English form', () => {
    const texts = withEdit('timeline.yaml', (doc) => {
      delete doc.timeline[1].en
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'timeline.yaml', path: 'timeline[2025-08-04].en.title', message: 'missing; expected the English form of title ("정예팀 5개 선정")' },
    ])
  })

  it('a Korean source title with no English gist, and a Korean publisher with no English name', () => {
    const texts = withEdit('sources.yaml', (doc) => {
      doc.sources[1].title = '공모 시작'
      doc.sources[1].publisher = '예시 뉴스'
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'sources.yaml', path: 'sources[src-call].en.publisher', message: 'missing; expected the English form of publisher ("예시 뉴스")' },
      { file: 'sources.yaml', path: 'sources[src-call].en.title', message: 'missing; expected the English form of title ("공모 시작")' },
    ])
  })

  it('a glossary explanation with no English form', () => {
    const texts = withEdit('glossary.yaml', (doc) => {
      doc.glossary[0].explain = '서류로 하는 평가'
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'glossary.yaml', path: 'glossary[0].explainEn', message: 'missing; expected the English form of explain ("서류로 하는 평가")' },
    ])
  })

  it('a wrong type', () => {
    const texts = withEdit('program.yaml', (doc) => {
      byId(doc.program.stages, 'document-review').teams = 'ten'
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'program.yaml', path: 'program.stages[document-review].teams', message: 'expected a number, got "ten"' },
    ])
  })

  it('a value outside its list', () => {
    const texts = withEdit('consortia.yaml', (doc) => {
      byId(doc.consortia, 'naver-cloud').partners[0].kind = 'startup'
    })
    expect(problemsOf(texts)).toEqual([{
      file: 'consortia.yaml',
      path: 'consortia[naver-cloud].partners[0].kind',
      message: 'expected one of "company", "university", "research-institute", "hospital", "public-body", "media", got "startup"',
    }])
  })

  it('a date that is not ISO', () => {
    const texts = withEdit('sources.yaml', (doc) => {
      doc.sources[2].published = '2025/08/04'
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'sources.yaml', path: 'sources[src-result].published', message: 'expected an ISO date, YYYY-MM-DD, got "2025/08/04"' },
    ])
  })

  it('a date that does not exist', () => {
    const texts = withEdit('sources.yaml', (doc) => {
      doc.sources[2].published = '2025-02-30'
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'sources.yaml', path: 'sources[src-result].published', message: 'expected a real calendar date, got "2025-02-30"' },
    ])
  })

  it('a negative amount', () => {
    const texts = withEdit('program.yaml', (doc) => {
      doc.program.budget[0].amount.value = -5
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'program.yaml', path: 'program.budget[0].amount.value', message: 'expected a non-negative number, got number -5' },
    ])
  })

  it('an amount without a unit', () => {
    const texts = withEdit('program.yaml', (doc) => {
      doc.program.support[0].items[0].amount.unit = ''
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'program.yaml', path: 'program.support[gpu].items[0].amount.unit', message: 'expected non-empty text, got ""' },
    ])
  })

  it('a URL that does not parse', () => {
    const texts = withEdit('sources.yaml', (doc) => {
      doc.sources[0].url = 'blog.example.org/1'
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'sources.yaml', path: 'sources[src-essay].url', message: 'expected a URL (http or https), got "blog.example.org/1"' },
    ])
  })

  it('a misspelt field', () => {
    const texts = withEdit('sources.yaml', (doc) => {
      doc.sources[0].publsher = 'x'
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'sources.yaml', path: 'sources[src-essay].publsher', message: 'unknown field "publsher"; expected only the fields lib/data/schema.ts defines (check the spelling)' },
    ])
  })

  it('a YAML syntax error', () => {
    const texts = { ...validTexts(), 'timeline.yaml': 'timeline: [\n  - date: 2025-06-20\n' }
    expect(problemsOf(texts)).toEqual([
      { file: 'timeline.yaml', path: '', message: 'not valid YAML: Block collections are not allowed within flow collections at line 2, column 3' },
    ])
  })

  it('a missing file', () => {
    const texts: Record<string, string> = validTexts()
    delete texts['ecosystem.yaml']
    expect(problemsOf(texts)).toEqual([{ file: 'ecosystem.yaml', path: '', message: 'file is missing' }])
  })

  it('a speaking rate that is not a positive number, or a language without one', () => {
    const texts = withEdit('talk.yaml', (doc) => {
      doc.talk.speakingRates.ko.perMinute = 0
      delete doc.talk.speakingRates.en
    })
    expect(problemsOf(texts)).toEqual([
      { file: 'talk.yaml', path: 'talk.speakingRates.ko.perMinute', message: 'expected a positive number of units a minute, got number 0' },
      { file: 'talk.yaml', path: 'talk.speakingRates.en', message: 'missing; expected a mapping (field: value)' },
    ])
  })

  it('formats each problem as data/<file> → <path>: <message>', () => {
    const texts = withEdit('sources.yaml', (doc) => {
      delete doc.sources[1].publisher
    })
    expect(() => checkDeckData(texts)).toThrow('  data/sources.yaml → sources[src-call].publisher: missing; expected text')
  })
})

describe('cross-checks between records and files', () => {
  // Each edit below breaks one rule, and the check names that one problem: the file, the record, the field.
  const oneProblem: { name: string, file: DataFileName, edit: (doc: any) => void, problem: DataProblem }[] = [
    {
      name: 'a cited source that does not exist',
      file: 'consortia.yaml',
      edit: (doc) => {
        byId(doc.consortia, 'naver-cloud').history[0].sources = ['src-nowhere']
      },
      problem: { file: 'consortia.yaml', path: 'consortia[naver-cloud].history[2025-07-21].sources[0]', message: 'cites source "src-nowhere", which data/sources.yaml does not list; expected the id of a listed source' },
    },
    {
      name: 'a source cited nowhere',
      file: 'sources.yaml',
      edit: (doc) => {
        doc.sources.push({ id: 'src-extra', publisher: 'P', title: 'T', url: 'https://x.example.org/', published: '2025-08-01', language: 'ko' })
      },
      problem: { file: 'sources.yaml', path: 'sources[src-extra].id', message: 'source "src-extra" is cited nowhere; expected every source to back at least one record (remove it or cite it)' },
    },
    {
      name: 'a stated count that the consortia contradict',
      file: 'program.yaml',
      edit: (doc) => {
        byId(doc.program.stages, 'document-review').teams = 11
      },
      problem: { file: 'program.yaml', path: 'program.stages[document-review].teams', message: 'states 11, but consortia.yaml gives 10 (teams still in the race after "document-review"); expected the two to agree' },
    },
    {
      name: 'an eliminated count that the consortia contradict',
      file: 'program.yaml',
      edit: (doc) => {
        byId(doc.program.stages, 'document-review').eliminated = 6
      },
      problem: { file: 'program.yaml', path: 'program.stages[document-review].eliminated', message: 'states 6, but consortia.yaml gives 5 (history entries "eliminated" at "document-review"); expected the two to agree' },
    },
    {
      name: 'a partner listed twice in one consortium',
      file: 'consortia.yaml',
      edit: (doc) => {
        byId(doc.consortia, 'naver-cloud').partners.push({ name: { ko: '대학A', en: 'University A' }, kind: 'university' })
      },
      problem: { file: 'consortia.yaml', path: 'consortia[naver-cloud].partners[2].name', message: '"대학A" appears again (first at partners[0]); expected each partner once per consortium' },
    },
    {
      name: 'a history out of date order',
      file: 'consortia.yaml',
      edit: (doc) => {
        byId(doc.consortia, 'lunit').history[1].date = '2025-07-20'
      },
      problem: { file: 'consortia.yaml', path: 'consortia[lunit].history[2025-07-20].date', message: '2025-07-20 comes before the previous entry\'s 2025-07-21; expected history in date order' },
    },
    {
      name: 'a reached stage that is not where the history ends',
      file: 'consortia.yaml',
      edit: (doc) => {
        byId(doc.consortia, 'lunit').reached = 'selection'
      },
      problem: { file: 'consortia.yaml', path: 'consortia[lunit].reached', message: 'says "selection" but the history ends at "document-review"; expected the stage of the last history entry' },
    },
    {
      name: 'a support recipient that is not a consortium',
      file: 'program.yaml',
      edit: (doc) => {
        byId(doc.program.support, 'talent').recipients = ['delta']
      },
      problem: { file: 'program.yaml', path: 'program.support[talent].recipients[0]', message: '"delta" is not a consortium in consortia.yaml; expected a consortium id' },
    },
    {
      name: 'a done event dated after every source that reports it',
      file: 'timeline.yaml',
      edit: (doc) => {
        doc.timeline[1].date = '2025-09-01'
      },
      problem: { file: 'timeline.yaml', path: 'timeline[2025-09-01].date', message: '2025-09-01 is after its newest source (2025-08-04); expected a done event to be reported by a source published on or after it, or status: planned' },
    },
    {
      name: 'an amount whose unit has no English form',
      file: 'program.yaml',
      edit: (doc) => {
        byId(doc.program.support, 'gpu').items[0].amount.unit = '대'
      },
      problem: { file: 'program.yaml', path: 'program.support[gpu].items[0].amount.unit', message: 'the unit "대" is not one the editions write; expected one of 억 원, 장 (B200) (a new unit goes into AMOUNT_UNITS in lib/data/schema-fields.ts, with its English form in lib/i18n/en.ts)' },
    },
    {
      name: 'a timeline event naming a team that does not exist',
      file: 'timeline.yaml',
      edit: (doc) => {
        doc.timeline[1].consortia = ['upstage', 'omega']
      },
      problem: { file: 'timeline.yaml', path: 'timeline[2025-08-04].consortia[1]', message: '"omega" is not a consortium in consortia.yaml; expected a consortium id' },
    },
  ]
  for (const { name, file, edit, problem } of oneProblem) {
    it(name, () => {
      expect(problemsOf(withEdit(file, edit))).toEqual([problem])
    })
  }

  it('a duplicate id', () => {
    const texts = withEdit('ecosystem.yaml', (doc) => {
      doc.ecosystem[1].id = 'foundation-model'
    })
    // The part renamed away loses its mark in record.yaml, which says so too.
    expect(problemsOf(texts)).toEqual([{
      file: 'ecosystem.yaml',
      path: 'ecosystem[1].id',
      message: 'id "foundation-model" is used again (first at ecosystem[0]); expected ids to be unique',
    }, {
      file: 'record.yaml',
      path: 'record.ecosystemNow[1].part',
      message: '"industry-apps" is not a part in ecosystem.yaml; expected one of: foundation-model, interfaces, infrastructure, ethics, open-source, data, verification, services, governance, multimodal, on-device, lightweight',
    }])
  })

  it('a history entry on a stage the program does not have', () => {
    const texts = withEdit('consortia.yaml', (doc) => {
      const lunit = byId(doc.consortia, 'lunit')
      lunit.history[1].stage = 'interview'
      lunit.reached = 'interview'
    })
    const stages = 'application, document-review, presentation, selection, first-evaluation, additional, second-evaluation, final'
    expect(problemsOf(texts)).toEqual([
      { file: 'consortia.yaml', path: 'consortia[lunit].history[2025-07-25].stage', message: `stage "interview" is not in program.stages; expected one of: ${stages}` },
      { file: 'consortia.yaml', path: 'consortia[lunit].reached', message: `stage "interview" is not in program.stages; expected one of: ${stages}` },
      // Without its elimination Lunit stays in the race, so the derived counts of every done stage after it no longer match either.
      { file: 'program.yaml', path: 'program.stages[document-review].teams', message: 'states 10, but consortia.yaml gives 11 (teams still in the race after "document-review"); expected the two to agree' },
      { file: 'program.yaml', path: 'program.stages[document-review].eliminated', message: 'states 5, but consortia.yaml gives 4 (history entries "eliminated" at "document-review"); expected the two to agree' },
      { file: 'program.yaml', path: 'program.stages[selection].teams', message: 'states 5, but consortia.yaml gives 6 (teams still in the race after "selection"); expected the two to agree' },
      { file: 'program.yaml', path: 'program.stages[first-evaluation].teams', message: 'states 3, but consortia.yaml gives 4 (teams still in the race after "first-evaluation"); expected the two to agree' },
      { file: 'program.yaml', path: 'program.stages[additional].teams', message: 'states 4, but consortia.yaml gives 5 (teams still in the race after "additional"); expected the two to agree' },
    ])
  })

  it('a done event known only to the month', () => {
    const texts = withEdit('timeline.yaml', (doc) => {
      doc.timeline[4].status = 'done'
    })
    expect(problemsOf(texts)).toContainEqual({
      file: 'timeline.yaml',
      path: 'timeline[2026-08].date',
      message: '"2026-08" gives only a month; expected a full date (YYYY-MM-DD) for an event marked done',
    })
  })

  describe('a review\'s published scoring', () => {
    const scoring = (change: (parts: any[]) => void) => problemsOf(withEdit('program.yaml', (doc) => {
      change(byId(doc.program.stages, 'first-evaluation').scoring.parts)
    }))

    it('parts that do not add up to 100', () => {
      expect(scoring((parts) => {
        parts[2].points = 20
      })).toEqual([{ file: 'program.yaml', path: 'program.stages[first-evaluation].scoring.parts', message: 'the parts\' points add up to 95; expected 100' }])
    })

    it('items that do not add up to their part', () => {
      expect(scoring((parts) => {
        parts[0].items[0].points = 25
      })).toEqual([{ file: 'program.yaml', path: 'program.stages[first-evaluation].scoring.parts[0].items', message: 'the items\' points add up to 35; expected the part\'s 40' }])
    })

    it('a top score above the points or below the average, and a top team the stage did not review', () => {
      expect(scoring((parts) => {
        parts[0].top = { consortia: ['lg'], score: 41 }
        parts[1].top = { consortia: ['kt'], score: 20 }
      })).toEqual([
        { file: 'program.yaml', path: 'program.stages[first-evaluation].scoring.parts[0].top.score', message: '41 is more than the 40 points; expected a score within the points' },
        { file: 'program.yaml', path: 'program.stages[first-evaluation].scoring.parts[1].top.score', message: '20 is below the average 28.56; expected the top score at or above the average' },
        { file: 'program.yaml', path: 'program.stages[first-evaluation].scoring.parts[1].top.consortia[0]', message: '"kt" has no history entry at "first-evaluation"; expected a team the stage reviewed' },
      ])
    })
  })

  it('has the rules the closing note counts, each of which a case above or in as-of.test.ts makes fail', () => {
    expect(Object.keys(crossCheckRules)).toEqual([
      'citedSourcesExist',
      'noUnusedSource',
      'uniqueIds',
      'datesInOrder',
      'historyStages',
      'countsAgree',
      'supportRecipients',
      'partnersOnce',
      'timelineConsortia',
      'statusAsOf',
      'asOfCoversData',
      'searchBehindAbsence',
      'scoringAddsUp',
      'reportedTotalsAgree',
      'ecosystemMarked',
      'findingAnswers',
      'glossaryTerms',
      'englishUnits',
    ])
  })

  describe('the record against the essay (record.yaml)', () => {
    const withTotals = (totals: object) => withEdit('program.yaml', (doc) => {
      byId(doc.program.stages, 'first-evaluation').scoring.totals = totals
    })
    // The fixture's first review published averages 30.4 (benchmarks) and 28.56 (experts) only; give every leaf an average.
    const withAverages = (totals: object) => {
      const texts = withTotals(totals)
      const program = parse(texts['program.yaml'])
      const scoring = byId(program.program.stages, 'first-evaluation').scoring
      scoring.parts[0].items = undefined
      scoring.parts[2].average = 20.76
      texts['program.yaml'] = stringify(program)
      return texts
    }
    // 30.4 + 28.56 + 20.76 = 79.72; five teams were reviewed.
    const five = (scores: number[]) => ['naver-cloud', 'upstage', 'skt', 'nc-ai', 'lg'].map((consortium, i) => ({ consortium, score: scores[i] }))

    it('accepts reported totals whose mean agrees with the published averages within rounding', () => {
      expect(problemsOf(withAverages({ published: false, reported: five([79.7, 78.0, 80.1, 70.0, 90.8]), sources: ['src-evaluation'] }))).toEqual([])
    })

    it('reported totals whose mean is off the published averages', () => {
      const problems = problemsOf(withAverages({ published: false, reported: five([79.7, 78.0, 80.1, 70.0, 92.8]), sources: ['src-evaluation'] }))
      expect(problems).toEqual([{
        file: 'program.yaml',
        path: 'program.stages[first-evaluation].scoring.totals.reported',
        message: 'the reported totals average 80.12, but the published averages add up to 79.72 (within ±0.11 from rounding); expected the outlet\'s totals to agree with the ministry\'s averages',
      }])
    })

    it('reported totals that leave out a reviewed team, or have no outlet', () => {
      const problems = problemsOf(withAverages({ published: false, reported: five([79.7, 78.0, 80.1, 70.0, 90.8]).slice(0, 4) }))
      expect(problems.map(p => `${p.path}: ${p.message.slice(0, 40)}`)).toEqual([
        'program.stages[first-evaluation].scoring.totals.sources: reported totals with no source; expected',
        'program.stages[first-evaluation].scoring.totals.reported: gives totals for naver-cloud, upstage, s',
      ])
    })

    it('unpublished totals that none reported need the search behind them', () => {
      expect(problemsOf(withTotals({ published: false }))).toEqual([{
        file: 'program.yaml',
        path: 'program.stages[first-evaluation].scoring.totals.searched',
        message: 'gives no team totals (unpublished, none reported), with no record of the search behind it; expected searched: { on: YYYY-MM-DD, where: [...], queries: [...] } saying where it was looked for, with what queries, and on what day',
      }])
      expect(problemsOf(withTotals({ published: false, searched: { on: '2026-03-01', where: ['pages corpus'], queries: ['총점'] } }))).toEqual([])
    })

    it('an ecosystem part with no mark, and a none-found mark with no search', () => {
      const texts = withEdit('record.yaml', (doc) => {
        doc.record.ecosystemNow = doc.record.ecosystemNow.filter((n: { part: string }) => n.part !== 'data')
        const governance = doc.record.ecosystemNow.find((n: { part: string }) => n.part === 'governance')
        governance.mark = 'none-found'
      })
      expect(problemsOf(texts).map(p => `${p.file} → ${p.path}`)).toEqual([
        'record.yaml → record.ecosystemNow[governance].searched',
        'record.yaml → record.ecosystemNow',
      ])
    })

    it('a finding marked done that says unknown, one planned that says yes, and one dated past the as-of date', () => {
      const texts = withEdit('record.yaml', (doc) => {
        const [done, planned] = doc.record.asks[0].record
        done.answers = 'unknown'
        planned.answers = 'yes'
        planned.date = '2026-02'
      })
      expect(problemsOf(texts).map(p => `${p.file} → ${p.path}`)).toEqual([
        'record.yaml → record.asks[separate-programme].record[service-launch].status',
        'record.yaml → record.asks[separate-programme].record[added-team].answers',
        'record.yaml → record.asks[separate-programme].record[service-launch].answers',
      ])
    })

    it('a thing not found needs a search on or after the as-of date', () => {
      const texts = withEdit('record.yaml', (doc) => {
        doc.record.asks[0].notFound = [{ what: '분과 논의', en: { what: 'A working group' }, searched: { on: '2026-02-28', where: ['pages corpus'], queries: ['분과'] } }]
      })
      expect(problemsOf(texts).map(p => `${p.file} → ${p.path}`)).toEqual(['record.yaml → record.asks[separate-programme].notFound[0].searched.on'])
    })
  })
})

describe('the as-of date and the glossary', () => {
  // The fixture is checked as of 2026-03-01; its second evaluation is planned for 2026-08-01, its timeline's for 2026-08.
  it('a planned stage and a planned event dated before the as-of date', () => {
    const problems = problemsOf(withEdit('as-of.yaml', (doc) => {
      doc.asOf = '2026-09-01'
    }))
    expect(problems.map(p => `${p.file} → ${p.path}`)).toEqual([
      'program.yaml → program.stages[second-evaluation].status',
      'timeline.yaml → timeline[2026-08].status',
    ])
    expect(problems[0]!.message).toBe('marked planned for 2026-08-01, which is not after the as-of date 2026-09-01 (data/as-of.yaml); expected status: done with a source that reports what happened, or status: unreported when no source does')
  })

  /** The fixture moved to 2026-09-01 with its August items marked unreported, each with `searched` (or none). */
  function unreportedAsOfSeptember(searched?: object): Record<DataFileName, string> {
    const texts = withEdit('as-of.yaml', (doc) => {
      doc.asOf = '2026-09-01'
    })
    const program = parse(texts['program.yaml'])
    const stage = program.program.stages.find((s: { id: string }) => s.id === 'second-evaluation')
    Object.assign(stage, { status: 'unreported' }, searched && { searched })
    texts['program.yaml'] = stringify(program)
    const timeline = parse(texts['timeline.yaml'])
    Object.assign(timeline.timeline[4], { status: 'unreported' }, searched && { searched })
    texts['timeline.yaml'] = stringify(timeline)
    return texts
  }
  const search = { on: '2026-09-01', where: ['pages corpus', 'code corpus'], queries: ['2차 평가 결과'] }

  it('accepts the same items once marked unreported, each with the search behind it', () => {
    expect(problemsOf(unreportedAsOfSeptember(search))).toEqual([])
  })

  it('an unreported item with no record of the search behind it', () => {
    const problems = problemsOf(unreportedAsOfSeptember())
    expect(problems.map(p => `${p.file} → ${p.path}`)).toEqual([
      'program.yaml → program.stages[second-evaluation].searched',
      'timeline.yaml → timeline[2026-08].searched',
    ])
    expect(problems[0]!.message).toBe('marked unreported, with no record of the search behind it; expected searched: { on: YYYY-MM-DD, where: [...], queries: [...] } saying where it was looked for, with what queries, and on what day')
  })

  it('a search record older than the as-of date', () => {
    const problems = problemsOf(unreportedAsOfSeptember({ ...search, on: '2026-08-31' }))
    expect(problems.map(p => `${p.file} → ${p.path}`)).toEqual([
      'program.yaml → program.stages[second-evaluation].searched.on',
      'timeline.yaml → timeline[2026-08].searched.on',
    ])
    expect(problems[0]!.message).toBe('the search was made on 2026-08-31, before the as-of date 2026-09-01 (data/as-of.yaml); expected the search repeated on or after the as-of date (and its date updated), or the item updated from what the new search found')
  })

  it('a search record without its queries', () => {
    const problems = problemsOf(unreportedAsOfSeptember({ on: '2026-09-01', where: ['pages corpus'] }))
    expect(problems).toContainEqual({ file: 'timeline.yaml', path: 'timeline[2026-08].searched.queries', message: 'missing; expected a list' })
  })

  describe('a release whose size or licence is not given', () => {
    const withRelease = (release: object) => withEdit('consortia.yaml', (doc) => {
      byId(doc.consortia, 'lg').releases = [{ name: 'Model X', date: '2026-01-10', openWeights: true, sources: ['src-evaluation'], ...release }]
    })
    const licence = [{ name: 'Apache 2.0', sources: ['src-evaluation'] }]

    it('needs the search of its card and README', () => {
      expect(problemsOf(withRelease({ parameters: { total: '32B' } }))).toEqual([{
        file: 'consortia.yaml',
        path: 'consortia[lg].releases[2026-01-10].searched',
        message: '"Model X" gives no licence, with no record of the search behind it; expected searched: { on: YYYY-MM-DD, where: [...], queries: [...] } saying where it was looked for, with what queries, and on what day',
      }])
      expect(problemsOf(withRelease({}))[0]!.message).toMatch(/^"Model X" gives no size and no licence, with no record/)
    })

    it('passes with a current search, fails with an old one, and needs none once both are given', () => {
      expect(problemsOf(withRelease({ searched: { ...search, on: '2026-03-01' } }))).toEqual([])
      expect(problemsOf(withRelease({ searched: { ...search, on: '2026-02-28' } })).map(p => p.path)).toEqual(['consortia[lg].releases[2026-01-10].searched.on'])
      expect(problemsOf(withRelease({ parameters: { total: '32B' }, licence }))).toEqual([])
    })
  })

  it('an unreported event that is not due yet', () => {
    const problems = problemsOf(withEdit('timeline.yaml', (doc) => {
      Object.assign(doc.timeline[4], { status: 'unreported', searched: { on: '2026-03-01', where: ['pages corpus'], queries: ['2차 평가'] } })
    }))
    expect(problems).toEqual([{ file: 'timeline.yaml', path: 'timeline[2026-08].status', message: 'marked unreported for 2026-08, which is after the as-of date 2026-03-01 (data/as-of.yaml); expected status: planned' }])
  })

  it('an as-of date before the latest sourced event', () => {
    const problems = problemsOf(withEdit('as-of.yaml', (doc) => {
      doc.asOf = '2026-02-01'
    }))
    expect(problems).toEqual([{ file: 'as-of.yaml', path: 'asOf', message: expect.stringMatching(/^2026-02-01 is before .+, dated 2026-02-20; expected the as-of date on or after the latest sourced event/) }])
  })

  it('an event without a source', () => {
    const problems = problemsOf(withEdit('timeline.yaml', (doc) => {
      doc.timeline[1].sources = []
    }))
    expect(problems).toEqual([{ file: 'timeline.yaml', path: 'timeline[2025-08-04].sources', message: 'expected at least one source id, got a list' }])
  })

  it('a glossary variant in the data', () => {
    const problems = problemsOf(withEdit('program.yaml', (doc) => {
      doc.program.stages[1].name.ko = '서류 평가'
    }))
    expect(problems).toEqual([{ file: 'program.yaml', path: `program.stages[${parse(validTexts()['program.yaml']).program.stages[1].id}].name.ko`, message: 'uses "서류 평가"; expected the glossary\'s term "서면평가" (data/glossary.yaml)' }])
  })

  it('a glossary variant that a preferred term contains', () => {
    const problems = problemsOf(withEdit('glossary.yaml', (doc) => {
      doc.glossary[0].variants.push('면평')
    }))
    expect(problems).toContainEqual({ file: 'glossary.yaml', path: 'glossary[0].variants[1]', message: '"면평" is part of the term "서면평가"; expected variants that no preferred term contains' })
  })
})
