/**
 * The word budget: how many words the room reads on a slide, counted on the
 * rendered slide (what readSlide, tools/slide-checks/reading.ts, reads at
 * each click step), against a budget for the slide's kind, named by its layout.
 */
import type { DeckSlide } from '../../node/deck-slides'
import type { SlideReading, Step } from '../slide-checks/types'
import { basename, relative } from 'node:path'
import { SOURCES_FILE } from '../../node/deck-slides'

export interface WordBudget {
  /** Words outside pictures: the title, lines, tables, captions. */
  words: number
  /**
   * Words inside pictures (the labels of a diagram or chart), for slides whose
   * picture is the point. Where not given, a picture's words count towards `words`.
   */
  pictureWords?: number
}

/**
 * Budgets by layout, in words as the room reads them (split on whitespace, in
 * Korean as in English; numbers are words, lone marks such as "·" are not).
 * Set after Alley's assertion–evidence slides and Duarte's glance test: a
 * sentence title of one or two lines (up to about 20 words) states the claim,
 * and the body is evidence seen, not read; what the speaker says goes in the notes.
 */
export const WORD_BUDGETS = {
  // Title, subtitle and byline: what the talk is, and by whom.
  'cover': { words: 25 },
  // Opens a part: a short label and the part's own heading.
  'section': { words: 15 },
  // One claim or question, large, with a line or two under it.
  'statement': { words: 30 },
  // A quotation short enough to hear while it is read, its attribution, and a translation where one is shown.
  'quote': { words: 45 },
  // Argument slides: a sentence title and at most a few short lines (about "six lines of six words"), title included.
  'default': { words: 40 },
  'two-cols': { words: 40 },
  // Data slides: the title and a line of context around the picture; the picture's own labels (direct labels,
  // names and values, a few nodes) have their own budget, so that labelling a chart is never the words to cut.
  'data': { words: 45, pictureWords: 50 },
} as const satisfies Record<string, WordBudget>

/**
 * The budgets above count Korean words (어절). English says the same in more,
 * shorter words (articles, prepositions, auxiliaries): this deck's English
 * slides counted 1.3 to 1.6 times their Korean ones, so the English edition's
 * budgets are the Korean ones times 1.4, rounded.
 */
export const ENGLISH_WORDS_PER_KOREAN = 1.4

/** A layout's budget in an edition; undefined for a layout with none. */
export function budgetFor(layout: string, edition: 'ko' | 'en' = 'ko'): WordBudget | undefined {
  const budget = (WORD_BUDGETS as Record<string, WordBudget>)[layout]
  if (!budget || edition === 'ko')
    return budget
  const scale = (n: number) => Math.round(n * ENGLISH_WORDS_PER_KOREAN)
  return { words: scale(budget.words), ...(budget.pictureWords === undefined ? {} : { pictureWords: scale(budget.pictureWords) }) }
}

/** Slidev's layout when the frontmatter names none: `cover` for the first slide, `default` for the rest. */
export function layoutOf(slide: Pick<DeckSlide, 'no' | 'layout'>): string {
  return slide.layout ?? (slide.no === 1 ? 'cover' : 'default')
}

/** The generated sources slides are a reference list, not part of the talk's reading: they have no budget. */
export function isExempt(slide: Pick<DeckSlide, 'file'>): boolean {
  return basename(slide.file) === SOURCES_FILE
}

/** Words as the room reads them: runs between whitespace that hold a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(token => /[\p{L}\p{N}]/u.test(token)).length
}

/** What a viewer read on one slide at one step (readSlide's reading). */
export interface StepReading extends Step, SlideReading {}

export interface SlideWordCount {
  slide: DeckSlide
  layout: string
  /** The most words shown at any click step, outside pictures and inside them. */
  words: number
  pictureWords: number
  /** Where the most words show, e.g. the last click. */
  clicks: number
  /** Null for an exempt slide. */
  budget: WordBudget | null
  /** Why the slide fails its budget; empty when it keeps to it. */
  problems: string[]
}

