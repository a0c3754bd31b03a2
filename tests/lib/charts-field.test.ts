/**
 * The field chart: one bar per step as long as the teams left, the steps as
 * the essay saw them or as of the deck's date, every label inside the width
 * and clear of the others and of the bars, in the edition's language.
 */
import type { DeckData } from '../../lib/data/schema'
import type { UiStrings } from '../../lib/i18n/strings'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fieldChart } from '../../lib/charts/field'
import { TEXT } from '../../lib/charts/frame'
import { essayMoment } from '../../lib/data/race'
import { fieldSteps } from '../../lib/data/views'
import { localizedData } from '../../lib/i18n'
import { en } from '../../lib/i18n/en'
import { ko } from '../../lib/i18n/ko'
import { loadDeckData } from '../../node/load-data'
import { expectReadable as expectReadableMarks, rectBox, textBoxOf } from './chart-boxes'

const data = loadDeckData(resolve(__dirname, '../../data'))
const fixture = loadDeckData(resolve(__dirname, '../fixtures/data/valid'))

function chartOf(deck: DeckData, ui: UiStrings, at: 'essay' | 'latest', width?: number) {
  const localized = localizedData(deck, ui.lang)
  const moment = at === 'essay' ? ui.race.essayMoment(essayMoment(localized)!) : ui.asOf(localized.asOf)
  return fieldChart(fieldSteps(localized, at, ui), ui, { moment, width })
}

/** Every label and bar the component draws, where it draws them: inside the chart, none over another. */
function expectReadable(chart: ReturnType<typeof fieldChart>): void {
  const texts = chart.rows.flatMap(row => [
    textBoxOf({ ...row.label, text: row.label.name }, TEXT.body, 'bold', row.label.width),
    textBoxOf({ ...row.after, text: row.after.count }, TEXT.body, 'bold', row.after.width),
  ])
  if (chart.plan)
    texts.push(textBoxOf(chart.plan, TEXT.body, 'regular', chart.plan.width))
  const bars = chart.rows.map(row => rectBox(`bar of ${row.label.name}`, { ...row.bar, width: row.bar.width + (row.joined?.width ?? 0) }))
  expectReadableMarks(chart, texts, bars)
}

