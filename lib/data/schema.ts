/**
 * The shape of everything the deck states as fact. Each YAML file in data/
 * is checked against one of these schemas; the types below are what slides,
 * components and diagram generators receive.
 */
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'an ISO date, YYYY-MM-DD', abort: true }).refine(value => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'a real calendar date')

/**
 * A day, or a month where only the month is known (an event not reported as
 * done, a model page that shows no day): YYYY-MM. A malformed day gets the
 * day's own message.
 */
const isoDateOrMonth = z.string({ error: 'an ISO date, YYYY-MM-DD' }).superRefine((value, context) => {
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
const eventStatus = z.enum(eventStatuses)

/** A web address the deck can link to. */
const webUrl = z.string({ error: 'a URL (http or https)' }).refine((value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  }
  catch {
    return false
  }
}, 'a URL (http or https)')

const HANGUL = /[\u3131-\u318E\uAC00-\uD7A3]/

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
  return (record: Record<string, unknown> & { en?: Record<string, string | undefined> }, context: z.core.$RefinementCtx) => {
    for (const field of fields) {
      const value = record[field]
      if (typeof value === 'string' && HANGUL.test(value) && !record.en?.[field])
        context.addIssue({ code: 'custom', path: ['en', field], message: `the English form of ${field} ("${value}")` })
    }
  }
}

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and hyphens')

/** Ids of entries in data/sources.yaml that back a statement. */
const sourceIds = z.array(id).min(1, 'at least one source id')

