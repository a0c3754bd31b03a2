/**
 * The releases chart: sizes read from the data as written, bars to one scale
 * with the active parameters inside, every label inside the width and clear
 * of the others and of the bars, and words in the edition's language.
 */
import type { Box } from '../../lib/charts/scale'
import type { DeckData } from '../../lib/data/schema'
import type { UiStrings } from '../../lib/i18n/strings'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEXT } from '../../lib/charts/frame'
import { parameterBillions, releasesChart } from '../../lib/charts/releases'
import { licenceInBrief, teamReleases } from '../../lib/data/views'
import { localizedData } from '../../lib/i18n'
import { en } from '../../lib/i18n/en'
import { ko } from '../../lib/i18n/ko'
import { loadDeckData } from '../../node/load-data'
import { expectReadable, rectBox, textBoxOf } from './chart-boxes'

const data = loadDeckData(resolve(__dirname, '../../data'))
/** The four teams the second-stage review judged, as the aftermath's slide lists them. */
const FOUR = ['lg-ai-research', 'skt', 'upstage', 'motif-technologies']

function chartOf(deck: DeckData, ui: UiStrings, teams: string[] = FOUR, firstAndLatest = true) {
  return releasesChart(teamReleases(localizedData(deck, ui.lang), teams, { firstAndLatest, ui }), ui)
}

/** Every label and bar the component draws, where it draws them. */
function marks(chart: ReturnType<typeof releasesChart>): { texts: Box[], bars: Box[] } {
  const texts: Box[] = []
  const bars: Box[] = []
  for (const team of chart.teams) {
    texts.push(textBoxOf(team.name, TEXT.body, 'bold'))
    if (team.none)
      texts.push(textBoxOf(team.none, TEXT.body))
    for (const bar of team.bars) {
      const weight = bar.latest ? 'bold' : 'regular'
      texts.push(textBoxOf(bar.label, TEXT.body, weight), textBoxOf(bar.value, TEXT.body, weight))
      if (bar.total)
        bars.push(rectBox(`bar of ${bar.label.text}`, bar.total))
    }
  }
  return { texts, bars }
}

describe('parameterBillions', () => {
  it.each([
    ['236B', 236],
    ['102.6B', 102.6],
    ['13.2B', 13.2],
    [' 8 b ', 8],
    ['1,000B', 1000],
    ['1.2T', 1200],
    ['350M', 0.35],
  ])('reads %j as %d billion', (size, billions) => {
    expect(parameterBillions(size)).toBeCloseTo(billions, 9)
  })

  it.each(['', 'B', '236', 'about 236B', '1.2.3B', '-5B', '236GB', '236 B active', '1,00B'])('refuses %j, quoting it', (size) => {
    expect(() => parameterBillions(size)).toThrow(`got "${size}"`)
  })
})

describe('licenceInBrief', () => {
  it('names open licences and calls any other the team\'s own', () => {
    expect(licenceInBrief(['Apache 2.0'], ko)).toBe('Apache-2.0')
    expect(licenceInBrief(['Apache License, Version 2.0'], en)).toBe('Apache-2.0')
    expect(licenceInBrief(['MIT'], en)).toBe('MIT')
    expect(licenceInBrief(['K-EXAONE AI Model License Agreement'], ko)).toBe('자체 라이선스')
    expect(licenceInBrief(['EXAONE AI Model License Agreement 1.2 - NC'], en)).toBe('custom licence, non-commercial')
    expect(licenceInBrief([], ko)).toBe('라이선스 미확인')
  })

  it('joins licences the sources disagree on only where their words differ', () => {
    expect(licenceInBrief(['Upstage Solar License', 'Solar-Apache License 2.0'], ko)).toBe('자체 라이선스')
    expect(licenceInBrief(['Apache 2.0', 'Upstage Solar License'], en)).toBe('Apache-2.0 / custom licence')
  })
})