describe.each([['ko', ko], ['en', en]] as const)('the %s field chart', (_, ui) => {
  const latest = chartOf(data, ui, 'latest')
  const essay = chartOf(data, ui, 'essay')

  it('narrows 15 → 10 → 5 → 3, grows to 4 with the added team, then 3, with 2 planned', () => {
    expect(latest.rows.map(r => r.after.count)).toEqual([
      ...[15, 10, 5, 3, 4, 3].map(n => ui.race.teams(n)),
      ui.field.planned(ui.race.teams(2)),
    ])
    expect(latest.rows.map(r => r.status)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'planned'])
  })

  it('draws each bar as long as the teams left', () => {
    for (const row of latest.rows)
      expect((row.bar.width + (row.joined?.width ?? 0)) / latest.perTeam).toBeCloseTo(Number(/\d+/.exec(row.after.count)![0]), 6)
    expect(latest.rows[0]!.bar.width / latest.rows[3]!.bar.width).toBeCloseTo(15 / 3, 6)
    // Every bar starts at the chart's left edge, under its label.
    expect(latest.rows.map(r => r.bar.x)).toEqual(latest.rows.map(r => r.label.x))
  })

  it('shares one bar between the presentation review and the selection it was announced with', () => {
    const both = latest.rows[2]!
    expect(both.label.name).toBe(`${data.program.stages[2]!.name[ui.lang]} → ${data.program.stages[3]!.name[ui.lang]}`)
    expect(both.label.when).toBe(ui.date('2025-08-04'))
  })

  it('shows the change at each stage, the added team apart, and names the few teams that moved', () => {
    expect(latest.rows.map(r => r.after.change?.split(' ')[0])).toEqual([undefined, '\u22125', '\u22125', '\u22122', '+1', '\u22121', undefined])
    const added = latest.rows[4]!
    expect(added.joined!.width).toBeCloseTo(latest.perTeam, 6)
    expect(added.joined!.x).toBeCloseTo(added.bar.x + added.bar.width, 6)
    expect(latest.rows.filter(r => r.joined)).toEqual([added])
    expect(added.after.change).toBe(`+1 ${data.consortia.find(c => c.id === 'motif-technologies')!.lead.name[ui.lang]}`)
    // Five names would not be read at a glance: the count alone.
    expect(latest.rows[1]!.after.change).toBe('\u22125')
  })

  it('puts the accent on the latest stage that happened', () => {
    expect(latest.rows.filter(r => r.accent).map(r => r.label.name)).toEqual([data.program.stages.find(s => s.id === 'second-evaluation')!.name[ui.lang]])
    expect(essay.rows.filter(r => r.accent).map(r => r.after.count)).toEqual([ui.race.teams(5)])
  })

  it('as the essay saw it: three counted stages, the rest one line of plans with no count', () => {
    expect(essay.rows.map(r => r.after.count)).toEqual([15, 10, 5].map(n => ui.race.teams(n)))
    const names = ['first-evaluation', 'second-evaluation', 'final-selection'].map(id => data.program.stages.find(s => s.id === id)!.name[ui.lang])
    expect(essay.plan?.text).toBe(ui.field.plan(names))
    // The additional call was no part of the plan the essay saw.
    expect(essay.description).not.toContain(data.program.stages.find(s => s.id === 'additional-call')!.name[ui.lang])
    expect(essay.title).toContain(ui.date(essayMoment(data)!))
  })

  it('fits 860 px wide and 380 px high, with no label over another or over a bar', () => {
    for (const chart of [latest, essay]) {
      expect(chart.width).toBe(860)
      expect(chart.height).toBeLessThanOrEqual(380)
      expectReadable(chart)
    }
  })

  it('states every count, date and team that moved in its description, and its moment in the title', () => {
    expect(latest.title).toBe(ui.field.title(ui.asOf(data.asOf)))
    for (const text of [ui.race.teams(15), ui.race.teams(10), ui.race.teams(4), ui.field.planned(ui.race.teams(2)), ui.date('2026-01-15'), ui.date('2026-08-18'), 'NC AI'])
      expect(latest.description).toContain(text)
    expect(latest.description).toContain(`${ui.race.joined} 1`)
  })

  it('speaks the edition\'s language', () => {
    const words = [latest, essay].flatMap(chart => [chart.title, chart.description, chart.plan?.text ?? '', ...chart.rows.flatMap(r => [r.label.name, r.label.when ?? '', r.after.count, r.after.change ?? ''])]).join('\n')
    if (ui.lang === 'en')
      expect(words).not.toMatch(/[\u3131-\u318E\uAC00-\uD7A3]/)
    else
      expect(words.replace(/\b(?:NC AI|KT|KAIST|AI)\b/g, '')).not.toMatch(/\b(?:teams?|planned|out|joined|as of)\b/i)
  })
})

describe('the field chart on other data', () => {
  it('the test data set as of March 2026: the second review and the final still planned, dashed', () => {
    const chart = chartOf(fixture, ko, 'latest')
    expect(chart.rows.map(r => [r.after.count, r.status])).toEqual([
      ['15개 팀', 'done'],
      ['10개 팀', 'done'],
      ['5개 팀', 'done'],
      ['3개 팀', 'done'],
      ['4개 팀', 'done'],
      ['3개 팀 예정', 'planned'],
      ['2개 팀 예정', 'planned'],
    ])
    expect(chart.rows.find(r => r.accent)?.after.count).toBe('4개 팀')
    expectReadable(chart)
  })

  it.each([['ko', ko], ['en', en]] as const)('(%s) a stage due with no reported outcome keeps its stated count, dashed, and says so', (_, ui) => {
    const copy = structuredClone(data)
    copy.program.stages.find(s => s.id === 'second-evaluation')!.status = 'unreported'
    const chart = chartOf(copy, ui, 'latest')
    const row = chart.rows.find(r => r.status === 'unreported')!
    expect(row.after.count).toBe(ui.field.unreported(ui.race.teams(3)))
    expect(row.after.change).toBeUndefined()
    expect(chart.rows.find(r => r.accent)?.after.count).toBe(ui.race.teams(4))
    expect(chart.description).toContain(ui.status.unreported)
    expectReadable(chart)
  })

  it('a chart too narrow for its labels stops with the label that does not fit', () => {
    expect(() => chartOf(data, en, 'latest', 300)).toThrow('"Presentation review → Elite teams selected" is wider than the chart\'s 300 px')
  })

  it('steps with no count cannot be drawn', () => {
    expect(() => fieldChart([{ id: 'final', name: '최종', status: 'planned', left: [], joined: [] }], ko, { moment: '' })).toThrow('at least one step with teams')
  })
})
