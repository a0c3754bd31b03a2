/**
 * The consortia's partners by name, readable at the slide's size: for each
 * team its lead, then its partners in two lines of kind (companies; universities
 * and other bodies), wrapped to the width. A partner that also sits in
 * another selected team is set bold in the accent, so the overlap between
 * teams is seen, not only counted.
 */
import type { Consortium, DeckData } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Chart, TextMark } from './frame'
import { CHART_WIDTH, TEXT } from './frame'
import { textWidth } from './scale'

const LINE = 25
const TEAM_GAP = 14
const GAP = 20
const KIND_GAP = 10

export interface PartnerName extends TextMark {
  /** The partner is also in another of the teams given (the overlap the slide shows). */
  shared: boolean
}

export interface PartnersTeam {
  lead: TextMark
  count: number
  /** "기업" or "대학·기관", on the first line of its kind only. */
  kinds: TextMark[]
  names: PartnerName[]
  /** The middle dots between names on a line. */
  dots: TextMark[]
}

export interface PartnersChart extends Chart {
  teams: PartnersTeam[]
  /** The line over the lists that says what bold means. */
  key: TextMark
}

const key = (name: { ko: string }) => name.ko.trim()

/**
 * The partners of `teams` (consortium ids). `among` is the set of teams an
 * overlap is counted in (by default the same teams); a partner in two or more
 * of them is marked shared.
 */
export function partnersChart(data: Pick<DeckData, 'consortia'>, teams: readonly string[], ui: UiStrings, options: { width?: number, among?: readonly string[] } = {}): PartnersChart {
  const width = options.width ?? CHART_WIDTH
  const find = (id: string): Consortium => {
    const team = data.consortia.find(c => c.id === id)
    if (!team)
      throw new Error(`data/consortia.yaml has no consortium "${id}"; expected one of ${data.consortia.map(c => c.id).join(', ')}`)
    if (!team.partners?.length)
      throw new Error(`data/consortia.yaml → consortia[${id}].partners: none listed; expected the partners the chart names`)
    return team
  }
  const shown = teams.map(find)
  const counted = (options.among ?? teams).map(find)
  const teamsWith = new Map<string, number>()
  for (const team of counted) {
    for (const partner of new Set(team.partners!.map(p => key(p.name))))
      teamsWith.set(partner, (teamsWith.get(partner) ?? 0) + 1)
  }
  const kindX = Math.ceil(Math.max(...shown.map(t => textWidth(t.lead.name[ui.lang], TEXT.lead, 'bold')))) + GAP
  const labels = [ui.partners.companies, ui.partners.others]
  const nameX = kindX + Math.ceil(Math.max(...labels.map(l => textWidth(l, TEXT.body)))) + KIND_GAP
  const separator = ' · '

  const keyLine = { text: ui.partners.key, x: 0, y: 18 }
  const nameWidth = (mark: PartnerName) => textWidth(mark.text, TEXT.body, mark.shared ? 'bold' : 'regular')
  let y = keyLine.y + 12
  const chartTeams = shown.map((team, t): PartnersTeam => {
    const top = y + (t > 0 ? TEAM_GAP : 0) + LINE - 5
    const groups = [
      team.partners!.filter(p => p.kind === 'company'),
      team.partners!.filter(p => p.kind !== 'company'),
    ]
    const kinds: TextMark[] = []
    const names: PartnerName[] = []
    const dots: TextMark[] = []
    let lineY = top - LINE
    groups.forEach((group, g) => {
      if (!group.length)
        return
      // Whole names, in the data's order, as many to a line as fit; a dot between two on a line.
      let x = nameX
      lineY += LINE
      kinds.push({ text: labels[g]!, x: kindX, y: lineY })
      group.forEach((partner, p) => {
        const mark: PartnerName = { text: partner.name[ui.lang], shared: (teamsWith.get(key(partner.name)) ?? 0) > 1, x, y: lineY }
        if (p > 0 && x + nameWidth(mark) > width) {
          dots.pop()
          lineY += LINE
          mark.x = nameX
          mark.y = lineY
        }
        names.push(mark)
        dots.push({ text: '·', x: mark.x + nameWidth(mark) + textWidth(' ', TEXT.body), y: lineY })
        x = mark.x + nameWidth(mark) + textWidth(separator, TEXT.body)
      })
      dots.pop()
    })
    y = lineY + 6
    return { lead: { text: team.lead.name[ui.lang], x: 0, y: top }, count: team.partners!.length, kinds, names, dots }
  })
  const shared = [...teamsWith].filter(([, n]) => n > 1).map(([name]) => name)
  return {
    width,
    height: y + 4,
    font: TEXT.body,
    teams: chartTeams,
    key: keyLine,
    title: ui.partners.title,
    description: ui.partners.description(shown.map(team => ({ lead: team.lead.name[ui.lang], partners: team.partners!.map(p => p.name[ui.lang]) })), shown.flatMap(t => t.partners!).filter((p, i, all) => shared.includes(key(p.name)) && all.findIndex(o => key(o.name) === key(p.name)) === i).map(p => p.name[ui.lang])),
  }
}
