/**
 * The deck's generated diagrams: pure functions from the data to Mermaid text.
 * Components render them; `npm run diagrams` writes them out; the export test
 * reads `diagramLabels` to check each PDF page shows its diagram.
 */
import type { DeckData } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Flowchart } from './flowchart'
import { ko } from '../i18n/ko'
import { ecosystemChart } from './ecosystem'
import { chartLabels, renderFlowchart } from './flowchart'
import { raceChart } from './race'

export { ecosystemDiagram } from './ecosystem'
export { raceDiagram, type RaceMoment } from './race'

export interface GeneratedDiagram {
  /** File-name-safe id, e.g. `race-essay`. */
  id: string
  /** The component and props that show it on a slide. */
  component: string
  chart: Flowchart
  code: string
}

export function generatedDiagrams(data: DeckData, ui: UiStrings = ko): GeneratedDiagram[] {
  const entries: [string, string, Flowchart][] = [
    ['race-essay', '<RaceDiagram at="essay" />', raceChart(data, 'essay', ui)],
    ['ecosystem', '<EcosystemDiagram />', ecosystemChart(data, ui)],
    ['ecosystem-now', '<EcosystemDiagram at="now" />', ecosystemChart(data, ui, 'now')],
  ]
  return entries.map(([id, component, chart]) => ({ id, component, chart, code: renderFlowchart(chart) }))
}

/** The labels each diagram must show, by diagram id, as a reader sees them (unescaped, shortened). */
export function diagramLabels(data: DeckData, ui: UiStrings = ko): Record<string, string[]> {
  return Object.fromEntries(generatedDiagrams(data, ui).map(d => [d.id, chartLabels(d.chart)]))
}

/** How each generated diagram is placed in a slide's Markdown, by diagram id. */
const PLACEMENTS: [RegExp, string][] = [
  [/<RaceDiagram\s+at="essay"/, 'race-essay'],
  [/<EcosystemDiagram\s+at="now"/, 'ecosystem-now'],
  [/<EcosystemDiagram(?!\s+at="now")\b/, 'ecosystem'],
]

/** The ids of the generated diagrams a slide's Markdown places. */
export function diagramIdsIn(markdown: string): string[] {
  return PLACEMENTS.filter(([pattern]) => pattern.test(markdown)).map(([, id]) => id)
}
