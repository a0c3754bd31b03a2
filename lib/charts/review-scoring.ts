/**
 * A review's scoring drawn to scale: one bar per published item, as long as
 * the points it carries out of 100, filled to the teams' average, with a tick
 * at the top score and the top team named beside it. The item the slide's
 * claim is about is accented; the rest are grey.
 */
import type { ReviewScoringView } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import type { Chart, LineMark, RectMark, TextMark, Tick } from './frame'
import { CHART_WIDTH, TEXT } from './frame'
import { textWidth } from './scale'

const ROW = 54
const BAR = 26
const GAP = 14
const AXIS = 34
/** The labels' baseline from the bar's top, their middle level with the bar's. */
const BASELINE = BAR / 2 + 6
/** How far the top score's tick reaches past the bar, above and below. */
const TICK_OVER = 5

export interface ScoringRow {
  /** The item, right-aligned before the bar. */
  label: TextMark
  /** The points the item carries, to scale. */
  points: RectMark
  /** The teams' average, inside the points. */
  average?: RectMark
  /** The top score's tick across the bar. */
  top?: LineMark
  /** "평균 11.9 · 최고 25 (LG)" after the bar. */
  note: TextMark
  accent: boolean
}

export interface ScoringChart extends Chart {
  /** x where every bar starts (after the longest label). */
  barX: number
  /** Pixels per point. */
  perPoint: number
  rows: ScoringRow[]
  /** Points along the bars' scale, every ten. */
  ticks: Tick[]
}

/**
 * Lays the chart out in `width` px: labels on the left, then bars at one scale
 * (px per point) chosen so that every bar and its note fit.
 */
export function scoringChart(view: ReviewScoringView, ui: UiStrings, options: { width?: number, accent?: string } = {}): ScoringChart {
  const width = options.width ?? CHART_WIDTH
  const labels = view.segments.map(s => s.part === s.name ? s.name : `${s.part} · ${s.name}`)
  // The accented item's label and note are set bold.
  const accented = view.segments.map(s => options.accent !== undefined && s.name.startsWith(options.accent))
  const weight = (i: number) => accented[i] ? 'bold' as const : 'regular' as const
  const barX = Math.ceil(Math.max(...labels.map((l, i) => textWidth(l, TEXT.body, weight(i))))) + GAP
  const notes = view.segments.map(s => [
    s.average === undefined ? undefined : ui.scoring.average(s.average),
    s.top ? ui.scoring.top(s.top.score, ui.list(s.top.teams)) : undefined,
  ].filter(Boolean).join(' · '))
  const perPoint = Math.min(...view.segments.map((s, i) => (width - barX - GAP - textWidth(notes[i]!, TEXT.body, weight(i))) / s.points))
  const rows = view.segments.map((segment, i): ScoringRow => {
    const y = i * ROW
    const bar = (points: number): RectMark => ({ x: barX, y, width: points * perPoint, height: BAR })
    const topX = segment.top && barX + segment.top.score * perPoint
    return {
      label: { text: labels[i]!, x: barX - GAP, y: y + BASELINE, anchor: 'end' },
      points: bar(segment.points),
      average: segment.average === undefined ? undefined : bar(segment.average),
      top: topX === undefined ? undefined : { x1: topX, x2: topX, y1: y - TICK_OVER, y2: y + BAR + TICK_OVER },
      note: { text: notes[i]!, x: barX + segment.points * perPoint + GAP, y: y + BASELINE },
      accent: accented[i]!,
    }
  })
  const longest = Math.max(...view.segments.map(s => s.points))
  const height = view.segments.length * ROW + AXIS
  const ticks = Array.from({ length: Math.floor(longest / 10) + 1 }, (_, i) => ({ text: ui.scoring.points(i * 10), x: barX + i * 10 * perPoint, y: height - 12, anchor: 'middle' as const }))
  return {
    width,
    height,
    font: TEXT.body,
    barX,
    perPoint,
    rows,
    ticks,
    title: ui.scoring.title(view.stage, view.when),
    description: ui.scoring.description(view),
  }
}
