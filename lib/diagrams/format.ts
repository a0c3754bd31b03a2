/** Formatting shared by the diagram generators. */
import type { Amount, Consortium, DeckData } from '../data/schema'

const HANGUL_START = /^[\u3131-\u318E\uAC00-\uD7A3]/

/** `1576 억 원` → `1,576억 원`: a Korean counter (억, 장, 팀) follows the number directly. */
export function formatAmount(amount: Amount): string {
  const number = amount.value.toLocaleString('en-US')
  return HANGUL_START.test(amount.unit) ? `${number}${amount.unit}` : `${number} ${amount.unit}`
}

/** ISO date as the deck shows it: `2025-08-04` → `2025.08.04`. */
export function formatDate(iso: string): string {
  return iso.replaceAll('-', '.')
}

export function consortiumName(consortium: Consortium): string {
  return consortium.lead.name.ko
}

/** Consortia by id, in data order. */
export function consortiaById(data: DeckData): Map<string, Consortium> {
  return new Map(data.consortia.map(c => [c.id, c]))
}

/** Publishers of the given source ids, once each, in order. */
export function publishers(data: DeckData, ids: readonly string[]): string[] {
  const byId = new Map(data.sources.map(s => [s.id, s.publisher]))
  return [...new Set(ids.map(id => byId.get(id)).filter((p): p is string => Boolean(p)))]
}

/** The shorter of a name's two forms: agencies are known by their acronyms (NIPA), firms by their Korean names. */
export function shortName(name: { ko: string, en: string }): string {
  return name.en.length < name.ko.length ? name.en : name.ko
}
