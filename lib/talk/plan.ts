/**
 * The talk's time plan: how long each slide takes, from its speaker notes at
 * the edition's speaking rate (data/talk.yaml) and its click steps, and how
 * the sections and the whole talk compare with the slot (`duration:` in the
 * edition's headmatter). Pure arithmetic: node/talk-plan.ts feeds it the
 * deck as Slidev's parser loads it; the presenter view and the handout show
 * what it computes; `npm run check:slides` fails a talk over its slot.
 */
import type { SpeakingRate } from '../data/schema.ts'
import { parseTimeString } from '@slidev/parser/utils'
import { formatDuration } from './pace.ts'

export { formatDuration } from './pace.ts'

/**
 * Seconds a click step adds: the room looks at what appears before the
 * speaker goes on. The notes' words cover what is said about it.
 */
export const CLICK_SECONDS = 2

/**
 * The least a slide takes, however short its notes: it is shown, read at a
 * glance (about three seconds, Duarte's glance test) and left with a breath.
 */
export const MIN_SLIDE_SECONDS = 10

/** The speaking rate and the two allowances above: everything the arithmetic needs besides the slides. */
export interface PlanRules {
  perMinute: number
  unit: SpeakingRate['unit']
  clickSeconds: number
  minSlideSeconds: number
}

export function planRules(rate: Pick<SpeakingRate, 'perMinute' | 'unit'>): PlanRules {
  return { perMinute: rate.perMinute, unit: rate.unit, clickSeconds: CLICK_SECONDS, minSlideSeconds: MIN_SLIDE_SECONDS }
}

/** One slide as the plan needs it. */
export interface PlanSlideInput {
  /** 1-based, as in the deck's URL. */
  no: number
  title: string | undefined
  /** The file the slide is written in; its section. */
  file: string
  line: number
  notes: string | undefined
  /** Click steps on the slide. */
  clicks: number
  /** A reference slide (the sources, an appendix): in the deck and the PDF, outside the slot. */
  reference: boolean
  /** The section's name, where not the file's (`cover` for the entry's own slides). */
  section?: string
}

export interface SlidePlan extends PlanSlideInput {
  /** What is spoken, in the rate's unit (syllables or words). */
  units: number
  /** Planned seconds; 0 for a reference slide. */
  seconds: number
  /** Planned seconds of the talk before this slide starts. */
  startsAt: number
  /** The section (file) it belongs to, without folder and extension: `07-since`. */
  section: string
}

export interface SectionPlan {
  /** The file, without folder and extension: `05-ecosystem`. */
  name: string
  /** The section's first slide's title. */
  title: string | undefined
  /** Slide numbers. */
  slides: number[]
  units: number
  seconds: number
}

export interface TalkPlan {
  /** The slot: the talk's length in seconds. */
  slotSeconds: number
  rules: PlanRules
  slides: SlidePlan[]
  /** The talk's sections in order; reference slides are in none. */
  sections: SectionPlan[]
  /** Planned seconds of the talk: every slide but the reference ones. */
  totalSeconds: number
  totalUnits: number
}

/**
 * A headmatter `duration:` as Slidev's timer reads it (`20min`, `15min`,
 * `1h`, `20:00`), in seconds. The error names the file and the field.
 */
export function slotSeconds(duration: unknown, file: string): number {
  if (typeof duration !== 'string' && typeof duration !== 'number')
    throw new TypeError(`${file} → duration: missing; expected the talk's length in the headmatter, e.g. "duration: 20min"`)
  let seconds: number
  try {
    seconds = parseTimeString(duration).seconds
  }
  catch {
    seconds = Number.NaN
  }
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`${file} → duration: "${duration}" is not a length of time; expected e.g. "20min", "15min" or "1h"`)
  return seconds
}

