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
import { textWidth } from './scale'

export const RELEASES_FONT = 18
/**
 * One release: its label line, then its bar with the value after it. From the
 * row's top: the label's baseline, the bar's top, the value's baseline. The
 * value sits low enough that its line box clears the label's (a line box is
 * about 0.94 em above the baseline and 0.23 em below), and the label is
 * nearer its own bar than the bar above.
 */
export const RELEASE_ROW = 43
export const RELEASE_BAR = 14
export const RELEASE_LABEL_BASELINE = 14
export const RELEASE_BAR_TOP = 20
export const RELEASE_VALUE_BASELINE = 35.5
const TEAM_GAP = 8
/** Room above the first line's line box. */
const TOP = 3
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
  /** Top of the release's row. */
  y: number
  /** The model's name, on the line above the bar. */
  label: string
  /** Lengths at the chart's scale; none when no source gives the size. */
  totalWidth?: number
  activeWidth?: number
  /** "750B (활성 37B) · Apache-2.0" after the bar, or that the size is unconfirmed where a bar would start. */
  value: string
  valueX: number
  latest: boolean
}

export interface ReleasesTeam {
  name: string
  /** Baseline of the team's name (level with its first label line). */
  y: number
  /** Top of the rule above the team (none for the first). */
  ruleY?: number
  bars: ReleaseBar[]
  /** Shown when the team released nothing. */
  none?: string
}

export interface ReleasesChart {
  width: number
  height: number
  /** x where every bar starts (after the longest team name). */
  barX: number
  /** Pixels per billion parameters. */
  perBillion: number
  teams: ReleasesTeam[]
  title: string
  description: string
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
  return textWidth(value, RELEASES_FONT, latest ? 'bold' : 'regular')
}

export function releasesChart(teams: TeamReleasesView[], ui: UiStrings, options: { width?: number } = {}): ReleasesChart {
  const width = options.width ?? 860
  if (!teams.length)
    throw new Error('a releases chart needs at least one team')
  const barX = Math.ceil(Math.max(...teams.map(t => textWidth(t.team, RELEASES_FONT, 'bold')))) + GAP * 2
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
      const totalWidth = total === undefined ? undefined : total * perBillion
      return {
        y: top + r * RELEASE_ROW,
        label: release.name,
        totalWidth,
        activeWidth: active === undefined || totalWidth === undefined ? undefined : active * perBillion,
        value: values[t]![r]!,
        valueX: barX + (totalWidth === undefined ? 0 : totalWidth + GAP),
        latest: release.latest,
      }
    })
    const rows = Math.max(bars.length, 1)
    y = top + rows * RELEASE_ROW
    return {
      name: team.team,
      y: top + RELEASE_LABEL_BASELINE,
      ruleY: t > 0 ? top - TEAM_GAP / 2 : undefined,
      bars,
      none: team.releases.length ? undefined : ui.releasesChart.none,
    }
  })

  const described = (release: TeamReleasesView['releases'][number]) =>
    ui.releasesChart.release(release.name, release.when, release.total ? sizeText(release.total, release.active, ui) : ui.releasesChart.sizeUnconfirmed, release.licence)
  return {
    width,
    height: y,
    barX,
    perBillion: Number.isFinite(perBillion) ? perBillion : 0,
    teams: chartTeams,
    title: ui.releasesChart.title,
    description: ui.releasesChart.description(teams.map(team => ({ team: team.team, releases: team.releases.map(described) }))),
  }
}
