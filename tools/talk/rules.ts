/**
 * The talk's writing rules, checked on the slides as Slidev's parser loads
 * them (see slides.ts). Each check returns the slides that break it,
 * so a failing test names the slide, its file and line.
 */
import type { EssaySection } from '../../lib/data/schema'
import type { DeckSlide } from '../../node/deck-slides'
import { basename } from 'node:path'
import { frontmatterCiteIds } from '../../lib/citations'
import { essaySections } from '../../lib/data/schema-essay'
import { bulletLines, clickSteps } from '../../lib/talk/markdown'
import { SOURCES_FILE } from '../../node/deck-slides'

/** The essay's section headings, as the essay writes them; the opening has none. */
export const ESSAY_HEADINGS: Record<EssaySection, string | undefined> = {
  'opening': undefined,
  'foundation-model': '기승전 Foundation Model… 그것이 전부인가?',
  'startup': '스타트업의 실력인가, 전략적 배분인가?',
  'diversity': '다양성은 충분히 고려됐는가?',
  'ecosystem': '생태계는 경쟁만으로 자라지 않는다',
  'essence': '본질을 잊지 말자',
}

/** The same headings in the English edition, translated by the deck. */
export const ESSAY_HEADINGS_EN: Record<EssaySection, string | undefined> = {
  'opening': undefined,
  'foundation-model': 'All roads lead to the foundation model… is that all?',
  'startup': 'The startup\'s merit, or a strategic share-out?',
  'diversity': 'Was diversity given enough thought?',
  'ecosystem': 'An ecosystem does not grow on competition alone',
  'essence': 'Let\'s not forget what this is for',
}

/** The slide files in talk order: one per essay section, then what happened since, the conclusion, the sources. */
export const TALK_FILES: readonly string[] = [
  ...essaySections.map((section, index) => `${String(index + 1).padStart(2, '0')}-${section}.md`),
  '07-since.md',
  '08-conclusion.md',
  '90-sources.md',
]

export const MAX_BULLET_LINES = 6
export const MIN_NOTES_CHARS = 80

/** A place in the Markdown, for failure messages. */
export function where(slide: DeckSlide): string {
  return `slide ${slide.no} (${basename(slide.file)}:${slide.line}) "${slide.title ?? ''}"`
}

/**
 * Content slides carry the argument and need speaker notes: every slide but
 * the cover (the entry file's first slide) and the generated sources slides.
 */
export function isContentSlide(slide: DeckSlide): boolean {
  if (slide.no === 1)
    return false
  return basename(slide.file) !== SOURCES_FILE
}

/**
 * What the audience reads on a slide: the Markdown body with components
 * (capitalised tags such as `<ScheduleSlip />`, which show data with its own
 * citation) removed, other HTML tags dropped but their text kept, slot markers
 * removed, plus a section label given in frontmatter. Diagram blocks are kept:
 * their labels are read too.
 */
export function visibleText(slide: Pick<DeckSlide, 'content' | 'frontmatter'>): string {
  let text = slide.content
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<([A-Z][\w-]*)\b[^>]*\/>/g, '')
    .replace(/<([A-Z][\w-]*)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?[a-z][\w-]*\b[^>]*>/g, '')
    .replace(/^::[\w-]+::\s*$/gm, '')
  const kicker = slide.frontmatter.kicker
  if (typeof kicker === 'string')
    text = `${kicker}\n${text}`
  return text
}

/**
 * Numbers the audience reads: any digit, and Korean number words before a
 * counter ("다섯 팀", "두 회사"), which state a count as surely as digits do.
 */
export function numberMentions(text: string): string[] {
  const digits = text.match(/\d[\d.,]*/g) ?? []
  // A count word starts where no Hangul syllable precedes it ("다섯 팀", not "아다섯 팀").
  const counts = text.match(/(?<!\p{Script=Hangul})(?:열다섯|다섯|여섯|일곱|여덟|아홉|스무|[한두세네열])\s?(?:회사|기업|[팀곳개명])/gu) ?? []
  return [...digits, ...counts]
}

/** Source ids the slide cites in its frontmatter: `cite: [a, b]` (a single id may stand alone). */
export function citedIds(slide: Pick<DeckSlide, 'frontmatter'>): string[] {
  return frontmatterCiteIds(slide.frontmatter.cite)
}

/** `[click]` markers in speaker notes. */
export function noteClickMarkers(notes: string | undefined): number {
  return (notes?.match(/\[click(?::\d+)?\]/g) ?? []).length
}

export function slidesWithoutTitle(slides: DeckSlide[]): DeckSlide[] {
  return slides.filter(slide => !slide.title?.trim())
}

/** Content slides whose notes are missing or too short to carry the slide's argument. */
export function contentSlidesWithoutNotes(slides: DeckSlide[]): DeckSlide[] {
  return slides.filter(slide => isContentSlide(slide) && (slide.notes ?? '').replace(/\s+/g, ' ').length < MIN_NOTES_CHARS)
}

