/**
 * The deck's generated diagrams: pure functions from the data to Mermaid text.
 * Components render them; `npm run diagrams` writes them out; the export test
 * reads `diagramLabels` to check each PDF page shows its diagram.
 */
import type { DeckData } from '../data/schema'
import type { UiStrings } from '../i18n/strings'
import type { Flowchart } from './flowchart'
import type { Sankey } from './sankey'
import { ecosystemChart } from './ecosystem'
import { accText, chartLabels, renderFlowchart } from './flowchart'
import { fundingChart } from './funding'
import { raceChart } from './race'
import { renderSankey, sankeyLabels } from './sankey'

export { ecosystemDiagram } from './ecosystem'
export { fundingDiagram } from './funding'
export { raceDiagram } from './race'

export interface GeneratedDiagram {
  /** File-name-safe id, e.g. `race-essay`. */
  id: string
  /** The component and props that show it on a slide. */
  component: string
  /** The model it is drawn from: a flowchart, or a sankey (./sankey.ts, whose labels are written once it is drawn). */
  chart: { kind: 'flowchart', flowchart: Flowchart } | { kind: 'sankey', sankey: Sankey }
  code: string
  /** The name a screen reader gives the drawing (its accTitle). */
  accTitle: string
  /** Every text it shows, as a reader sees it (unescaped, shortened). */
  labels: string[]
}

export function generatedDiagrams(data: DeckData, ui: UiStrings): GeneratedDiagram[] {
  const flowchart = (id: string, component: string, chart: Flowchart): GeneratedDiagram =>
    ({ id, component, chart: { kind: 'flowchart', flowchart: chart }, code: renderFlowchart(chart), accTitle: accText(chart.accTitle), labels: chartLabels(chart) })
  const sankey = (id: string, component: string, chart: Sankey): GeneratedDiagram =>
    ({ id, component, chart: { kind: 'sankey', sankey: chart }, code: renderSankey(chart), accTitle: accText(chart.accTitle), labels: sankeyLabels(chart) })
  return [
    flowchart('race-essay', '<RaceDiagram at="essay" />', raceChart(data, 'essay', ui)),
    sankey('funding', '<FundingDiagram />', fundingChart(data, ui)),
    flowchart('ecosystem', '<EcosystemDiagram />', ecosystemChart(data, ui)),
    flowchart('ecosystem-now', '<EcosystemDiagram at="now" />', ecosystemChart(data, ui, 'now')),
  ]
}

/** The labels each diagram must show, by diagram id, as a reader sees them (unescaped, shortened). */
export function diagramLabels(data: DeckData, ui: UiStrings): Record<string, string[]> {
  return Object.fromEntries(generatedDiagrams(data, ui).map(d => [d.id, d.labels]))
}

/** How each generated diagram is placed in a slide's Markdown, by diagram id. */
const PLACEMENTS: [RegExp, string][] = [
  [/<RaceDiagram\s+at="essay"/, 'race-essay'],
  [/<FundingDiagram\b/, 'funding'],
  [/<EcosystemDiagram\s+at="now"/, 'ecosystem-now'],
  [/<EcosystemDiagram(?!\s+at="now")\b/, 'ecosystem'],
]

/** The ids of the generated diagrams a slide's Markdown places. */
export function diagramIdsIn(markdown: string): string[] {
  return PLACEMENTS.filter(([pattern]) => pattern.test(markdown)).map(([, id]) => id)
}
