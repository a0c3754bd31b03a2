/**
 * The consortia's partners by name, readable at the slide's size: for each
 * team its lead, then its partners in two lines of kind (companies; universities
 * and other bodies), wrapped to the width. A partner that also sits in
 * another selected team is set bold in the accent, so the overlap between
 * teams is seen, not only counted.
 */
import type { Consortium, DeckData } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import { textWidth } from './scale'

export const PARTNERS_FONT = 18
const LEAD_FONT = 20
const LINE = 25
const TEAM_GAP = 14
const GAP = 20
const KIND_GAP = 10

export interface PartnerName {
  name: string
  /** The partner is also in another of the teams given (the overlap the slide shows). */
  shared: boolean
  x: number
  /** Where the middle dot after it goes (none after a line's last name). */
  dotX?: number
}

export interface PartnersLine {
  y: number
  /** "기업" or "대학·기관", on the line's first row only. */
  kind?: string
  names: PartnerName[]
}

export interface PartnersTeam {
  lead: string
  y: number
  count: number
  lines: PartnersLine[]
}

export interface PartnersChart {
  width: number
  height: number
  nameX: number
  kindX: number
  teams: PartnersTeam[]
  /** The line over the lists that says what bold means. */
  key: { text: string, y: number }
  title: string
  description: string
}

const key = (name: { ko: string }) => name.ko.trim()

/**
 * The partners of `teams` (consortium ids). `among` is the set of teams an
 * overlap is counted in (by default the same teams); a partner in two or more
 * of them is marked shared.
 */
export function partnersChart(data: Pick<DeckData, 'consortia'>, teams: readonly string[], ui: UiStrings, options: { width?: number, among?: readonly string[] } = {}): PartnersChart {
  const width = options.width ?? 860
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
  const kindX = Math.ceil(Math.max(...shown.map(t => textWidth(t.lead.name[ui.lang], LEAD_FONT, 'bold')))) + GAP
  const labels = [ui.partners.companies, ui.partners.others]
  const nameX = kindX + Math.ceil(Math.max(...labels.map(l => textWidth(l, PARTNERS_FONT)))) + KIND_GAP
  const separator = ' · '

  const keyLine = { text: ui.partners.key, y: 18 }
  let y = keyLine.y + 12
  const chartTeams = shown.map((team, t): PartnersTeam => {
    const top = y + (t > 0 ? TEAM_GAP : 0) + LINE - 5
    const groups = [
      team.partners!.filter(p => p.kind === 'company'),
      team.partners!.filter(p => p.kind !== 'company'),
    ]
    const lines: PartnersLine[] = []
    groups.forEach((group, g) => {
      if (!group.length)
        return
      // Whole names, in the data's order, as many to a line as fit.
      let line: PartnerName[] = []
      let x = nameX
      let first = true
      const flush = () => {
        line.slice(0, -1).forEach(mark => mark.dotX = mark.x + textWidth(mark.name, PARTNERS_FONT, mark.shared ? 'bold' : 'regular') + textWidth(' ', PARTNERS_FONT))
        lines.push({ y: top + lines.length * LINE, kind: first ? labels[g] : undefined, names: line })
        first = false
        line = []
        x = nameX
      }
      for (const partner of group) {
        const name = partner.name[ui.lang]
        const mark: PartnerName = { name, shared: (teamsWith.get(key(partner.name)) ?? 0) > 1, x }
        const end = x + textWidth(name, PARTNERS_FONT, mark.shared ? 'bold' : 'regular')
        if (line.length && end > width) {
          flush()
          mark.x = x
        }
        line.push(mark)
        x = mark.x + textWidth(name, PARTNERS_FONT, mark.shared ? 'bold' : 'regular') + textWidth(separator, PARTNERS_FONT)
      }
      if (line.length)
        flush()
    })
    y = top + (lines.length - 1) * LINE + 6
    return { lead: team.lead.name[ui.lang], y: top, count: team.partners!.length, lines }
  })
  const shared = [...teamsWith].filter(([, n]) => n > 1).map(([name]) => name)
  return {
    width,
    height: y + 4,
    nameX,
    kindX,
    teams: chartTeams,
    key: keyLine,
    title: ui.partners.title,
    description: ui.partners.description(shown.map(team => ({ lead: team.lead.name[ui.lang], partners: team.partners!.map(p => p.name[ui.lang]) })), shown.flatMap(t => t.partners!).filter((p, i, all) => shared.includes(key(p.name)) && all.findIndex(o => key(o.name) === key(p.name)) === i).map(p => p.name[ui.lang])),
  }
}
