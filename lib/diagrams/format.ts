/** Formatting shared by the diagram generators. */
import type { Amount, Consortium, DeckData } from '../data/schema'

const HANGUL_START = /^[\u3131-\u318E\uAC00-\uD7A3]/

/** `1576 억 원` → `1,576억 원`: a Korean counter (억, 장, 팀) follows the number directly. */
export function formatAmount(amount: Amount): string {
  const number = amount.value.toLocaleString('en-US')
  const value = HANGUL_START.test(amount.unit) ? `${number}${amount.unit}` : `${number} ${amount.unit}`
  return `${amount.per ? `${amount.per} ` : ''}${amount.approximate ? '약 ' : ''}${value}`
}

/** A date as the deck shows it: the source's own wording when the data gives one (`2026년 8월`), else `2025.08.04`. */
export function formatDate(iso: string, label?: string): string {
  return label ?? iso.replaceAll('-', '.')
}

export function consortiumName(consortium: Consortium): string {
  return consortium.lead.name.ko
}

/** Consortia by id, in data order. */
export function consortiaById(data: DeckData): Map<string, Consortium> {
  return new Map(data.consortia.map(c => [c.id, c]))
}

/** The short form of a name: an acronym the English name ends with (`… Agency (NIPA)` → NIPA), else the shorter form. */
export function shortName(name: { ko: string, en: string }): string {
  const acronym = /\(([A-Z][A-Za-z&]{1,7})\)\s*$/.exec(name.en)?.[1]
  if (acronym)
    return acronym
  return name.en.length < name.ko.length ? name.en : name.ko
}

/** Text without a closing parenthetical detail (`공급사라서 제외 (H100 공급)` → `공급사라서 제외`); the detail stays in descriptions. */
export function withoutDetail(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, '') || text
}
