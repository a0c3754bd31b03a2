/**
 * The charts that put facts back on screen and the closing section's pictures:
 * partners by name, why teams were cut, the essay's asks beside the record and
 * its worries beside what happened. Each is checked on the deck's data in both
 * editions: every fact shown, in order, inside its picture.
 */
import type { DeckData } from '../../lib/data/schema'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asksChart } from '../../lib/charts/asks-record'
import { eliminationsChart } from '../../lib/charts/eliminations'
import { TEXT } from '../../lib/charts/frame'
import { partnersChart } from '../../lib/charts/partners'
import { textWidth } from '../../lib/charts/scale'
import { worriesChart } from '../../lib/charts/worries'
import { localizedData } from '../../lib/i18n'
import { en } from '../../lib/i18n/en'
import { ko } from '../../lib/i18n/ko'
import { loadDeckData } from '../../node/load-data'

const data = loadDeckData(resolve(__dirname, '../../data'))
const editions = [['ko', data, ko], ['en', localizedData(data, 'en'), en]] as const
const five = ['naver-cloud', 'upstage', 'skt', 'nc-ai', 'lg-ai-research']

describe.each(editions)('partners by name (%s)', (lang, deck, ui) => {
  const chart = partnersChart(deck, five, ui)

  it('names every partner of every team once, companies on their own line', () => {
    for (const [t, team] of five.map(id => deck.consortia.find(c => c.id === id)!).entries()) {
      const shown = chart.teams[t]!.names
      expect(shown.map(n => n.text).sort()).toEqual(team.partners!.map(p => p.name[lang]).sort())
      const companies = team.partners!.filter(p => p.kind === 'company').map(p => p.name[lang])
      expect(chart.teams[t]!.kinds.filter(k => k.text === ui.partners.companies).length).toBe(companies.length ? 1 : 0)
      // The other bodies start on a line below the companies' last.
      const lastCompany = Math.max(...shown.filter(n => companies.includes(n.text)).map(n => n.y))
      for (const other of shown.filter(n => !companies.includes(n.text)))
        expect(other.y, other.text).toBeGreaterThan(lastCompany)
    }
  })

  it('marks a partner shared when two or more of the teams have it (KAIST in four, SNU in three)', () => {
    const shared = new Set(chart.teams.flatMap(t => t.names.filter(n => n.shared).map(n => n.text)))
    const kaist = 'KAIST'
    const snu = lang === 'ko' ? '서울대' : 'Seoul National University'
    expect(shared.has(kaist)).toBe(true)
    expect(shared.has(snu)).toBe(true)
    const teamsWith = (name: string) => chart.teams.filter(t => t.names.some(n => n.text === name)).length
    expect(teamsWith(kaist)).toBe(4)
    expect(teamsWith(snu)).toBe(3)
    for (const name of shared)
      expect(teamsWith(name), name).toBeGreaterThan(1)
  })

  it('keeps every name inside the picture\'s width, with a dot between two names on a line and none at a line\'s end', () => {
    for (const team of chart.teams) {
      for (const mark of team.names)
        expect(mark.x + textWidth(mark.text, TEXT.body, mark.shared ? 'bold' : 'regular'), mark.text).toBeLessThanOrEqual(chart.width)
      for (const dot of team.dots) {
        const before = team.names.filter(n => n.y === dot.y && n.x < dot.x).at(-1)!
        const after = team.names.find(n => n.y === dot.y && n.x > dot.x)
        expect(after, `the dot after ${before.text}`).toBeDefined()
        expect(dot.x).toBeGreaterThan(before.x + textWidth(before.text, TEXT.body, before.shared ? 'bold' : 'regular'))
      }
      expect(team.dots).toHaveLength(team.names.length - new Set(team.names.map(n => n.y)).size)
    }
  })
})

describe.each(editions)('why teams were cut (%s)', (_, deck, ui) => {
  it('lists each team cut after it was selected, in date order, with its stage and reason', () => {
    const chart = eliminationsChart(deck, ui)
    expect(chart.rows.map(r => r.lead.text)).toEqual(['naver-cloud', 'nc-ai', 'motif-technologies'].map(id => deck.consortia.find(c => c.id === id)!.lead.name[ui.lang]))
    const reasons = chart.rows.map(r => r.reason.map(l => l.text).join(' '))
    expect(reasons[1]).toBe(deck.consortia.find(c => c.id === 'nc-ai')!.history.find(h => h.outcome === 'eliminated')!.reason)
    expect(chart.rows[2]!.when.text).toContain(ui.date('2026-08-18'))
    for (const row of chart.rows) {
      expect(row.when.y).toBe(row.lead.y)
      expect(row.when.x).toBeGreaterThan(textWidth(row.lead.text, TEXT.heading, 'bold'))
      expect(row.reason[0]!.y).toBeGreaterThan(row.lead.y)
    }
  })

  it('stops with the file and team when a cut team has no reason', () => {
    const copy = structuredClone(deck) as DeckData
    delete copy.consortia.find(c => c.id === 'nc-ai')!.history.find(h => h.outcome === 'eliminated')!.reason
    expect(() => eliminationsChart(copy, ui)).toThrow('data/consortia.yaml → consortia[nc-ai].history (first-evaluation): no reason')
  })
})

