/**
 * Citations: every source has one number (its place in data/sources.yaml),
 * used both in a slide's footnote line and on the sources slides, so that a
 * reader can find "[7]" on the last slides.
 */
import type { Source } from './data/schema'
import type { UiStrings } from './i18n/strings'

export interface CitedSource {
  id: string
  n: number
  publisher: string
  title: string
  /** `title` summarises the article; its headline was not seen. */
  titleIsSummary: boolean
  /** The English edition's gist of a Korean title. */
  gist?: string
  when: string
  url: string
  /** The site, for a short visible link. */
  host: string
}

/** Accepts "a,b" or ["a", "b"], trimmed and each once: a slide's `cite:` list, or <Cite ids="a,b" />. */
export function parseIds(ids: string | readonly string[]): string[] {
  const list = typeof ids === 'string' ? ids.split(',') : [...ids]
  return [...new Set(list.map(id => id.trim()).filter(Boolean))]
}

/** The ids of a slide's frontmatter `cite:`, a list or one id; none when absent. */
export function frontmatterCiteIds(cite: unknown): string[] {
  if (Array.isArray(cite))
    return parseIds(cite.map(String))
  return typeof cite === 'string' ? parseIds(cite) : []
}

export function citedSource(source: Source & { gist?: string }, n: number, ui: UiStrings): CitedSource {
  return {
    ...(source.gist ? { gist: source.gist } : {}),
    id: source.id,
    n,
    publisher: source.publisher,
    title: source.title,
    titleIsSummary: source.titleIsSummary ?? false,
    when: ui.date(source.published),
    url: source.url,
    host: new URL(source.url).host.replace(/^www\./, ''),
  }
}

/** Ids that are not in the source list (for tests over slides and for the Cite component's error). */
export function unknownSourceIds(sources: readonly Source[], ids: string | readonly string[]): string[] {
  const known = new Set(sources.map(s => s.id))
  return parseIds(ids).filter(id => !known.has(id))
}

export class UnknownSourceError extends Error {
  constructor(readonly ids: string[]) {
    super(`unknown source id${ids.length > 1 ? 's' : ''}: ${ids.join(', ')} (expected ids from data/sources.yaml)`)
    this.name = 'UnknownSourceError'
  }
}

/** The sources a slide cites, numbered as on the sources slides and sorted by that number. */
export function citeEntries(sources: readonly Source[], ids: string | readonly string[], ui: UiStrings): CitedSource[] {
  const unknown = unknownSourceIds(sources, ids)
  if (unknown.length)
    throw new UnknownSourceError(unknown)
  const wanted = new Set(parseIds(ids))
  return sources.flatMap((source, index) => wanted.has(source.id) ? [citedSource(source, index + 1, ui)] : [])
}

/** One publisher's sources in a slide's footnote line: "[43, 61] 과학기술정보통신부". */
export interface CiteGroup {
  numbers: number[]
  publisher: string
}

/**
 * A slide's footnote line, short enough to leave the slide its room: the
 * cited sources grouped by publisher (its name without the parenthesised
 * detail, such as the channel), in the order of their first number. Dates,
 * titles and links are on the sources slides, under the same numbers.
 */
export function citeGroups(entries: readonly CitedSource[]): CiteGroup[] {
  const groups = new Map<string, CiteGroup>()
  for (const entry of [...entries].sort((a, b) => a.n - b.n)) {
    const publisher = entry.publisher.replace(/\s*\([^)]*\)\s*$/, '')
    const group = groups.get(publisher) ?? { numbers: [], publisher }
    group.numbers.push(entry.n)
    groups.set(publisher, group)
  }
  return [...groups.values()]
}

/** How many sources slides `perPage` sources a page need. */
export function sourcesPageCount(sources: readonly Source[], perPage: number): number {
  return Math.max(1, Math.ceil(sources.length / perPage))
}

/**
 * One page (1-based) of the numbered source list. Pages hold at most
 * `perPage` sources and are filled evenly (79 sources on 7 pages: 12, 12,
 * then 11 each), so that no last page holds only a few.
 */
export function sourcesPage(sources: readonly Source[], page: number, perPage: number, ui: UiStrings): CitedSource[] {
  const pages = sourcesPageCount(sources, perPage)
  const base = Math.floor(sources.length / pages)
  const longer = sources.length % pages
  const start = (page - 1) * base + Math.min(page - 1, longer)
  const size = base + (page <= longer ? 1 : 0)
  return sources.slice(start, start + size).map((source, index) => citedSource(source, start + index + 1, ui))
}
