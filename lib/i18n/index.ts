/**
 * The deck's editions in the browser: which one a build is (its headmatter's
 * `htmlAttrs.lang`), its words (ko.ts, en.ts) and the data in its language.
 */
import type { DeckData, Source } from '../data/schema.ts'
import type { DeckLang, UiStrings } from './strings.ts'
import { en } from './en.ts'
import { ko } from './ko.ts'

export { DECK_LANGS, type DeckLang, type UiStrings } from './strings.ts'

export const UI: Record<DeckLang, UiStrings> = { ko, en }

/** The edition a deck is, from its headmatter's `htmlAttrs` (`lang: en`); Korean when it says nothing else. */
export function editionOf(htmlAttrs: unknown): DeckLang {
  const lang = (htmlAttrs as { lang?: unknown } | undefined)?.lang
  return typeof lang === 'string' && lang.toLowerCase().startsWith('en') ? 'en' : 'ko'
}

/** A source as the English edition shows it: the English publisher, the original title, the English gist. */
export interface LocalizedSource extends Source {
  /** An English gist of a Korean title (the title stays as published). */
  gist?: string
}

/** Every record's `en: { field: … }` put in place of its Korean fields (sources keep their titles). */
function english(node: unknown): unknown {
  if (Array.isArray(node))
    return node.map(english)
  if (node === null || typeof node !== 'object')
    return node
  const record = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'en' ? value : english(value)]))
  const forms = record.en
  if (forms && typeof forms === 'object' && !Array.isArray(forms)) {
    const { en: _, ...rest } = record
    return { ...rest, ...forms }
  }
  return record
}

const cache = new WeakMap<DeckData, DeckData>()

/**
 * The data as an edition states it. Korean: the data as it is. English: each
 * record's English forms in place of its Korean text; names stay bilingual
 * (views pick `name.en`), and sources keep their original titles with the
 * English gist beside them.
 */
export function localizedData(data: DeckData, lang: DeckLang): DeckData {
  if (lang === 'ko')
    return data
  const cached = cache.get(data)
  if (cached)
    return cached
  const { sources, ...rest } = data
  const localized = {
    ...(english(rest) as Omit<DeckData, 'sources'>),
    sources: sources.map((source): LocalizedSource => {
      const { en: forms, ...original } = source
      return { ...original, publisher: forms?.publisher ?? source.publisher, ...(forms?.title ? { gist: forms.title } : {}) }
    }),
  }
  cache.set(data, localized)
  return localized
}
