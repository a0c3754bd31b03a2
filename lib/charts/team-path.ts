/**
 * One team's way through the programme on a time axis: a line that sits in
 * the upper lane while the team is an elite team and in the lower lane while
 * it is not, stepping at each selection or elimination, each step labelled
 * with its date and what happened.
 */
import type { PathStep } from '../data/views'
import type { UiStrings } from '../i18n/strings'
import { dayNumber, linear, textWidth } from './scale'

export const PATH_FONT = 18
const LANE_IN = 96
const LANE_OUT = 206
const MARGIN_DAYS = 40

export interface PathChart {
  width: number
  height: number
  lanes: { y: number, label: string }[]
  /** The line, as SVG points "x,y x,y …". */
  line: string
  marks: { x: number, y: number, when: string, text: string, above: boolean, anchor: 'start' | 'middle' | 'end' }[]
  years: { x: number, label: string }[]
  axisY: number
  title: string
  description: string
}

export function pathChart(team: string, steps: PathStep[], ui: UiStrings, options: { width?: number } = {}): PathChart {
  const width = options.width ?? 860
  const lanes = [{ y: LANE_IN, label: ui.path.inRace }, { y: LANE_OUT, label: ui.path.out }]
  const laneLabel = Math.ceil(Math.max(...lanes.map(l => textWidth(l.label, PATH_FONT)))) + 16
  const first = dayNumber(steps[0]?.date ?? '2025-01-01') - MARGIN_DAYS
  const last = dayNumber(steps.at(-1)?.date ?? '2025-01-01') + MARGIN_DAYS
  const x = linear([first, last], [laneLabel, width - 8])
  const y = (inRace: boolean) => (inRace ? LANE_IN : LANE_OUT)

  const points: string[] = []
  let lane = y(false)
  points.push(`${x(first + MARGIN_DAYS / 2)},${lane}`)
  for (const step of steps) {
    const at = x(dayNumber(step.date))
    points.push(`${at},${lane}`)
    lane = y(step.inRace)
    points.push(`${at},${lane}`)
  }
  points.push(`${x(last - MARGIN_DAYS / 2)},${lane}`)

  // Selections and eliminations are the turns of the story; the steps between them need no label.
  const turns = steps.filter(step => step.outcome === 'selected' || step.outcome === 'eliminated')
  const marks = turns.map((step) => {
    const at = x(dayNumber(step.date))
    const label = Math.max(textWidth(step.when, PATH_FONT, 'bold'), textWidth(step.text, PATH_FONT))
    const anchor: 'start' | 'middle' | 'end' = at + label / 2 > width ? 'end' : at - label / 2 < laneLabel ? 'start' : 'middle'
    return { x: at, y: y(step.inRace), when: step.when, text: step.text, above: step.inRace, anchor }
  })

  const years: { x: number, label: string }[] = []
  const firstYear = new Date(first * 86_400_000).getUTCFullYear()
  const lastYear = new Date(last * 86_400_000).getUTCFullYear()
  for (let year = firstYear + 1; year <= lastYear; year++)
    years.push({ x: x(dayNumber(`${year}-01-01`)), label: String(year) })

  return {
    width,
    height: LANE_OUT + 96,
    lanes,
    line: points.join(' '),
    marks,
    years,
    axisY: LANE_OUT + 80,
    title: ui.path.title(team),
    description: ui.path.description(team, steps.map(step => `${step.when} ${step.text}`)),
  }
}
