/**
 * What the teams released, to one scale: for each team its releases (first
 * and latest, as the view chose them) as horizontal bars of total parameters,
 * the active parameters as a solid segment inside at the same scale. The
 * latest release is the one the slide talks about (accent); the first is grey.
 * Each bar is labelled directly: the model above it, its size after it, and
 * its licence in a word (Apache-2.0, MIT, the team's own) on the latest
 * release and on a first release whose licence differs from it, since the
 * move between licences is part of what the teams released. Dates are in the
 * description and the notes.
 */
import type { TeamReleasesView } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import type { Chart, LineMark, RectMark, TextMark } from './frame'
import { CHART_WIDTH, LABELLED_BAR, TEXT, TOP } from './frame'
import { textWidth } from './scale'

const BAR = 14
const TEAM_GAP = 8
const GAP = 12

/**
 * Billions of parameters from a size as sources write it: "236B", "102.6B",
 * "1.2T", "1,000B", "8 b". Anything else throws: a size the chart cannot read
 * must not be drawn at a guessed length.
 */
export function parameterBillions(size: string): number {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([MBT])$/i.exec(size.trim())
  if (!match)
    throw new Error(`expected a size like "102.6B" (billions), "1.2T" or "350M", got "${size}"`)
  const value = Number(match[1]!.replace(/,/g, ''))
  const unit = match[2]!.toUpperCase()
  return unit === 'T' ? value * 1000 : unit === 'M' ? value / 1000 : value
}

export interface ReleaseBar {
  /** The model's name, on the line above the bar. */
  label: TextMark
  /** Total parameters, and the active ones inside, at the chart's scale; none when no source gives the size. */
  total?: RectMark
  active?: RectMark
  /** "750B (활성 37B) · Apache-2.0" after the bar, or that the size is unconfirmed where a bar would start. */
  value: TextMark
  latest: boolean
}

export interface ReleasesTeam {
  /** The team's name, level with its first label line. */
  name: TextMark
  /** The rule above the team (none for the first). */
  rule?: LineMark
  bars: ReleaseBar[]
  /** Shown when the team released nothing. */
  none?: TextMark
}

export interface ReleasesChart extends Chart {
  /** x where every bar starts (after the longest team name). */
  barX: number
  /** Pixels per billion parameters. */
  perBillion: number
  teams: ReleasesTeam[]
}

/** A release's size in the edition's words: "750B (활성 37B)". */
function sizeText(total: string, active: string | undefined, ui: UiStrings): string {
  return active ? `${total} (${ui.releases.active(active)})` : total
}

/** Parses a release's sizes; an unreadable one throws naming the team and the release. */
function sizes(team: TeamReleasesView, release: TeamReleasesView['releases'][number]): { total?: number, active?: number } {
  const at = (field: string) => `data/consortia.yaml → consortia[${team.id}].releases["${release.name}"].parameters.${field}`
  const read = (field: 'total' | 'active') => {
    const text = release[field]
    if (text === undefined)
      return undefined
    try {
      return parameterBillions(text)
    }
    catch (error) {
      throw new Error(`${at(field)}: ${(error as Error).message}`, { cause: error })
    }
  }
  const total = read('total')
  const active = read('active')
  if (total !== undefined && active !== undefined && active > total)
    throw new Error(`${at('active')}: ${release.active} active is more than the ${release.total} in all`)
  return { total, active }
}

/** How wide a label after a bar sets: bold for the latest release. */
function valueWidth(value: string, latest: boolean): number {
  return textWidth(value, TEXT.body, latest ? 'bold' : 'regular')
}

export function releasesChart(teams: TeamReleasesView[], ui: UiStrings, options: { width?: number } = {}): ReleasesChart {
  const width = options.width ?? CHART_WIDTH
  if (!teams.length)
    throw new Error('a releases chart needs at least one team')
  const barX = Math.ceil(Math.max(...teams.map(t => textWidth(t.team, TEXT.body, 'bold')))) + GAP * 2
  const parsed = teams.map(team => team.releases.map(release => ({ release, ...sizes(team, release) })))
  const values = parsed.map(list => list.map(({ release, total }) => {
    const size = total === undefined ? ui.releasesChart.sizeUnconfirmed : sizeText(release.total!, release.active, ui)
    const latest = list.at(-1)!.release
    return release.latest || release.licence !== latest.licence ? `${size} · ${release.licence}` : size
  }))
  // One scale for every bar: the largest that leaves room for each bar's label after it.
  const perBillion = Math.min(...parsed.flatMap((list, t) => list.flatMap(({ total }, r) =>
    total === undefined || total === 0 ? [] : [(width - barX - GAP - valueWidth(values[t]![r]!, parsed[t]![r]!.release.latest)) / total])))
  if (Number.isFinite(perBillion) && perBillion <= 0)
    throw new Error(`the releases' labels leave no room for bars in ${width} px; shorten the team names or show fewer teams`)

  let y = TOP
  const chartTeams = teams.map((team, t): ReleasesTeam => {
    const top = y + (t > 0 ? TEAM_GAP : 0)
    const bars = parsed[t]!.map(({ release, total, active }, r): ReleaseBar => {
      const rowTop = top + r * LABELLED_BAR.height
      const bar = (billions: number | undefined): RectMark | undefined =>
        total === undefined || billions === undefined ? undefined : { x: barX, y: rowTop + LABELLED_BAR.barTop, width: billions * perBillion, height: BAR }
      return {
        label: { text: release.name, x: barX, y: rowTop + LABELLED_BAR.labelBaseline },
        total: bar(total),
        active: bar(active),
        value: { text: values[t]![r]!, x: barX + (total === undefined ? 0 : total * perBillion + GAP), y: rowTop + LABELLED_BAR.valueBaseline },
        latest: release.latest,
      }
    })
    y = top + Math.max(bars.length, 1) * LABELLED_BAR.height
    const nameY = top + LABELLED_BAR.labelBaseline
    const ruleY = top - TEAM_GAP / 2
    return {
      name: { text: team.team, x: 0, y: nameY },
      rule: t > 0 ? { x1: 0, x2: width, y1: ruleY, y2: ruleY } : undefined,
      bars,
      none: team.releases.length ? undefined : { text: ui.releasesChart.none, x: barX, y: nameY },
    }
  })

  const described = (release: TeamReleasesView['releases'][number]) =>
    ui.releasesChart.release(release.name, release.when, release.total ? sizeText(release.total, release.active, ui) : ui.releasesChart.sizeUnconfirmed, release.licence)
  return {
    width,
    height: y,
    font: TEXT.body,
    barX,
    perBillion: Number.isFinite(perBillion) ? perBillion : 0,
    teams: chartTeams,
    title: ui.releasesChart.title,
    description: ui.releasesChart.description(teams.map(team => ({ team: team.team, releases: team.releases.map(described) }))),
  }
}