describe.each([['ko', ko], ['en', en]] as const)('the %s releases chart', (_, ui) => {
  const chart = chartOf(data, ui)
  const views = teamReleases(localizedData(data, ui.lang), FOUR, { firstAndLatest: true, ui })

  it('draws each team\'s first and latest release, the latest last and in the accent', () => {
    // Motif Technologies' first model is its latest: its preview, replaced by the final release, is left out.
    expect(chart.teams.map(t => t.bars.length)).toEqual([2, 2, 2, 1])
    for (const team of chart.teams)
      expect(team.bars.map(b => b.latest)).toEqual(team.bars.length === 2 ? [false, true] : [true])
    expect(chart.teams[0]!.bars.map(b => b.label.text)).toEqual(['K-EXAONE', 'K-EXAONE 2.0'])
  })

  it('draws total and active parameters to one scale', () => {
    const bars = chart.teams.flatMap(t => t.bars)
    const releases = views.flatMap(v => v.releases)
    bars.forEach((bar, i) => {
      const release = releases[i]!
      expect(bar.total!.width).toBeCloseTo(parameterBillions(release.total!) * chart.perBillion, 6)
      expect(bar.active!.width).toBeCloseTo(parameterBillions(release.active!) * chart.perBillion, 6)
      // Active inside total: the same start and band.
      expect([bar.active!.x, bar.active!.y, bar.active!.height]).toEqual([bar.total!.x, bar.total!.y, bar.total!.height])
      expect(bar.total!.x).toBe(chart.barX)
    })
    // K-EXAONE 2.0 against K-EXAONE: 750B against 236B.
    const [first, latest] = chart.teams[0]!.bars
    expect(latest!.total!.width / first!.total!.width).toBeCloseTo(750 / 236, 6)
  })

  it('labels each bar with its size and active parameters after it, and the licence on the latest and on a first that differs', () => {
    const [first, latest] = chart.teams[0]!.bars
    expect(latest!.value.text).toBe(`750B (${ui.releases.active('37B')}) · Apache-2.0`)
    expect(first!.value.text).toBe(`236B (${ui.releases.active('23B')}) · ${ui.releasesChart.licence.own}`)
    expect(latest!.value.x).toBeGreaterThan(latest!.total!.x + latest!.total!.width)
    expect(chart.teams[3]!.bars[0]!.value.text).toBe(`314B (${ui.releases.active('13.2B')}) · MIT`)
    // SK Telecom's first and latest are both Apache-2.0: the first says its size only.
    expect(chart.teams[1]!.bars[0]!.value.text).toBe(`519B (${ui.releases.active('33B')})`)
  })

  it('fits 860 px wide and 380 px high, with no label over another, over a bar or across a rule', () => {
    expect(chart.width).toBe(860)
    expect(chart.height).toBeLessThanOrEqual(380)
    const { texts, bars } = marks(chart)
    expectReadable(chart, texts, bars)
    for (const text of texts) {
      for (const rule of chart.teams.flatMap(t => t.rule ? [t.rule] : []))
        expect(text.y1 < rule.y1 && rule.y1 < text.y2, `${text.what} crosses the rule at ${rule.y1}`).toBe(false)
    }
    expect(chart.teams.map(t => t.rule?.x2)).toEqual([undefined, chart.width, chart.width, chart.width])
  })

  it('states every size, date and licence in its description', () => {
    expect(chart.title).toBe(ui.releasesChart.title)
    for (const text of ['236B', '750B', '37B', '519B', '688B', '102.6B', '250B', '314B', '13.2B', 'Apache-2.0', 'MIT', ui.date('2026-07-31'), ui.date('2025-12-28'), ui.releasesChart.licence.own])
      expect(chart.description).toContain(text)
  })

  it('speaks the edition\'s language', () => {
    const words = [chart.title, chart.description, ...chart.teams.flatMap(t => [t.name.text, ...t.bars.flatMap(b => [b.label.text, b.value.text])])].join('\n')
    if (ui.lang === 'en')
      expect(words).not.toMatch(/[\u3131-\u318E\uAC00-\uD7A3]/)
    else
      expect(words).not.toMatch(/\b(?:active|licen[cs]e|own|unconfirmed|first|latest)\b/i)
  })

  it('shows every release of a team without firstAndLatest, only the last in the accent', () => {
    const all = chartOf(data, ui, ['lg-ai-research'], false)
    expect(all.teams[0]!.bars.map(b => [b.label.text.split(' · ')[0], b.latest])).toEqual([['K-EXAONE', false], ['EXAONE 4.5', false], ['K-EXAONE 2.0', true]])
  })
})

describe('releases the data cannot size', () => {
  /** The real data with the sizes of NC AI's release (VAETKI) replaced: none, or as given. */
  function withVaetki(parameters: { total: string, active?: string } | undefined): DeckData {
    const copy = structuredClone(data)
    copy.consortia.find(c => c.id === 'nc-ai')!.releases![0]!.parameters = parameters
    return copy
  }

  it.each([['ko', ko], ['en', en]] as const)('(%s) a release with no size gets no bar but says its size is unconfirmed', (_, ui) => {
    const chart = chartOf(withVaetki(undefined), ui, ['nc-ai', 'lg-ai-research'])
    const vaetki = chart.teams[0]!.bars[0]!
    expect(vaetki.total).toBeUndefined()
    expect(vaetki.value.text.startsWith(`${ui.releasesChart.sizeUnconfirmed} · `)).toBe(true)
    expect(vaetki.value.x).toBe(chart.barX)
    expect(chart.description).toContain(ui.releasesChart.sizeUnconfirmed)
    // The other team's bars keep their scale.
    expect(chart.teams[1]!.bars[0]!.total!.width).toBeCloseTo(236 * chart.perBillion, 6)
  })

  it('a size it cannot read stops the chart, naming the team, the release and the field', () => {
    expect(() => chartOf(withVaetki({ total: 'about 112B' }), ko, ['nc-ai']))
      .toThrow('data/consortia.yaml → consortia[nc-ai].releases["VAETKI"].parameters.total: expected a size like "102.6B" (billions), "1.2T" or "350M", got "about 112B"')
    expect(() => chartOf(withVaetki({ total: '112B', active: '10 billion' }), ko, ['nc-ai']))
      .toThrow('consortia[nc-ai].releases["VAETKI"].parameters.active')
    expect(() => chartOf(withVaetki({ total: '10B', active: '112B' }), ko, ['nc-ai']))
      .toThrow('consortia[nc-ai].releases["VAETKI"].parameters.active: 112B active is more than the 10B in all')
  })

  it('a team id that names no consortium stops the chart, naming it', () => {
    expect(() => chartOf(data, ko, ['lg-ai-research', 'no-such-team'])).toThrow('data/consortia.yaml has no consortium "no-such-team"')
  })

  it('a team with no release says so instead of drawing bars', () => {
    const chart = chartOf(data, ko, ['kakao', 'skt'])
    expect(chart.teams[0]!.bars).toEqual([])
    expect(chart.teams[0]!.none).toEqual({ text: ko.releasesChart.none, x: chart.barX, y: chart.teams[0]!.name.y })
    expect(chart.description).toContain(`카카오: ${ko.releasesChart.none}`)
  })
})
