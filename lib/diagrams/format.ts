/** Formatting shared by the diagram generators; dates and amounts come from the edition's strings (lib/i18n/ko-format.ts in Korean), as on every slide. */
import type { Consortium } from '../data/schema'
import type { DeckLang } from '../i18n/strings'

export function consortiumName(consortium: Consortium, lang: DeckLang = 'ko'): string {
  return consortium.lead.name[lang]
}

/** The short form of a name: an acronym the English name ends with (`… Agency (NIPA)` → NIPA), else the shorter form. */
export function shortName(name: { ko: string, en: string }, lang: DeckLang = 'ko'): string {
  const acronym = /\(([A-Z][A-Za-z&]{1,7})\)\s*$/.exec(name.en)?.[1]
  if (acronym)
    return acronym
  return lang === 'en' || name.en.length < name.ko.length ? name.en : name.ko
}

/** Text without a closing parenthetical detail (`공급사라서 제외 (H100 공급)` → `공급사라서 제외`); the detail stays in descriptions. */
export function withoutDetail(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, '') || text
}
