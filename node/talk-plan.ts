/**
 * The time plan of a deck on disk: its slides as Slidev's parser loads them
 * (./deck-slides.ts), the slot from its headmatter's `duration:`, the speaking rate
 * of its edition's language from data/talk.yaml, each slide's click steps
 * (lib/talk/markdown.ts); the arithmetic is lib/talk/plan.ts. Also the plan as
 * `npm run check:slides` prints it.
 */
import type { DeckLang, UiStrings } from '../lib/i18n/strings'
import type { TalkPlan } from '../lib/talk/plan'
import type { DeckSlide } from './deck-slides'
import { basename, relative, resolve } from 'node:path'
import { editionOf } from '../lib/i18n/index'
import { clickSteps } from '../lib/talk/markdown'
import { formatDuration, planRules, planTalk, referenceFlags, slotProblem, slotSeconds, unitsToCut } from '../lib/talk/plan'
import { loadDeck, SOURCES_FILE } from './deck-slides'
import { loadDeckData } from './load-data'

/**
 * Whether the real decks' notes fit their slots. Issue 28 trimmed the notes
 * (Korean 31:28 to 18:12, English 32:22 to 18:09 of a 20-minute slot), so the
 * tests hold both editions to their slots. It never goes back to false.
 */
export const DECKS_FIT_THEIR_SLOT = true

export interface DeckPlan {
  entry: string
  lang: DeckLang
  plan: TalkPlan
}

/** The plan of already loaded slides, with their headmatter (slide 1's frontmatter) and the data's rates. */
export function planOfSlides(slides: DeckSlide[], entry: string, dataDir: string): DeckPlan {
  const headmatter = slides[0]?.frontmatter ?? {}
  const lang = editionOf(headmatter.htmlAttrs)
  const rate = loadDeckData(dataDir).talk.speakingRates[lang]
  const reference = referenceFlags(slides, file => basename(file) === SOURCES_FILE)
  const inputs = slides.map((slide, index) => ({
    no: slide.no,
    title: slide.title,
    file: slide.file,
    line: slide.line,
    notes: slide.notes,
    clicks: clickSteps(slide.content),
    reference: reference[index]!,
    // The entry's own slides (the cover) are a section of their own.
    ...(slide.file === slides[0]?.file ? { section: 'cover' } : {}),
  }))
  return { entry, lang, plan: planTalk(inputs, slotSeconds(headmatter.duration, entry), planRules(rate)) }
}

/** The plan of the deck whose entry Markdown is `entry`, with the data in `dataDir` (the deck's `data/` by default). */
export async function planDeck(entry: string, dataDir = resolve(entry, '..', 'data')): Promise<DeckPlan> {
  const deck = await loadDeck(entry)
  if (deck.errors.length > 0)
    throw new Error(deck.errors.map(e => `${e.file}:${e.line}: ${e.message}`).join('\n'))
  return planOfSlides(deck.slides, entry, dataDir)
}

/** Why the deck does not fit its slot, or undefined. */
export function deckSlotProblem({ entry, plan }: DeckPlan, root?: string): string | undefined {
  return slotProblem(plan, root ? relative(root, entry) : entry)
}

/**
 * The plan as a table: each section's slides, time and units, the total
 * against the slot, and, when over, what each section must lose to fit, e.g.
 *   Time plan (slides.md, 20:00 slot, 300 syllables a minute, 2 s a click, at least 10 s a slide):
 *     01-opening   slides 2-4    1:45   402 syllables   cut 60
 */
export function formatPlanReport({ entry, plan }: DeckPlan, root?: string): string {
  const { rules } = plan
  const where = root ? relative(root, entry) : entry
  const cut = unitsToCut(plan)
  const over = plan.totalSeconds > plan.slotSeconds
  const span = (nos: number[]) => nos.length === 1 ? `slide ${nos[0]}` : `slides ${nos[0]}-${nos.at(-1)}`
  const rows = plan.sections.map(s => [
    s.name,
    span(s.slides),
    formatDuration(s.seconds),
    `${s.units} ${rules.unit}`,
    over ? `cut ${cut.get(s.name)}` : '',
  ])
  const reference = plan.slides.filter(s => s.reference).map(s => s.no)
  rows.push(['total', `${plan.sections.reduce((n, s) => n + s.slides.length, 0)} slides`, formatDuration(plan.totalSeconds), `${plan.totalUnits} ${rules.unit}`, over ? `cut ${[...cut.values()].reduce((a, b) => a + b, 0)}` : ''])
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map(r => r[i]!.length)))
  const head = `Time plan (${where}: ${formatDuration(plan.slotSeconds)} slot, ${rules.perMinute} ${rules.unit} a minute, `
    + `${rules.clickSeconds} s a click, at least ${rules.minSlideSeconds} s a slide):`
  const verdict = over
    ? slotProblem(plan, where)!
    : `${where}: the talk is planned at ${formatDuration(plan.totalSeconds)}, within its ${formatDuration(plan.slotSeconds)} slot (${formatDuration(plan.slotSeconds - plan.totalSeconds)} to spare).`
  return [
    head,
    ...rows.map(r => `  ${r.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd()}`),
    ...(reference.length ? [`  reference, outside the slot: ${span(reference)}`] : []),
    verdict,
  ].join('\n')
}

/**
 * Each page's planned time as the handout prints it under the slide, by slide
 * number: the slide's time, the plan's time up to its end, and the slot; the
 * reference slides say they are outside it. None for a deck that sets no
 * `duration:` (a test fixture).
 */
export function handoutTimes(slides: DeckSlide[], entry: string, dataDir: string, ui: UiStrings): Record<number, string> {
  if (slides[0]?.frontmatter.duration === undefined)
    return {}
  const { plan } = planOfSlides(slides, entry, dataDir)
  return Object.fromEntries(plan.slides.map(s => [s.no, s.reference
    ? ui.pace.reference
    : ui.pace.handout(formatDuration(s.seconds), formatDuration(s.startsAt + s.seconds), formatDuration(plan.slotSeconds))]))
}
