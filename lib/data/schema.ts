/**
 * The shape of everything the deck states as fact. Each YAML file in data/
 * is checked against one schema of `dataFiles` below; the programme, the
 * consortia, the timeline and the talk are defined here, the essay's side in
 * ./schema-essay.ts, the shared fields in ./schema-fields.ts. Each type (the
 * shape slides, components and diagram generators receive) stands beside its
 * schema; this file hands them all on.
 */
import type { DeckRecord, EcosystemPart, Essay, GlossaryEntry } from './schema-essay.ts'
import type { Source } from './schema-fields.ts'
import { z } from 'zod'
import { ecosystemPartSchema, essaySchema, glossaryEntrySchema, recordSchema } from './schema-essay.ts'
import { amountSchema, bilingualSchema, englishRecord, eventStatus, HANGUL, id, isoDate, isoDateOrMonth, organisationSchema, scheduleReportSchema, searchRecordSchema, sourceIds, sourceSchema } from './schema-fields.ts'

export { organisationKinds } from './organisation-kinds.ts'
export type { OrganisationKind } from './organisation-kinds.ts'
export type { DeckRecord, EcosystemPart, Essay, EssaySection, EssayWorry, GlossaryEntry, RecordFinding } from './schema-essay.ts'
export type { Amount, Bilingual, EventStatus, Organisation, SearchRecord, Source } from './schema-fields.ts'

/** One scored part of a stage review, as the ministry published it: its points out of the review's total, the teams' average, the top team. */
const scoreItemSchema = z.object({
  name: bilingualSchema,
  /** The points this part carries. */
  points: z.number({ error: 'a number' }).positive('a positive number'),
  /** The average over the teams reviewed, as published. */
  average: z.number({ error: 'a number' }).nonnegative().optional(),
  /** The team (or teams, when tied) with the top score, and that score. */
  top: z.object({ consortia: z.array(id).min(1), score: z.number({ error: 'a number' }).nonnegative() }).strict().optional(),
}).strict()
export type ScoreItem = z.infer<typeof scoreItemSchema>

const scorePartSchema = scoreItemSchema.extend({
  /** The gap between the first and the last team, as published. */
  gap: z.number({ error: 'a number' }).nonnegative().optional(),
  /** The part's own parts (AAII 25 and NIA 15 within benchmarks 40). */
  items: z.array(scoreItemSchema).optional(),
}).strict()

/** A stage of the selection; `planned` stages have no outcome yet. */
const stageSchema = englishRecord({
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
  sources: sourceIds,
}, ['dateLabel'])
export type Stage = z.infer<typeof stageSchema>

const supportItemSchema = englishRecord({
  label: z.string().min(1),
  /** What the amount is for, in a few words, written before it in the funding diagram ("데이터 공동구매 100억 원"). */
  short: z.string().min(1).max(14).optional(),
  amount: amountSchema,
  /** The first day this item was on offer, when that was after the selection (the diagram at the essay's date leaves it out). */
  since: isoDate.optional(),
  note: z.string().optional(),
  sources: sourceIds,
}, ['label', 'short', 'note'])

const budgetFigureSchema = englishRecord({
  amount: amountSchema,
  /** What the figure covers, as the source scopes it. */
  scope: z.string().min(1),
  /** The figure's name in a few words, where a diagram draws it ("2025년 1차 추경"). */
  short: z.string().min(1).max(20).optional(),
  /** When the source stated it (for a figure that a later source revised); a month for a publication that gives no day. */
  stated: isoDateOrMonth.optional(),
  /** The figure comes from the settlement of the year's accounts (what was appropriated and spent), not from a report or a plan. */
  settled: z.boolean().optional(),
  sources: sourceIds,
}, ['scope', 'short'])

const supportLineSchema = z.object({
  id: z.enum(['gpu', 'data', 'talent']),
  name: bilingualSchema,
  items: z.array(supportItemSchema).min(1),
  /** Consortium ids that received this line at selection. */
  recipients: z.array(id),
  /** Consortia that were selected but may receive this line only from a later date (the GPU suppliers, from H2 2026). */
  deferred: z.array(englishRecord({
    consortium: id,
    /** When the team may receive the line, as the sources word it ("2026년 하반기"). */
    from: z.string().min(1),
    reason: z.string().min(1),
    sources: sourceIds,
  }, ['from', 'reason'])).optional(),
  /** The line's total over the programme, as each source states it (sources may disagree). */
  totals: z.array(budgetFigureSchema).optional(),
  note: z.string().optional(),
  sources: sourceIds,
}).strict()

const programSchema = z.object({
  name: bilingualSchema,
  formerName: bilingualSchema.optional(),
  ministry: englishRecord({ ...organisationSchema.shape, role: z.string().min(1), sources: sourceIds }, ['role']),
  /** `since`: the first day an agency is reported in the programme, when later than the selection. */
  agencies: z.array(englishRecord({ ...organisationSchema.shape, role: z.string().min(1), since: isoDate.optional(), sources: sourceIds }, ['role'])).min(1),
  call: z.object({ opens: isoDate, closes: isoDate, maxTeams: z.number().int().positive(), sources: sourceIds }).strict(),
  stages: z.array(stageSchema).min(1),
  target: z.object({ text: z.string().min(1), sources: sourceIds }).strict(),
  support: z.array(supportLineSchema).min(1),
  /** Total budget as each source states it; sources disagree, so every figure is kept. */
  budget: z.array(budgetFigureSchema).min(1),
  openSource: englishRecord({ text: z.string().min(1), sources: sourceIds }, ['text']),
}).strict()
export type Program = z.infer<typeof programSchema>

/** One dated step in a consortium's path through the selection. */
const historyEntrySchema = englishRecord({
  date: isoDate,
  stage: id,
  outcome: z.enum(['applied', 'passed', 'eliminated', 'selected']),
  reason: z.string().min(1).optional(),
  sources: sourceIds,
}, ['reason'])
export type HistoryEntry = z.infer<typeof historyEntrySchema>

/** A model a team released: what it is and under which licence, as its sources state it. */
const modelReleaseSchema = z.object({
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

const consortiumSchema = z.object({
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
export type Consortium = z.infer<typeof consortiumSchema>

const timelineEventSchema = englishRecord({
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
  sources: sourceIds,
}, ['title', 'dateLabel'])
export type TimelineEvent = z.infer<typeof timelineEventSchema>

/**
 * How fast the talk is spoken in one edition's language: the planned time of a
 * slide is its speaker notes at this rate (lib/talk/plan.ts).
 */
const speakingRateSchema = z.object({
  /** Units a minute: Hangul syllables in Korean, words in English. */
  perMinute: z.number({ error: 'a number of units a minute' }).positive('a positive number of units a minute'),
  unit: z.enum(['syllables', 'words']),
  /** What the source measured, and how the figure here was taken from it. */
  basis: z.string().min(1),
  sources: sourceIds,
}).strict()

const talkSchema = z.object({
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
