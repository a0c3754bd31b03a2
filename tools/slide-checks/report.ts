/**
 * The slide checks' report for an author: problems grouped by slide, each
 * with the Markdown file and line to fix, the element, and the steps where it
 * was seen.
 */
import type { ColorMode, Finding, Step } from './types'
import { relative } from 'node:path'

export interface SlideSource {
  no: number
  title: string | undefined
  file: string
  line: number
}

export interface ReportInput {
  findings: Finding[]
  slides: SlideSource[]
  /** How many (slide, click step, colour mode) combinations were checked. */
  stepsChecked: number
  modes: ColorMode[]
  /** Screenshot paths by stepKey(). */
  screenshots?: Record<string, string>
  /** File paths are shown relative to this folder. */
  root?: string
}

export function stepKey(step: Step): string {
  return `${step.slide}:${step.clicks}:${step.mode}`
}

/** `[0, 1, 2, 4]` → `0-2, 4` */
export function compactNumbers(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const n of sorted) {
    const last = runs.at(-1)
    if (last && n === last[1] + 1)
      last[1] = n
    else
      runs.push([n, n])
  }
  return runs.map(([from, to]) => from === to ? `${from}` : `${from}-${to}`).join(', ')
}

/** Where a problem was seen on one slide, e.g. `light clicks 0-2, dark click 1`. */
export function formatSteps(steps: Step[]): string {
  const modes = (['light', 'dark'] as const).filter(mode => steps.some(s => s.mode === mode))
  return modes.map((mode) => {
    const clicks = steps.filter(s => s.mode === mode).map(s => s.clicks)
    const plural = new Set(clicks).size > 1 ? 'clicks' : 'click'
    return `${mode} ${plural} ${compactNumbers(clicks)}`
  }).join(', ')
}

interface Problem {
  first: Finding
  /** Every sighting: the same element at other steps, or elements alike (same path and message) with other text. */
  steps: Finding[]
}

/**
 * The same problem at several steps is one problem: grouped by kind, element and
 * message. Elements with the same short path and message (a diagram's labels, all
 * too small) are grouped too, so a report lists each fix once.
 */
export function groupProblems(findings: Finding[]): Problem[] {
  const groups = new Map<string, Problem>()
  for (const finding of findings) {
    const key = [finding.slide, finding.kind, finding.path, finding.message].join('\u0000')
    const group = groups.get(key)
    if (group)
      group.steps.push(finding)
    else
      groups.set(key, { first: finding, steps: [finding] })
  }
  return [...groups.values()]
}

/** Problems of one kind listed per slide before the rest are counted. */
export const MAX_PER_KIND = 4

export function formatReport(input: ReportInput): string {
  const { findings, slides, stepsChecked, modes } = input
  const modesText = modes.length === 2 ? 'light and dark mode' : `${modes.join(', ')} mode`
  const failing = [...new Set(findings.map(f => f.slide))].sort((a, b) => a - b)
  if (failing.length === 0)
    return `Slide checks: all ${slides.length} slides pass in ${modesText} (${stepsChecked} step${stepsChecked === 1 ? '' : 's'} checked).`

  const problems = groupProblems(findings)
  const lines = [
    `Slide checks: ${problems.length} problem${problems.length === 1 ? '' : 's'} on ${failing.length} of ${slides.length} slides, in ${modesText} (${stepsChecked} step${stepsChecked === 1 ? '' : 's'} checked).`,
  ]
  for (const no of failing) {
    const slide = slides.find(s => s.no === no)
    const where = slide ? `${input.root ? relative(input.root, slide.file) : slide.file}:${slide.line}` : '(source unknown)'
    lines.push('', `Slide ${no}${slide?.title ? ` "${slide.title}"` : ''}: ${where}`)
    const onSlide = problems.filter(p => p.first.slide === no)
    // A list running off the slide makes every later line a problem; the first few say where to cut.
    const shown = onSlide.filter(p => onSlide.filter(q => q.first.kind === p.first.kind).indexOf(p) < MAX_PER_KIND)
    for (const { first, steps } of shown) {
      lines.push(`  ${first.kind.padEnd(12)} ${first.path}${first.text ? ` "${first.text}"` : ''}`)
      const others = new Set(steps.map(s => s.text)).size - 1
      if (others > 0)
        lines.push(`  ${''.padEnd(12)} and ${others} more like it on this slide`)
      lines.push(`  ${''.padEnd(12)} ${first.message}`)
      lines.push(`  ${''.padEnd(12)} seen at ${formatSteps(steps)}`)
    }
    for (const kind of new Set(onSlide.map(p => p.first.kind))) {
      const hidden = onSlide.filter(p => p.first.kind === kind).length - MAX_PER_KIND
      if (hidden > 0)
        lines.push(`  ${kind.padEnd(12)} … and ${hidden} more like these on this slide`)
    }
    const shots = findings.filter(f => f.slide === no).map(f => input.screenshots?.[stepKey(f)]).filter((p): p is string => !!p)
    for (const shot of [...new Set(shots)])
      lines.push(`  screenshot   ${shot}`)
  }
  return lines.join('\n')
}