/** One report of when a planned step would happen; sources moved the second review more than once. */
export const scheduleReportSchema = z.object({
  /** The timing as the source words it, e.g. "2026년 6월 말~7월 초". */
  said: z.string().min(1),
  /**
   * The days or months the wording covers, to place it on a time axis ("6월 말~7월 초": 2026-06 to 2026-07);
   * left out when the wording names no time ("after the budget is set").
   */
  period: z.object({ from: isoDateOrMonth, to: isoDateOrMonth.optional() }).strict().optional(),
  /** The day the source published it. */
  reported: isoDate,
  en: englishForms(['said']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['said']))

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

/** A name in the deck's language and in English. */
export const bilingualSchema = z.object({
  ko: z.string().min(1),
  en: z.string().min(1),
}).strict()

export const sourceSchema = z.object({
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
  en: englishForms(['publisher', 'title']),
}).strict().superRefine(requireEnglish(['publisher', 'title']))

export const amountSchema = z.object({
  value: z.number({ error: 'a number' }).nonnegative('a non-negative number'),
  unit: z.string({ error: 'a unit such as "억 원" or "장 (B200)"' }).min(1, 'a unit such as "억 원" or "장 (B200)"'),
  /** The source gives a round figure ("약 2,000억 원"). */
  approximate: z.boolean().optional(),
  /** What one unit counts, e.g. "팀당" (per team). */
  per: z.string().min(1).optional(),
}).strict()

export const organisationKinds = ['company', 'university', 'research-institute', 'hospital', 'public-body', 'media'] as const

export const organisationSchema = z.object({
  name: bilingualSchema,
  kind: z.enum(organisationKinds),
}).strict()

/** One scored part of a stage review, as the ministry published it: its points out of the review's total, the teams' average, the top team. */
export const scoreItemSchema = z.object({
  name: bilingualSchema,
  /** The points this part carries. */
  points: z.number({ error: 'a number' }).positive('a positive number'),
  /** The average over the teams reviewed, as published. */
  average: z.number({ error: 'a number' }).nonnegative().optional(),
  /** The team (or teams, when tied) with the top score, and that score. */
  top: z.object({ consortia: z.array(id).min(1), score: z.number({ error: 'a number' }).nonnegative() }).strict().optional(),
}).strict()

export const scorePartSchema = scoreItemSchema.extend({
  /** The gap between the first and the last team, as published. */
  gap: z.number({ error: 'a number' }).nonnegative().optional(),
  /** The part's own parts (AAII 25 and NIA 15 within benchmarks 40). */
  items: z.array(scoreItemSchema).optional(),
}).strict()

/** A stage of the selection; `planned` stages have no outcome yet. */
export const stageSchema = z.object({
  id,
  name: bilingualSchema,
  date: isoDateOrMonth,
  /** ISO date of the stage's last day, for stages that span several days. */
  until: isoDate.optional(),
  /** How a source words a date known only roughly, e.g. "2026년 8월 초". */
  dateLabel: z.string().min(1).optional(),
  status: eventStatus,
  /** How many teams the stage leaves in the race (planned or unreported: the stated intent). */
  teams: z.number().int().nonnegative().optional(),
  /** How many teams applied at this stage, as the sources state it. */
  applied: z.number().int().nonnegative().optional(),
  /** How many teams this stage eliminated, as the sources state it. */
  eliminated: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
  /** Required while status is unreported: the search that found no report of the outcome. */
  searched: searchRecordSchema.optional(),
  /** How the review was scored (out of 100) and what the ministry published of the scores. */
  scoring: z.object({
    parts: z.array(scorePartSchema).min(1),
    /**
     * Each team's total where the ministry did not publish them: as an outlet reported them
     * (checked against the published averages), or, when none did, the search that found none.
     */
    totals: z.object({
      published: z.literal(false),
      reported: z.array(z.object({ consortium: id, score: z.number({ error: 'a number' }).nonnegative() }).strict()).min(1).optional(),
      /** The outlet that reported `reported`. */
      sources: sourceIds.optional(),
      searched: searchRecordSchema.optional(),
    }).strict().optional(),
    sources: sourceIds,
  }).strict().optional(),
  en: englishForms(['dateLabel']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['dateLabel']))

export const supportItemSchema = z.object({
  label: z.string().min(1),
  /** What the amount is for, in a few words, written before it in the funding diagram ("데이터 공동구매 100억 원"). */
  short: z.string().min(1).max(14).optional(),
  amount: amountSchema,
  /** The first day this item was on offer, when that was after the selection (the diagram at the essay's date leaves it out). */
  since: isoDate.optional(),
  note: z.string().optional(),
  en: englishForms(['label', 'short', 'note']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['label', 'short', 'note']))

export const budgetFigureSchema = z.object({
  amount: amountSchema,
  /** What the figure covers, as the source scopes it. */
  scope: z.string().min(1),
  /** The figure's name in a few words, where a diagram draws it ("2025년 1차 추경"). */
  short: z.string().min(1).max(20).optional(),
  en: englishForms(['scope', 'short']),
  /** When the source stated it (for a figure that a later source revised); a month for a publication that gives no day. */
  stated: isoDateOrMonth.optional(),
  /** The figure comes from the settlement of the year's accounts (what was appropriated and spent), not from a report or a plan. */
  settled: z.boolean().optional(),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['scope', 'short']))

export const supportLineSchema = z.object({
  id: z.enum(['gpu', 'data', 'talent']),
  name: bilingualSchema,
  items: z.array(supportItemSchema).min(1),
  /** Consortium ids that received this line at selection. */
  recipients: z.array(id),
  /** Consortia that were selected but may receive this line only from a later date (the GPU suppliers, from H2 2026). */
  deferred: z.array(z.object({
    consortium: id,
    /** When the team may receive the line, as the sources word it ("2026년 하반기"). */
    from: z.string().min(1),
    reason: z.string().min(1),
    en: englishForms(['from', 'reason']),
    sources: sourceIds,
  }).strict().superRefine(requireEnglish(['from', 'reason']))).optional(),
  /** The line's total over the programme, as each source states it (sources may disagree). */
  totals: z.array(budgetFigureSchema).optional(),
  note: z.string().optional(),
  sources: sourceIds,
}).strict()

export const programSchema = z.object({
  name: bilingualSchema,
  formerName: bilingualSchema.optional(),
  ministry: organisationSchema.extend({ role: z.string().min(1), en: englishForms(['role']), sources: sourceIds }).strict().superRefine(requireEnglish(['role'])),
  /** `since`: the first day an agency is reported in the programme, when later than the selection. */
  agencies: z.array(organisationSchema.extend({ role: z.string().min(1), since: isoDate.optional(), en: englishForms(['role']), sources: sourceIds }).strict().superRefine(requireEnglish(['role']))).min(1),
  call: z.object({ opens: isoDate, closes: isoDate, maxTeams: z.number().int().positive(), sources: sourceIds }).strict(),
  stages: z.array(stageSchema).min(1),
  target: z.object({ text: z.string().min(1), sources: sourceIds }).strict(),
  support: z.array(supportLineSchema).min(1),
  /** Total budget as each source states it; sources disagree, so every figure is kept. */
  budget: z.array(budgetFigureSchema).min(1),
  openSource: z.object({ text: z.string().min(1), en: englishForms(['text']), sources: sourceIds }).strict().superRefine(requireEnglish(['text'])),
}).strict()

/** One dated step in a consortium's path through the selection. */
export const historyEntrySchema = z.object({
  date: isoDate,
  stage: id,
  outcome: z.enum(['applied', 'passed', 'eliminated', 'selected']),
  reason: z.string().min(1).optional(),
  en: englishForms(['reason']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['reason']))

/** A model a team released: what it is and under which licence, as its sources state it. */
export const modelReleaseSchema = z.object({
  name: z.string().min(1),
  /** Release day, or month when the sources give no day. */
  date: isoDateOrMonth,
  /** Parameters, total and active (mixture of experts), as the sources write them: "519B", "33B". */
  parameters: z.object({ total: z.string().min(1), active: z.string().min(1).optional() }).strict().optional(),
  /** Weights published for download. */
  openWeights: z.boolean(),
  /** Licence names as the sources give them; more than one when sources disagree. */
  licence: z.array(z.object({ name: z.string().min(1), sources: sourceIds }).strict()).optional(),
  note: z.string().min(1).optional(),
  /** Required when the size or the licence is not given: the search of the card and README that did not find it. */
  searched: searchRecordSchema.optional(),
  /** A preview or beta that a final release of the same model replaced; a team's first and latest releases leave it out. */
  preview: z.boolean().optional(),
  sources: sourceIds,
}).strict()

export const consortiumSchema = z.object({
  id,
  lead: organisationSchema,
  /** Highest stage id the consortium reached (see program.stages). */
  reached: id,
  history: z.array(historyEntrySchema).min(1),
  startup: z.boolean().optional(),
  model: z.string().min(1).optional(),
  goals: z.array(z.string().min(1)).optional(),
  /** The team's stated direction in a few words, as a chart labels it (the goals say it in full). */
  focus: z.string().min(1).max(24).optional(),
  partners: z.array(organisationSchema).optional(),
  /** Context on the membership, e.g. demand-side companies beyond the formal partners. */
  note: z.string().min(1).optional(),
  /** Models the team released after its selection, oldest first. */
  releases: z.array(modelReleaseSchema).optional(),
  /** The English edition's goals, one for each goal, in order. */
  en: z.object({ goals: z.array(z.string().min(1)).optional(), focus: z.string().min(1).max(40).optional() }).strict().optional(),
  sources: sourceIds,
}).strict().superRefine((consortium, context) => {
  const goals = consortium.goals ?? []
  if (goals.some(goal => HANGUL.test(goal)) && consortium.en?.goals?.length !== goals.length)
    context.addIssue({ code: 'custom', path: ['en', 'goals'], message: `the English form of each of the ${goals.length} goals, in order` })
  if (consortium.focus && HANGUL.test(consortium.focus) && !consortium.en?.focus)
    context.addIssue({ code: 'custom', path: ['en', 'focus'], message: `the English form of focus ("${consortium.focus}")` })
})

export const timelineEventSchema = z.object({
  date: isoDateOrMonth,
  /** How a source words a date known only roughly, e.g. "2026년 말". */
  dateLabel: z.string().min(1).optional(),
  title: z.string().min(1),
  status: eventStatus,
  consortia: z.array(id).optional(),
  /** Earlier and later reports of the event's timing, when sources moved it. */
  schedule: z.array(scheduleReportSchema).optional(),
  /** Required while status is unreported: the search that found no report of the outcome. */
  searched: searchRecordSchema.optional(),
  en: englishForms(['title', 'dateLabel']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['title', 'dateLabel']))

/** Essay sections, in the essay's order; slides/ has one file for each. */
export const essaySections = ['opening', 'foundation-model', 'startup', 'diversity', 'ecosystem', 'essence'] as const

export const ecosystemPartSchema = z.object({
  id,
  name: bilingualSchema,
  group: z.enum(['core', 'layer', 'strategy']),
  section: z.enum(essaySections),
}).strict()

export const essaySchema = z.object({
  /** The post's headline; left out while no copy of the post shows it (none seen so far). */
  title: z.string().min(1).optional(),
  /** The blog category the post is filed under, as the post shows it. */
  category: z.string().min(1).optional(),
  author: z.string().min(1),
  blog: z.string().min(1),
  url: webUrl,
  /** The stamp the post shows, as it shows it. */
  stamp: z.string().min(1),
  en: englishForms(['title', 'category', 'blog']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['title', 'category', 'blog']))

/** How one finding stands against what the essay asked: it answers the ask, answers part of it, or goes the other way. */
export const answerKinds = ['yes', 'partly', 'against', 'unknown'] as const
export const confidences = ['high', 'medium', 'low'] as const

/**
 * One finding in the public record against an ask: a programme, call,
 * selection, budget line or result, with its date, its status on the as-of
 * date, how far it answers the ask, and how sure the deck is of it.
 */
export const recordFindingSchema = z.object({
  id,
  date: isoDateOrMonth,
  status: eventStatus,
  /** What happened, in a sentence. */
  what: z.string().min(1),
  /** The finding in a few words, as the asks picture labels it. */
  label: z.string().min(1).max(12),
  answers: z.enum(answerKinds),
  confidence: z.enum(confidences),
  /** Required while status is unreported: the search that found no report of it. */
  searched: searchRecordSchema.optional(),
  en: englishForms(['what', 'label']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['what', 'label']))

/** One thing the essay asks for, in its own words, and the record against it. */
export const essayAskSchema = z.object({
  id,
  /** The ask in a few words, for the pictures. */
  label: bilingualSchema,
  /** The essay's sentence, quoted as published. */
  quote: z.string().min(1),
  /** The deck's translation of the quote, for the English edition. */
  quoteEn: z.string().min(1),
  record: z.array(recordFindingSchema),
  /** What was looked for against this ask and not found (a separate working group, a vote): the search behind it. */
  notFound: z.array(z.object({ what: z.string().min(1), en: englishForms(['what']), searched: searchRecordSchema }).strict().superRefine(requireEnglish(['what']))).optional(),
  sources: sourceIds,
}).strict()

export const verdicts = ['borne-out', 'mixed', 'not-borne-out'] as const

/** One of the essay's worries and what happened, including what cuts against the essay. */
export const essayWorrySchema = z.object({
  id,
  label: bilingualSchema,
  quote: z.string().min(1),
  quoteEn: z.string().min(1),
  /** What happened, in a line the scorecard shows. */
  happened: z.string().min(1).max(48),
  verdict: z.enum(verdicts),
  en: englishForms(['happened']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['happened']))

/** Where one ecosystem part (data/ecosystem.yaml) stands in the record: answered, in part, or nothing found. */
export const ecosystemNowSchema = z.object({
  part: id,
  mark: z.enum(['yes', 'partly', 'none-found']),
  /** The finding behind the mark, in a few words ("모두의 AI"). */
  note: z.string().min(1).max(16),
  /** Required when the mark is none-found: the search that found nothing. */
  searched: searchRecordSchema.optional(),
  en: englishForms(['note']),
  sources: sourceIds,
}).strict().superRefine(requireEnglish(['note']))

export const recordSchema = z.object({
  asks: z.array(essayAskSchema).min(1),
  worries: z.array(essayWorrySchema).min(1),
  ecosystemNow: z.array(ecosystemNowSchema).min(1),
}).strict()

/** One preferred term and the variants that must not appear beside it. */
export const glossaryEntrySchema = z.object({
  term: z.string().min(1),
  en: z.string().min(1),
  /** Spellings of the same thing that the deck does not use. */
  variants: z.array(z.string().min(1)).default([]),
  /** What the term means, for the slide where it first appears. */
  explain: z.string().min(1).optional(),
  explainEn: z.string().min(1).optional(),
}).strict().superRefine((entry, context) => {
  if (entry.explain && !entry.explainEn)
    context.addIssue({ code: 'custom', path: ['explainEn'], message: `the English form of explain ("${entry.explain}")` })
})

export type Bilingual = z.infer<typeof bilingualSchema>
export type Source = z.infer<typeof sourceSchema>
export type Amount = z.infer<typeof amountSchema>
export type Organisation = z.infer<typeof organisationSchema>
export type OrganisationKind = typeof organisationKinds[number]
export type Stage = z.infer<typeof stageSchema>
export type SupportLine = z.infer<typeof supportLineSchema>
export type Program = z.infer<typeof programSchema>
export type HistoryEntry = z.infer<typeof historyEntrySchema>
export type Consortium = z.infer<typeof consortiumSchema>
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export type EcosystemPart = z.infer<typeof ecosystemPartSchema>
export type EssaySection = typeof essaySections[number]
export type Essay = z.infer<typeof essaySchema>
export type EventStatus = typeof eventStatuses[number]
export type ScheduleReport = z.infer<typeof scheduleReportSchema>
export type SearchRecord = z.infer<typeof searchRecordSchema>
export type ScorePart = z.infer<typeof scorePartSchema>
export type ScoreItem = z.infer<typeof scoreItemSchema>
export type ModelRelease = z.infer<typeof modelReleaseSchema>
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>
export type RecordFinding = z.infer<typeof recordFindingSchema>
export type EssayAsk = z.infer<typeof essayAskSchema>
export type EssayWorry = z.infer<typeof essayWorrySchema>
export type EcosystemNow = z.infer<typeof ecosystemNowSchema>
export type DeckRecord = z.infer<typeof recordSchema>

/**
 * How fast the talk is spoken in one edition's language: the planned time of a
 * slide is its speaker notes at this rate (lib/talk/plan.ts).
 */
export const speakingRateSchema = z.object({
  /** Units a minute: Hangul syllables in Korean, words in English. */
  perMinute: z.number({ error: 'a number of units a minute' }).positive('a positive number of units a minute'),
  unit: z.enum(['syllables', 'words']),
  /** What the source measured, and how the figure here was taken from it. */
  basis: z.string().min(1),
  sources: sourceIds,
}).strict()

export const talkSchema = z.object({
  speakingRates: z.object({ ko: speakingRateSchema, en: speakingRateSchema }).strict(),
}).strict()

export type SpeakingRate = z.infer<typeof speakingRateSchema>
export type Talk = z.infer<typeof talkSchema>

/** Every data file, by name, with the schema its content must match. */
export const dataFiles = {
  'as-of.yaml': z.object({ asOf: isoDate }).strict(),
  'glossary.yaml': z.object({ glossary: z.array(glossaryEntrySchema).min(1) }).strict(),
  'sources.yaml': z.object({ sources: z.array(sourceSchema).min(1) }).strict(),
  'essay.yaml': z.object({ essay: essaySchema }).strict(),
  'program.yaml': z.object({ program: programSchema }).strict(),
  'consortia.yaml': z.object({ consortia: z.array(consortiumSchema).min(1) }).strict(),
  'timeline.yaml': z.object({ timeline: z.array(timelineEventSchema).min(1) }).strict(),
  'ecosystem.yaml': z.object({ ecosystem: z.array(ecosystemPartSchema).min(1) }).strict(),
  'talk.yaml': z.object({ talk: talkSchema }).strict(),
  'record.yaml': z.object({ record: recordSchema }).strict(),
} as const

export type DataFileName = keyof typeof dataFiles

export interface DeckData {
  /** The day the facts were last checked against their sources. */
  asOf: string
  glossary: GlossaryEntry[]
  sources: Source[]
  essay: Essay
  program: Program
  consortia: Consortium[]
  timeline: TimelineEvent[]
  ecosystem: EcosystemPart[]
  /** How the talk is spoken: each language's speaking rate. */
  talk: Talk
  /** The essay's asks and worries and the record against them, as of the as-of date. */
  record: DeckRecord
}
