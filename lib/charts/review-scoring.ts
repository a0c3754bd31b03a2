/**
 * A review's scoring drawn to scale: one bar per published item, as long as
 * the points it carries out of 100, filled to the teams' average, with a tick
 * at the top score and the top team named beside it. The item the slide's
 * claim is about is accented; the rest are grey.
 */
import type { ReviewScoringView } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import { textWidth } from './scale'

export const SCORING_FONT = 18
export const SCORING_ROW = 54
export const SCORING_BAR = 26
const GAP = 14
const AXIS = 34

export interface ScoringRow {
  label: string
  /** Top of the row. */
  y: number
  width: number
  averageWidth?: number
  /** x of the top score's tick, from the bars' start. */
  topX?: number
  note: string
  accent: boolean
}

export interface ScoringChart {
  width: number
  height: number
  /** x where every bar starts (after the longest label). */
  barX: number
  rows: ScoringRow[]
  /** Points along the bars' scale, every ten. */
  ticks: { x: number, label: string }[]
  title: string
  description: string
}

/**
 * Lays the chart out in `width` px: labels on the left, then bars at one scale
 * (px per point) chosen so that every bar and its note fit.
 */
export function scoringChart(view: ReviewScoringView, ui: UiStrings, options: { width?: number, accent?: string } = {}): ScoringChart {
  const width = options.width ?? 860
  const labels = view.segments.map(s => s.part === s.name ? s.name : `${s.part} · ${s.name}`)
  // The accented item's label and note are set bold.
  const accented = view.segments.map(s => options.accent !== undefined && s.name.startsWith(options.accent))
  const weight = (i: number) => accented[i] ? 'bold' as const : 'regular' as const
  const barX = Math.ceil(Math.max(...labels.map((l, i) => textWidth(l, SCORING_FONT, weight(i))))) + GAP
  const notes = view.segments.map(s => [
    s.average === undefined ? undefined : ui.scoring.average(s.average),
    s.top ? ui.scoring.top(s.top.score, ui.list(s.top.teams)) : undefined,
  ].filter(Boolean).join(' · '))
  const perPoint = Math.min(...view.segments.map((s, i) => (width - barX - GAP - textWidth(notes[i]!, SCORING_FONT, weight(i))) / s.points))
  const rows = view.segments.map((segment, i): ScoringRow => ({
    label: labels[i]!,
    y: i * SCORING_ROW,
    width: segment.points * perPoint,
    averageWidth: segment.average === undefined ? undefined : segment.average * perPoint,
    topX: segment.top ? segment.top.score * perPoint : undefined,
    note: notes[i]!,
    accent: accented[i]!,
  }))
  const longest = Math.max(...view.segments.map(s => s.points))
  const ticks = Array.from({ length: Math.floor(longest / 10) + 1 }, (_, i) => ({ x: barX + i * 10 * perPoint, label: ui.scoring.points(i * 10) }))
  return {
    width,
    height: view.segments.length * SCORING_ROW + AXIS,
    barX,
    rows,
    ticks,
    title: ui.scoring.title(view.stage, view.when),
    description: ui.scoring.description(view),
  }
}
