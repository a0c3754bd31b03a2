import type { PaceSlide } from '../../../lib/talk/pace'
import { describe, expect, it } from 'vitest'
import { paceAt, timerElapsedSeconds } from '../../../lib/talk/pace'

// Slide 1 from 0:00 to 0:30, slide 2 from 0:30 to 1:30, slide 3 the sources.
const slides: PaceSlide[] = [
  { no: 1, startsAt: 0, seconds: 30, reference: false },
  { no: 2, startsAt: 30, seconds: 60, reference: false },
  { no: 3, startsAt: 90, seconds: 0, reference: true },
]

describe('ahead or behind', () => {
  it('is ahead when a slide is reached before its planned start, by the difference', () => {
    expect(paceAt(slides, 2, 10, true)).toEqual({ slideSeconds: 60, status: 'ahead', seconds: 20 })
  })

  it('is behind when a slide is still shown after its planned end, by the difference', () => {
    expect(paceAt(slides, 1, 75, true)).toEqual({ slideSeconds: 30, status: 'behind', seconds: 45 })
    expect(paceAt(slides, 2, 150.4, true)).toEqual({ slideSeconds: 60, status: 'behind', seconds: 60 })
  })

  it('is on plan anywhere within the slide\'s planned window, its ends included', () => {
    for (const elapsed of [30, 61, 90])
      expect(paceAt(slides, 2, elapsed, true)).toEqual({ slideSeconds: 60, status: 'on-plan', seconds: 0 })
  })

  it('says nothing of pace before the timer starts, and gives no time to a reference slide', () => {
    expect(paceAt(slides, 2, 0, false)).toEqual({ slideSeconds: 60, status: 'not-started', seconds: 0 })
    expect(paceAt(slides, 3, 500, true)).toEqual({ slideSeconds: 0, status: 'reference', seconds: 0 })
    expect(paceAt(slides, 9, 10, true).status).toBe('reference')
  })
})

describe('the presenter timer\'s elapsed time', () => {
  it('runs from the start, stops at a pause, and is nothing while stopped', () => {
    expect(timerElapsedSeconds({ status: 'running', startedAt: 1_000, pausedAt: 0 }, 91_000)).toBe(90)
    expect(timerElapsedSeconds({ status: 'paused', startedAt: 1_000, pausedAt: 31_000 }, 91_000)).toBe(30)
    expect(timerElapsedSeconds({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 91_000)).toBe(0)
  })
})