describe.each(editions)('the essay\'s asks beside the record (%s)', (_, deck, ui) => {
  const chart = asksChart(deck, ui)

  it('has a row for each ask, each finding marked by how it answers, in date order, and says what was not found', () => {
    expect(chart.rows.map(r => r.name.text)).toEqual(deck.record.asks.map(a => a.label[ui.lang]))
    deck.record.asks.forEach((ask, i) => {
      const byDate = [...ask.record].sort((a, b) => (a.date < b.date ? -1 : 1))
      expect(chart.rows[i]!.marks.map(m => [m.label.text, m.answers])).toEqual(byDate.map(f => [f.label, f.answers]))
      expect(chart.rows[i]!.notFound?.text).toBe(ask.notFound?.length ? ui.asks.notFoundCount(ask.notFound.length) : undefined)
    })
    expect(chart.rows.flatMap(r => r.marks.map(m => m.answers))).toEqual(expect.arrayContaining(['yes', 'partly', 'against', 'unknown']))
  })

  it('states each finding\'s date and answer in its description', () => {
    for (const finding of deck.record.asks.flatMap(a => a.record))
      expect(chart.description).toContain(`${finding.label} (${ui.date(finding.date)}, ${ui.asks.answers[finding.answers]})`)
  })

  it('keeps each row\'s labels inside the picture, or stops naming the ask', () => {
    for (const row of chart.rows) {
      const last = row.marks.at(-1)!
      expect(last.label.x + textWidth(last.label.text, TEXT.dense)).toBeLessThanOrEqual(chart.width)
      // Each mark sits on its label's line, before it, and clear of the label before it.
      row.marks.forEach((mark, m) => {
        const centre = mark.circle ?? { cx: Number(mark.path!.split(' ')[1]) + 7, cy: row.name.y - 6 }
        expect(centre.cy).toBe(row.name.y - 6)
        expect(centre.cx).toBeLessThan(mark.label.x)
        if (m > 0)
          expect(centre.cx - 8).toBeGreaterThan(row.marks[m - 1]!.label.x + textWidth(row.marks[m - 1]!.label.text, TEXT.dense))
      })
    }
    const copy = structuredClone(deck) as DeckData
    copy.record.asks[0]!.record.forEach(f => (f.label = 'WWWWWWWWWWWW'))
    copy.record.asks[0]!.record.push(...structuredClone(copy.record.asks[0]!.record))
    expect(() => asksChart(copy, ui)).toThrow(`data/record.yaml → record.asks[${copy.record.asks[0]!.id}]`)
  })
})

describe.each(editions)('the essay\'s worries beside what happened (%s)', (_, deck, ui) => {
  it('gives each worry its verdict in words and what happened, what cuts against the essay included', () => {
    const chart = worriesChart(deck, ui)
    expect(chart.rows.map(r => [r.name.text, r.verdictText.text])).toEqual(deck.record.worries.map(w => [w.label[ui.lang], ui.worries.verdicts[w.verdict]]))
    expect(chart.rows.map(r => r.verdict)).toContain('not-borne-out')
    chart.rows.forEach((row, i) => {
      expect(row.happened.map(l => l.text).join(' ')).toBe(deck.record.worries[i]!.happened)
      for (const line of row.happened)
        expect(line.x + textWidth(line.text, TEXT.body)).toBeLessThanOrEqual(chart.width)
      // Borne out a disc, mixed a ring half filled, not borne out a ring.
      expect([row.mark.circle?.r, row.mark.path !== undefined]).toEqual(({ 'borne-out': [8, false], 'mixed': [7, true], 'not-borne-out': [7, false] } as const)[row.verdict])
    })
  })

  it('stops when what happened takes more than two lines', () => {
    const copy = structuredClone(deck) as DeckData
    copy.record.worries[0]!.happened = '가 '.repeat(200)
    expect(() => worriesChart(copy, ui)).toThrow('expected at most 2')
  })
})
