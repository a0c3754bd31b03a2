import type { PlanSlideInput } from '../../../lib/talk/plan'
import { describe, expect, it } from 'vitest'
import { biggestSections, CLICK_SECONDS, countSyllables, countWords, formatDuration, MIN_SLIDE_SECONDS, planRules, planTalk, referenceFlags, sectionName, slideSeconds, slotProblem, slotSeconds, spokenText, spokenUnits, unitsToCut } from '../../../lib/talk/plan'

const ko = planRules({ perMinute: 300, unit: 'syllables' })
const en = planRules({ perMinute: 150, unit: 'words' })

/** `n` Hangul syllables of notes. */
const syllables = (n: number) => '가'.repeat(n)

function slide(parts: Partial<PlanSlideInput> & { no: number }): PlanSlideInput {
  return { title: `슬라이드 ${parts.no}`, file: '/deck/slides/01-opening.md', line: 1, notes: undefined, clicks: 0, reference: false, ...parts }
}

describe('what the notes hold to say', () => {
  it('counts Hangul syllables, a syllable a digit and two a word in Latin letters', () => {
    expect(countSyllables('소버린 AI는 모델 하나로')).toBe(3 + 2 + 1 + 2 + 3)
    expect(countSyllables('2025년 GPU 1,576억')).toBe(4 + 1 + 2 + 4 + 1)
    expect(countSyllables('· → — ...')).toBe(0)
  })

  it('counts English words between whitespace, numbers too, lone marks not', () => {
    expect(countWords('The ministry selected five teams on 4 Aug 2025 — and then?')).toBe(11)
    expect(countWords('')).toBe(0)
  })

  it('leaves out click markers, tags, comments, Markdown marks and link targets', () => {
    expect(spokenText('[click] **굵게** <span class="x">말</span> [글](https://example.org/긴주소) [click:2]').replace(/\s+/g, ' ').trim()).toBe('굵게 말 글')
    expect(spokenUnits('[click] 하나 [click] 둘', 'syllables')).toBe(3)
    expect(spokenUnits('[click] one [click] two', 'words')).toBe(2)
    expect(spokenUnits(undefined, 'words')).toBe(0)
  })
})

describe('a slide\'s planned time', () => {
  it('is its notes at the rate plus the click steps', () => {
    // 300 syllables a minute: 150 are 30 s; three clicks add 3 × 2 s.
    expect(slideSeconds(150, 0, ko)).toBe(30)
    expect(slideSeconds(150, 3, ko)).toBe(30 + 3 * CLICK_SECONDS)
    expect(slideSeconds(75, 0, en)).toBe(30)
  })

  it('is never under the minimum, for a slide with a few words or none', () => {
    expect(slideSeconds(0, 0, ko)).toBe(MIN_SLIDE_SECONDS)
    expect(slideSeconds(10, 1, ko)).toBe(MIN_SLIDE_SECONDS)
  })
})

describe('the slot', () => {
  it('reads `duration:` as Slidev\'s timer does', () => {
    expect(slotSeconds('20min', 'slides.md')).toBe(1200)
    expect(slotSeconds('15min', 'slides.md')).toBe(900)
    expect(slotSeconds('1h', 'slides.md')).toBe(3600)
    expect(slotSeconds('20:00', 'slides.md')).toBe(1200)
  })

  it('names the file and the field when it is missing or not a time', () => {
    expect(() => slotSeconds(undefined, 'slides.en.md')).toThrow('slides.en.md → duration: missing; expected the talk\'s length in the headmatter, e.g. "duration: 20min"')
    expect(() => slotSeconds('twenty', 'slides.md')).toThrow('slides.md → duration: "twenty" is not a length of time')
  })
})

describe('reference slides', () => {
  it('are the sources slides and everything from the first `appendix: true` on', () => {
    const slides = [
      { file: '/d/slides.md', frontmatter: {} },
      { file: '/d/slides/08-conclusion.md', frontmatter: {} },
      { file: '/d/slides/08-conclusion.md', frontmatter: { appendix: true } },
      { file: '/d/slides/08-conclusion.md', frontmatter: {} },
      { file: '/d/slides/90-sources.md', frontmatter: {} },
    ]
    expect(referenceFlags(slides, file => file.endsWith('90-sources.md'))).toEqual([false, false, true, true, true])
    expect(referenceFlags(slides.slice(0, 2), () => false)).toEqual([false, false])
  })
})

describe('a talk\'s plan', () => {
  const slides = [
    slide({ no: 1, file: '/deck/slides.md', notes: syllables(60), section: 'cover' }),
    slide({ no: 2, notes: syllables(150), clicks: 2 }),
    slide({ no: 3, notes: '짧다' }),
    slide({ no: 4, file: '/deck/slides/07-since.md', notes: syllables(300) }),
    slide({ no: 5, file: '/deck/slides/90-sources.md', notes: syllables(600), reference: true }),
  ]
  const plan = planTalk(slides, 120, ko)

  it('gives each slide its time and the time before it; reference slides none', () => {
    expect(plan.slides.map(s => [s.no, s.units, s.seconds, s.startsAt])).toEqual([
      [1, 60, 12, 0],
      [2, 150, 34, 12],
      [3, 2, 10, 46],
      [4, 300, 60, 56],
      [5, 600, 0, 116],
    ])
    expect(plan.totalSeconds).toBe(116)
    expect(plan.totalUnits).toBe(512)
  })

  it('sums the sections by file, in order, leaving the reference slides out', () => {
    expect(plan.sections).toEqual([
      { name: 'cover', title: '슬라이드 1', slides: [1], units: 60, seconds: 12 },
      { name: '01-opening', title: '슬라이드 2', slides: [2, 3], units: 152, seconds: 44 },
      { name: '07-since', title: '슬라이드 4', slides: [4], units: 300, seconds: 60 },
    ])
    expect(sectionName('C:\\deck\\slides\\en\\05-ecosystem.md')).toBe('05-ecosystem')
  })

  it('fits a slot it is within, with no cut', () => {
    expect(slotProblem(plan, 'slides.md')).toBeUndefined()
    expect([...unitsToCut(plan).values()]).toEqual([0, 0, 0])
  })

  it('fails a slot it runs over, naming the sections that take the most and what each must lose', () => {
    // The same slides in a 90-second slot: 26 s over, 130 syllables at 300 a minute, shared by what each section says.
    const over = planTalk(slides, 90, ko)
    expect(biggestSections(over).map(s => s.name)).toEqual(['07-since', '01-opening', 'cover'])
    expect(Object.fromEntries(unitsToCut(over))).toEqual({ 'cover': Math.ceil(130 * 60 / 512), '01-opening': Math.ceil(130 * 152 / 512), '07-since': Math.ceil(130 * 300 / 512) })
    expect(slotProblem(over, 'slides.md')).toBe('slides.md: the talk is planned at 1:56 for a 1:30 slot, 0:26 over. '
      + 'The sections that take the most: 07-since 1:00 (cut 77 syllables), 01-opening 0:44 (cut 39 syllables), cover 0:12 (cut 16 syllables).')
  })

  it('writes durations as minutes and seconds', () => {
    expect([formatDuration(0), formatDuration(75), formatDuration(1200), formatDuration(3605), formatDuration(-90)]).toEqual(['0:00', '1:15', '20:00', '60:05', '-1:30'])
  })
})
