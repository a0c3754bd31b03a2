/**
 * What a component needs to show data in its deck's edition: the language,
 * its words and the data in that language. The one place that asks Slidev
 * which edition this is.
 */
import type { DeckData } from '../data/schema.ts'
import type { DeckLang, UiStrings } from './index.ts'
import { inject } from 'vue'
import { editionOf, localizedData, UI } from './index.ts'

/** Slidev's app-wide context (its `$slidev`), provided under this key by @slidev/client (setup/root.ts). */
const SLIDEV_CONTEXT = '$$slidev-context'

export function useEdition(data: DeckData): { lang: DeckLang, ui: UiStrings, data: DeckData } {
  const context = inject<{ configs?: { htmlAttrs?: unknown } } | undefined>(SLIDEV_CONTEXT, undefined)
  const lang = editionOf(context?.configs?.htmlAttrs)
  return { lang, ui: UI[lang], data: localizedData(data, lang) }
}