/** The notes as they are spoken: no HTML comments or tags, no `[click]` markers, no Markdown marks or link targets. */
export function spokenText(notes: string | undefined): string {
  return (notes ?? '')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[click(?::\d+)?\]/gi, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]/g, ' ')
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/gu
const DIGIT = /\d/gu
const LATIN_WORD = /[A-Z]+(?:['’][A-Z]+)*/giu

/**
 * Syllables as a Korean speaker says them: each Hangul syllable, each digit
 * (2025 is 이천이십오, five syllables for four digits; 1,576 is 천오백칠십육,
 * six: one a digit is close enough), and two for each word in Latin letters
 * (GPU is 지피유, AI 에이아이, Upstage 업스테이지: two is their middle).
 */
export function countSyllables(text: string): number {
  const hangul = text.match(HANGUL_SYLLABLE)?.length ?? 0
  const digits = text.match(DIGIT)?.length ?? 0
  const latin = text.match(LATIN_WORD)?.length ?? 0
  return hangul + digits + 2 * latin
}

/** Words as an English speaker says them: runs between whitespace that hold a letter or a digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(token => /[\p{L}\p{N}]/u.test(token)).length
}

/** What a slide's notes hold to say, in the rate's unit. */
export function spokenUnits(notes: string | undefined, unit: PlanRules['unit']): number {
  const text = spokenText(notes)
  return unit === 'syllables' ? countSyllables(text) : countWords(text)
}

/** A slide's planned seconds: its notes at the rate plus its click steps, never under the minimum. */
export function slideSeconds(units: number, clicks: number, rules: PlanRules): number {
  const speaking = units / rules.perMinute * 60
  return Math.max(rules.minSlideSeconds, Math.round(speaking + clicks * rules.clickSeconds))
}

/** `/deck/slides/07-since.md` → `07-since`. */
export function sectionName(file: string): string {
  return (file.split(/[\\/]/).at(-1) ?? file).replace(/\.md$/, '')
}

/**
 * Which slides are reference, outside the slot: the sources slides, and an
 * appendix: a slide whose frontmatter says `appendix: true`, and every slide
 * after it.
 */
export function referenceFlags(slides: { file: string, frontmatter: Record<string, unknown> }[], isSources: (file: string) => boolean): boolean[] {
  let inAppendix = false
  return slides.map((slide) => {
    inAppendix ||= slide.frontmatter.appendix === true
    return inAppendix || isSources(slide.file)
  })
}

export function planTalk(slides: PlanSlideInput[], slot: number, rules: PlanRules): TalkPlan {
  let elapsed = 0
  const planned = slides.map((slide): SlidePlan => {
    const units = spokenUnits(slide.notes, rules.unit)
    const seconds = slide.reference ? 0 : slideSeconds(units, slide.clicks, rules)
    const plan = { ...slide, units, seconds, startsAt: elapsed, section: slide.section ?? sectionName(slide.file) }
    elapsed += seconds
    return plan
  })
  const sections: SectionPlan[] = []
  for (const slide of planned.filter(s => !s.reference)) {
    const last = sections.at(-1)
    if (last?.name === slide.section) {
      last.slides.push(slide.no)
      last.units += slide.units
      last.seconds += slide.seconds
    }
    else {
      sections.push({ name: slide.section, title: slide.title, slides: [slide.no], units: slide.units, seconds: slide.seconds })
    }
  }
  const talk = planned.filter(s => !s.reference)
  return {
    slotSeconds: slot,
    rules,
    slides: planned,
    sections,
    totalSeconds: talk.reduce((sum, s) => sum + s.seconds, 0),
    totalUnits: talk.reduce((sum, s) => sum + s.units, 0),
  }
}

/** The sections that take the most, longest first. */
export function biggestSections(plan: TalkPlan, count = 3): SectionPlan[] {
  return [...plan.sections].sort((a, b) => b.seconds - a.seconds).slice(0, count)
}

/**
 * How many units each section must lose for the talk to fit its slot, shared
 * by what each section says (its speaking time): a section twice as long
 * gives up twice as much. Zero everywhere when the talk fits.
 */
export function unitsToCut(plan: TalkPlan): Map<string, number> {
  const overSeconds = plan.totalSeconds - plan.slotSeconds
  const cut = new Map(plan.sections.map(s => [s.name, 0]))
  if (overSeconds <= 0 || plan.totalUnits === 0)
    return cut
  const overUnits = overSeconds / 60 * plan.rules.perMinute
  for (const section of plan.sections)
    cut.set(section.name, Math.ceil(overUnits * section.units / plan.totalUnits))
  return cut
}

/**
 * Why the talk does not fit its slot, naming the sections that take the
 * most; undefined when it fits.
 */
export function slotProblem(plan: TalkPlan, where: string): string | undefined {
  const over = plan.totalSeconds - plan.slotSeconds
  if (over <= 0)
    return undefined
  const unit = plan.rules.unit
  const cut = unitsToCut(plan)
  const biggest = biggestSections(plan).map(s => `${s.name} ${formatDuration(s.seconds)} (cut ${cut.get(s.name)} ${unit})`)
  return `${where}: the talk is planned at ${formatDuration(plan.totalSeconds)} for a ${formatDuration(plan.slotSeconds)} slot, `
    + `${formatDuration(over)} over. The sections that take the most: ${biggest.join(', ')}.`
}
