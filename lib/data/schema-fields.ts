/**
 * The fields the data files share: dates (a day, or a month where only the
 * month is known), an item's status on the as-of date, ids and source ids,
 * web addresses, names in both languages, amounts, organisations and sources,
 * and the check that Korean text has its English form. The files' own
 * schemas (./schema.ts, ./schema-essay.ts) are built from them.
 */
import { z } from 'zod'
import { organisationKinds } from './organisation-kinds.ts'

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'an ISO date, YYYY-MM-DD', abort: true }).refine(value => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a real calendar date')

/**
 * A day, or a month where only the month is known (an event not reported as
 * done, a model page that shows no day): YYYY-MM. A malformed day gets the
 * day's own message.
 */
export const isoDateOrMonth = z.string({ error: 'an ISO date, YYYY-MM-DD' }).superRefine((value, context) => {
  if (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(value))
    return
  for (const issue of isoDate.safeParse(value).error?.issues ?? [])
    context.addIssue({ code: 'custom', message: issue.message })
})

/**
 * Where a dated stage or event stands on the as-of date (data/as-of.yaml):
 * done, as a source reports; planned, dated after the as-of date; or
 * unreported, due by the as-of date but no source reports what happened.
 */
export const eventStatuses = ['done', 'planned', 'unreported'] as const
export const eventStatus = z.enum(eventStatuses)
export type EventStatus = typeof eventStatuses[number]

/** A web address the deck can link to. */
export const webUrl = z.string({ error: 'a URL (http or https)' }).refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  }
  catch {
    return false
  }
}, 'a URL (http or https)')

export const HANGUL = /[\u3131-\u318E\uAC00-\uD7A3]/

/**
 * The English forms of a record's text fields, for the English edition:
 * `en: { field: … }` beside the Korean. Every listed field whose value has
 * Hangul in it needs one; the check names the record and the field.
 */
function englishForms<const K extends string>(fields: readonly K[]) {
  return z.object(Object.fromEntries(fields.map(field => [field, z.string().min(1).optional()])) as Record<K, z.ZodOptional<z.ZodString>>).strict().optional()
}

/** Adds to `context` an issue for each listed Korean field that has no English form. */
function requireEnglish(fields: readonly string[]) {
  return (value: object, context: z.core.$RefinementCtx) => {
    const record = value as Record<string, unknown> & { en?: Record<string, string | undefined> }
    for (const field of fields) {
      const value = record[field]
      if (typeof value === 'string' && HANGUL.test(value) && !record.en?.[field])
        context.addIssue({ code: 'custom', path: ['en', field], message: `the English form of ${field} ("${value}")` })
    }
  }
}

/**
 * A record (strict: no field beyond `shape` and `en`) whose listed text
 * fields, where written in Korean, each need their English form in
 * `en: { field: … }` for the English edition.
 */
export function englishRecord<S extends z.ZodRawShape, const K extends string>(shape: S, fields: readonly K[]) {
  return z.object({ ...shape, en: englishForms(fields) }).strict().superRefine(requireEnglish(fields))
}

export const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and hyphens')

/** Ids of entries in data/sources.yaml that back a statement. */
export const sourceIds = z.array(id).min(1, 'at least one source id')

/** One report of when a planned step would happen; sources moved the second review more than once. */
export const scheduleReportSchema = englishRecord({
  /** The timing as the source words it, e.g. "2026년 6월 말~7월 초". */
  said: z.string().min(1),
  /**
   * The days or months the wording covers, to place it on a time axis ("6월 말~7월 초": 2026-06 to 2026-07);
   * left out when the wording names no time ("after the budget is set").
   */
  period: z.object({ from: isoDateOrMonth, to: isoDateOrMonth.optional() }).strict().optional(),
  /** The day the source published it. */
  reported: isoDate,
  sources: sourceIds,
}, ['said'])

/**
 * The search behind a "not reported" or an "unconfirmed": where the fact was
 * looked for, with what queries, and on what day. Absence of a report is a
 * claim about a search, so the deck keeps the search with the claim.
 */
export const searchRecordSchema = z.object({
  /** The day of the search; validation fails when it is older than the as-of date. */
  on: isoDate,
  /** Where it was looked for: corpora, sites, model cards and READMEs. */
  where: z.array(z.string().min(1)).min(1, 'at least one place searched'),
  /** The queries, as typed. */
  queries: z.array(z.string().min(1)).min(1, 'at least one query'),
  /** What the search did find, if anything, in a sentence. */
  found: z.string().min(1).optional(),
}).strict()
export type SearchRecord = z.infer<typeof searchRecordSchema>

/** A name in the deck's language and in English. */
export const bilingualSchema = z.object({
  ko: z.string().min(1),
  en: z.string().min(1),
}).strict()
export type Bilingual = z.infer<typeof bilingualSchema>

export const sourceSchema = englishRecord({
  id,
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** The headline was not seen: `title` summarises the article instead (the sources slides mark it). */
  titleIsSummary: z.boolean().optional(),
  url: webUrl,
  /** A day, or a month for a page that shows no day (a model page). */
  published: isoDateOrMonth,
  language: z.enum(['ko', 'en']),
  /** English publisher name, and an English gist of a Korean title (the title itself stays as published). */
}, ['publisher', 'title'])
export type Source = z.infer<typeof sourceSchema>

/**
 * The units and `per` words of the data's amounts: every edition writes each
 * one (lib/i18n/en.ts has its English form), and the data check names any
 * other (./check-figures.ts).
 */
export const AMOUNT_UNITS = ['억 원', '장 (B200)'] as const
export const AMOUNT_PER = ['팀당', '연 최대'] as const

export const amountSchema = z.object({
  value: z.number({ error: 'a number' }).nonnegative('a non-negative number'),
  unit: z.string({ error: 'a unit such as "억 원" or "장 (B200)"' }).min(1, 'a unit such as "억 원" or "장 (B200)"'),
  /** The source gives a round figure ("약 2,000억 원"). */
  approximate: z.boolean().optional(),
  /** What one unit counts, e.g. "팀당" (per team). */
  per: z.string().min(1).optional(),
}).strict()
export type Amount = z.infer<typeof amountSchema>

export const organisationSchema = z.object({
  name: bilingualSchema,
  kind: z.enum(organisationKinds),
}).strict()
export type Organisation = z.infer<typeof organisationSchema>
