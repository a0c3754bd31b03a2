/**
 * How the deck writes dates, amounts and kinds of organisation in Korean.
 * One place, so that every slide, table and diagram agrees.
 */
import type { Amount, OrganisationKind } from '../data/schema.ts'

/** "2025-08-04" → "2025.8.4"; "2026-08" → "2026.8". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-')
  return [year, Number(month), day === undefined ? undefined : Number(day)].filter(part => part !== undefined).join('.')
}

/** A stage's or event's date as the deck shows it: the source's wording when given, a span when it has an end. */
export function formatWhen(item: { date: string, until?: string, dateLabel?: string }): string {
  if (item.dateLabel)
    return item.dateLabel
  if (!item.until || item.until === item.date)
    return formatDate(item.date)
  const [startYear, startMonth] = item.date.split('-')
  const [endYear, endMonth, endDay] = item.until.split('-')
  const end = startYear !== endYear
    ? formatDate(item.until)
    : startMonth !== endMonth ? `${Number(endMonth)}.${Number(endDay)}` : `${Number(endDay)}`
  return `${formatDate(item.date)}~${end}`
}

const HANGUL_START = /^[\u3131-\u318E\uAC00-\uD7A3]/

/**
 * 1576 억 원 → "1,576억 원" (a Korean counter follows the number directly; another unit after a space);
 * 512 장 (B200), per 팀당 → "팀당 512장 (B200)"; approximate → "약 2,000억 원".
 */
export function formatAmount(amount: Amount): string {
  const number = amount.value.toLocaleString('en-US')
  const value = HANGUL_START.test(amount.unit) ? `${number}${amount.unit}` : `${number} ${amount.unit}`
  return [amount.per, amount.approximate ? '약' : undefined, value].filter(Boolean).join(' ')
}

export const kindLabels: Record<OrganisationKind, string> = {
  'company': '기업',
  'university': '대학',
  'research-institute': '연구기관',
  'hospital': '병원',
  'public-body': '공공기관',
  'media': '언론',
}