/** The budget problems of one slide's counts, in the words of a report. */
export function budgetProblems(layout: string, words: number, pictureWords: number, budget: WordBudget | undefined): string[] {
  if (!budget)
    return [`layout "${layout}" has no word budget: add one to WORD_BUDGETS in tools/talk/word-budget.ts`]
  const problems: string[] = []
  if (budget.pictureWords === undefined) {
    const total = words + pictureWords
    if (total > budget.words)
      problems.push(`${total} words${pictureWords ? ` (${pictureWords} of them in a picture)` : ''}; a ${layout} slide's budget is ${budget.words}`)
    return problems
  }
  if (words > budget.words)
    problems.push(`${words} words around the picture; a ${layout} slide's budget is ${budget.words}`)
  if (pictureWords > budget.pictureWords)
    problems.push(`${pictureWords} words in its picture; a ${layout} slide's budget is ${budget.pictureWords}`)
  return problems
}

/**
 * Each slide's count against its budget: the most words it shows at any click
 * step in any colour mode (the readings must cover every slide).
 */
export function wordCounts(slides: DeckSlide[], readings: StepReading[], edition: 'ko' | 'en' = 'ko'): SlideWordCount[] {
  return slides.map((slide) => {
    const seen = readings.filter(r => r.slide === slide.no)
    if (seen.length === 0)
      throw new Error(`No reading of slide ${slide.no}: the checks did not reach it.`)
    const counted = seen.map(r => ({ clicks: r.clicks, words: countWords(r.text), pictureWords: countWords(r.picture) }))
    const most = counted.reduce((a, b) => (b.words + b.pictureWords > a.words + a.pictureWords ? b : a))
    const words = Math.max(...counted.map(c => c.words))
    const pictureWords = Math.max(...counted.map(c => c.pictureWords))
    const layout = layoutOf(slide)
    if (isExempt(slide))
      return { slide, layout, words, pictureWords, clicks: most.clicks, budget: null, problems: [] }
    const budget = budgetFor(layout, edition)
    return { slide, layout, words, pictureWords, clicks: most.clicks, budget: budget ?? null, problems: budgetProblems(layout, words, pictureWords, budget) }
  })
}

/** `34/40`, `20/45 + 52/50 in the picture`, `312 (exempt)`. */
function formatCount(count: SlideWordCount): string {
  const { budget, words, pictureWords } = count
  if (!budget)
    return count.problems.length ? `${words + pictureWords} (no budget)` : `${words + pictureWords} (exempt)`
  if (budget.pictureWords === undefined)
    return `${words + pictureWords}/${budget.words}`
  return `${words}/${budget.words} + ${pictureWords}/${budget.pictureWords} in the picture`
}

/**
 * A table of every slide's words against its budget, the slides over it
 * marked and explained, e.g.
 *   slide 24  slides/07-since.md:18  data  167/45 + 0/50 in the picture  OVER: 167 words around …
 */
export function formatWordReport(counts: SlideWordCount[], root?: string): string {
  const over = counts.filter(c => c.problems.length > 0)
  const rows = counts.map(c => [
    `slide ${c.slide.no}`,
    `${root ? relative(root, c.slide.file) : c.slide.file}:${c.slide.line}`,
    c.layout,
    formatCount(c),
    c.problems.length ? `OVER: ${c.problems.join('; ')}` : '',
  ])
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map(r => r[i]!.length)))
  const head = over.length
    ? `Word budget: ${over.length} of ${counts.length} slides over budget (slides ${over.map(c => c.slide.no).join(', ')}).`
    : `Word budget: every one of ${counts.length} slides within budget.`
  return [head, ...rows.map(r => `  ${r.map((cell, i) => i < r.length - 1 ? cell.padEnd(widths[i]!) : cell).join('  ').trimEnd()}`)].join('\n')
}