export function crowdedSlides(slides: DeckSlide[]): DeckSlide[] {
  return slides.filter(slide => bulletLines(slide.content).length > MAX_BULLET_LINES)
}

/** Slides whose notes do not follow their click steps one `[click]` marker per step. */
export function clickNoteMismatches(slides: DeckSlide[]): { slide: DeckSlide, steps: number, markers: number }[] {
  return slides
    .map(slide => ({ slide, steps: clickSteps(slide.content), markers: noteClickMarkers(slide.notes) }))
    .filter(({ steps, markers }) => steps !== markers)
}

/**
 * Slides that show a number without a citation, or cite an id that is not in
 * data/sources.yaml.
 */
export function citationProblems(slides: DeckSlide[], sourceIds: ReadonlySet<string>): { slide: DeckSlide, problem: string }[] {
  const problems: { slide: DeckSlide, problem: string }[] = []
  for (const slide of slides) {
    const ids = citedIds(slide)
    for (const id of ids.filter(id => !sourceIds.has(id)))
      problems.push({ slide, problem: `cites unknown source id "${id}"` })
    const numbers = numberMentions(visibleText(slide))
    if (numbers.length > 0 && ids.length === 0)
      problems.push({ slide, problem: `shows ${numbers.map(n => `"${n}"`).join(', ')} without a \`cite:\` in its frontmatter` })
  }
  return problems
}

/** The slide files in the order the talk reaches them, each once. */
export function fileOrder(slides: DeckSlide[]): string[] {
  const order: string[] = []
  for (const slide of slides) {
    const name = basename(slide.file)
    if (order.at(-1) !== name)
      order.push(name)
  }
  return order
}

/** The file that opens the part of the talk after the essay; slides before it stand at the essay's date. */
export const AFTERMATH_FILE = '07-since.md'

/** Slides that stand at the essay's date: everything before the aftermath, the cover included. */
export function essayPartSlides(slides: DeckSlide[]): DeckSlide[] {
  const first = slides.findIndex(slide => basename(slide.file) === AFTERMATH_FILE)
  return first === -1 ? slides : slides.slice(0, first)
}

/** Full dates written the way the slides write them ("2025.8.4"), as ISO dates. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export function writtenDates(text: string): string[] {
  const korean = [...text.matchAll(/(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g)]
    .map(([, y, m, d]) => `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`)
  // The English edition's "4 Aug 2025".
  const english = [...text.matchAll(/\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g)]
    .map(([, d, m, y]) => `${y}-${String(MONTHS.indexOf(m!) + 1).padStart(2, '0')}-${d!.padStart(2, '0')}`)
  return [...korean, ...english]
}

/**
 * Slides at the essay's date that show something dated after it: a day in
 * their text, or a cited source published later (its date shows in the
 * slide's source line). Later facts belong to the aftermath.
 */
export function lateFacts(slides: DeckSlide[], essayDate: string, published: ReadonlyMap<string, string>): { slide: DeckSlide, problem: string }[] {
  return essayPartSlides(slides).flatMap((slide) => {
    const problems: string[] = []
    for (const date of writtenDates(visibleText(slide)).filter(d => d > essayDate))
      problems.push(`shows ${date}, after the essay's date ${essayDate}`)
    for (const id of citedIds(slide).filter(id => (published.get(id) ?? '') > essayDate))
      problems.push(`cites ${id}, published ${published.get(id)}, after the essay's date ${essayDate}`)
    return problems.map(problem => ({ slide, problem }))
  })
}

/**
 * One style for dates and team counts in what the audience reads: days as
 * the formatter writes them ("2025.8.4"), counts as "5개 팀". Spoken notes are
 * free to say dates and numbers in words.
 */
export function styleProblems(slides: DeckSlide[]): { slide: DeckSlide, problem: string }[] {
  const rules: { pattern: RegExp, expected: string }[] = [
    { pattern: /\d{4}년 \d{1,2}월 \d{1,2}일/g, expected: 'a day written as 2025.8.4' },
    { pattern: /(?<![\d년] ?)\d{1,2}월 \d{1,2}일/g, expected: 'a day written as 2025.8.4' },
    { pattern: /\d{4}\.0\d|\d{4}\.\d{1,2}\.0\d/g, expected: 'no zero padding (2025.8.4)' },
    { pattern: /\d+팀/g, expected: 'a count written as "5개 팀"' },
    { pattern: /(?<!\p{Script=Hangul})(?:열다섯|다섯|여섯|일곱|여덟|아홉|[한두세네열]) 팀/gu, expected: 'a count in digits, "5개 팀"' },
  ]
  return slides.flatMap(slide => rules.flatMap(({ pattern, expected }) =>
    [...visibleText(slide).matchAll(pattern)].map(match => ({ slide, problem: `writes "${match[0]}"; expected ${expected}` }))))
}
