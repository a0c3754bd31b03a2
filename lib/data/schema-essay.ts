/**
 * The essay's side of the data: the essay itself (data/essay.yaml), the
 * ecosystem it proposes (data/ecosystem.yaml), the record against its asks
 * and worries (data/record.yaml) and the glossary (data/glossary.yaml).
 */
import { z } from 'zod'
import { bilingualSchema, englishRecord, eventStatus, id, isoDateOrMonth, searchRecordSchema, sourceIds, webUrl } from './schema-fields.ts'

/** Essay sections, in the essay's order; slides/ has one file for each. */
export const essaySections = ['opening', 'foundation-model', 'startup', 'diversity', 'ecosystem', 'essence'] as const
export type EssaySection = typeof essaySections[number]

export const ecosystemPartSchema = z.object({
  id,
  name: bilingualSchema,
  group: z.enum(['core', 'layer', 'strategy']),
  section: z.enum(essaySections),
}).strict()
export type EcosystemPart = z.infer<typeof ecosystemPartSchema>

export const essaySchema = englishRecord({
  /** The post's headline; left out while no copy of the post shows it (none seen so far). */
  title: z.string().min(1).optional(),
  /** The blog category the post is filed under, as the post shows it. */
  category: z.string().min(1).optional(),
  author: z.string().min(1),
  blog: z.string().min(1),
  url: webUrl,
  /** The stamp the post shows, as it shows it. */
  stamp: z.string().min(1),
  sources: sourceIds,
}, ['title', 'category', 'blog'])
export type Essay = z.infer<typeof essaySchema>

/** How one finding stands against what the essay asked: it answers the ask, answers part of it, or goes the other way. */
export const answerKinds = ['yes', 'partly', 'against', 'unknown'] as const
export const confidences = ['high', 'medium', 'low'] as const

/**
 * One finding in the public record against an ask: a programme, call,
 * selection, budget line or result, with its date, its status on the as-of
 * date, how far it answers the ask, and how sure the deck is of it.
 */
export const recordFindingSchema = englishRecord({
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
  sources: sourceIds,
}, ['what', 'label'])
export type RecordFinding = z.infer<typeof recordFindingSchema>

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
  notFound: z.array(englishRecord({ what: z.string().min(1), searched: searchRecordSchema }, ['what'])).optional(),
  sources: sourceIds,
}).strict()

export const verdicts = ['borne-out', 'mixed', 'not-borne-out'] as const

/** One of the essay's worries and what happened, including what cuts against the essay. */
export const essayWorrySchema = englishRecord({
  id,
  label: bilingualSchema,
  quote: z.string().min(1),
  quoteEn: z.string().min(1),
  /** What happened, in a line the scorecard shows. */
  happened: z.string().min(1).max(48),
  verdict: z.enum(verdicts),
  sources: sourceIds,
}, ['happened'])
export type EssayWorry = z.infer<typeof essayWorrySchema>

/** Where one ecosystem part (data/ecosystem.yaml) stands in the record: answered, in part, or nothing found. */
export const ecosystemNowSchema = englishRecord({
  part: id,
  mark: z.enum(['yes', 'partly', 'none-found']),
  /** The finding behind the mark, in a few words ("모두의 AI"). */
  note: z.string().min(1).max(16),
  /** Required when the mark is none-found: the search that found nothing. */
  searched: searchRecordSchema.optional(),
  sources: sourceIds,
}, ['note'])

export const recordSchema = z.object({
  asks: z.array(essayAskSchema).min(1),
  worries: z.array(essayWorrySchema).min(1),
  ecosystemNow: z.array(ecosystemNowSchema).min(1),
}).strict()
export type DeckRecord = z.infer<typeof recordSchema>

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
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>
