/**
 * Bytes a browser fetched, by what it fetched: the issue asks for fonts, JS
 * and CSS separately; everything else is counted too so the total adds up.
 */

export const BYTE_KINDS = ['font', 'script', 'stylesheet', 'document', 'image', 'other'] as const
export type ByteKind = typeof BYTE_KINDS[number]

export type ByteTotals = Record<ByteKind, number> & { total: number, requests: number }

export function emptyTotals(): ByteTotals {
  return { font: 0, script: 0, stylesheet: 0, document: 0, image: 0, other: 0, total: 0, requests: 0 }
}

/** Maps Playwright's resourceType() to a kind; fetch/xhr/manifest/etc. are "other". */
export function byteKind(resourceType: string): ByteKind {
  return (BYTE_KINDS as readonly string[]).includes(resourceType) && resourceType !== 'other'
    ? resourceType as ByteKind
    : 'other'
}

export function addResponse(totals: ByteTotals, resourceType: string, bytes: number): ByteTotals {
  const kind = byteKind(resourceType)
  const size = Math.max(0, bytes)
  return { ...totals, [kind]: totals[kind] + size, total: totals.total + size, requests: totals.requests + 1 }
}
