/**
 * The editions must tell the same talk: the same files in the same order, and
 * slide for slide the same layout, data components and diagrams, citations
 * and click steps. Only the words differ. The sources slides may page
 * differently (English entries carry a gist line), but each edition's pages
 * must list every source once.
 */
import type { DeckSlide } from '../../node/deck-slides'
import { basename } from 'node:path'
import { clickSteps } from '../../lib/talk/markdown'
import { SOURCES_FILE } from '../../node/deck-slides'
import { citedIds, fileOrder, visibleText, where } from './rules'

/** Components that show data (tables, lists, diagrams), compared with their props. */
export const DATA_COMPONENTS = ['AsksRecord', 'AsOf', 'BudgetFigures', 'ConsortiaView', 'ConsortiumPartners', 'EcosystemDiagram', 'EliminationReasons', 'EssayByline', 'FieldChart', 'FundingDiagram', 'RaceDiagram', 'ReleasesChart', 'ReviewScoring', 'ScheduleSlip', 'SourcesList', 'TeamPath', 'WorriesScorecard'] as const

/** What must agree between editions on one slide. */
export interface SlideShape {
  file: string
  layout: string | undefined
  /** Data components as written, whitespace normalised: `<RaceDiagram at="essay" />`. */
  components: string[]
  /** Hand-written Mermaid diagrams: their node ids, in order, one entry per diagram. */
  diagrams: string[]
  cite: string[]
  clicks: number
}

export function slideShape(slide: DeckSlide): SlideShape {
  const components = [...slide.content.matchAll(/<([A-Z]\w*)\b[^>]*?\/?>/g)]
    .filter(match => (DATA_COMPONENTS as readonly string[]).includes(match[1]!))
    .map(match => match[0].replace(/\s+/g, ' '))
  const diagrams = [...slide.content.matchAll(/^```mermaid\n([\s\S]*?)^```/gm)]
    .map(match => [...new Set([...match[1]!.matchAll(/\b(\w+)(?=[[(])/g)].map(node => node[1]))].join(' '))
  return { file: basename(slide.file), layout: slide.layout, components, diagrams, cite: citedIds(slide), clicks: clickSteps(slide.content) }
}

/** The pages the sources slides show: each `<SourcesList :page="n" :per-page="m" />`. */
function sourcesPages(slides: DeckSlide[]): { page: number, perPage: number }[] {
  return slides.filter(slide => basename(slide.file) === SOURCES_FILE).flatMap(slide =>
    [...slide.content.matchAll(/<SourcesList(\s[^>]*)?\/>/g)].map(([, attrs]) => ({
      page: Number(/:page="(\d+)"/.exec(attrs ?? '')?.[1] ?? 1),
      perPage: Number(/:per-page="(\d+)"/.exec(attrs ?? '')?.[1] ?? 12),
    })))
}

/** Why an edition's sources slides do not list each of `count` sources exactly once, or undefined. */
export function sourcesCoverageProblem(slides: DeckSlide[], count: number): string | undefined {
  const pages = sourcesPages(slides)
  const perPage = new Set(pages.map(p => p.perPage))
  if (perPage.size !== 1)
    return `sources slides use different page sizes (${[...perPage].join(', ')}); expected one`
  const size = pages[0]!.perPage
  const expected = Array.from({ length: Math.ceil(count / size) }, (_, i) => i + 1)
  const shown = pages.map(p => p.page)
  if (JSON.stringify(shown) !== JSON.stringify(expected))
    return `sources slides show pages ${shown.join(', ')} of ${size}; expected pages ${expected.join(', ')} for ${count} sources`
  return undefined
}

/**
 * Where two editions disagree, one message per difference, naming the slide
 * in each. Slides are paired in order within each file; the sources file is
 * checked for coverage instead (see sourcesCoverageProblem).
 */
export function editionDrift(first: DeckSlide[], second: DeckSlide[]): string[] {
  const problems: string[] = []
  const [order1, order2] = [fileOrder(first).slice(1), fileOrder(second).slice(1)]
  if (JSON.stringify(order1) !== JSON.stringify(order2))
    problems.push(`section files differ: ${order1.join(', ')} vs ${order2.join(', ')}`)
  const talk = (slides: DeckSlide[]) => slides.filter(slide => basename(slide.file) !== SOURCES_FILE)
  const [a, b] = [talk(first), talk(second)]
  if (a.length !== b.length)
    problems.push(`${a.length} slides before the sources vs ${b.length}`)
  // Each edition's entry file has its own name (slides.md, slides.en.md): its slides compare as "the entry".
  const shape = (slide: DeckSlide, entry: string | undefined) => ({ ...slideShape(slide), ...(slide.file === entry ? { file: '(entry)' } : {}) })
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [one, two] = [shape(a[i]!, first[0]?.file), shape(b[i]!, second[0]?.file)]
    for (const key of ['file', 'layout', 'components', 'diagrams', 'cite', 'clicks'] as const) {
      if (JSON.stringify(one[key]) !== JSON.stringify(two[key]))
        problems.push(`${where(a[i]!)} and ${where(b[i]!)}: ${key} differ: ${JSON.stringify(one[key])} vs ${JSON.stringify(two[key])}`)
    }
  }
  return problems
}

const HANGUL_RUN = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3][\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3\s·]*/gu

/**
 * Korean in an English slide (its visible text and its notes) that is not
 * allowed: allowed are the marked quotation (`<blockquote lang="ko">`) and a
 * Korean name in parentheses after its English form, `elite team (정예팀)`,
 * where the name is one of `names` (glossary terms, organisations, the blog).
 */
export function koreanLeftovers(slide: DeckSlide, names: ReadonlySet<string>): string[] {
  const quoteless = (text: string) => text.replace(/<blockquote(?:\s[^>]*)?\slang="ko"[^>]*>[\s\S]*?<\/blockquote>/g, '')
  return koreanOutsideNames(`${visibleText({ ...slide, content: quoteless(slide.content) })}\n${slide.notes ?? ''}`, names)
}

/** Korean runs in `text` other than one of `names` in parentheses after its English form: `elite team (정예팀)`. */
export function koreanOutsideNames(text: string, names: ReadonlySet<string>): string[] {
  const found: string[] = []
  for (const match of text.matchAll(HANGUL_RUN)) {
    const run = match[0].trim()
    const at = match.index
    const inParentheses = text[at - 1] === '(' && text[at + match[0].trimEnd().length] === ')'
    if (!(inParentheses && names.has(run)))
      found.push(run)
  }
  return found
}
