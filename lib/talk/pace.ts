/**
 * Ahead or behind: where the talk is against its plan (lib/talk/plan.ts), at
 * a slide and an elapsed time. The plan gives each slide a window, from the
 * planned time before it to the planned time at its end: arriving before the
 * window is ahead, still there after it is behind, inside it is on plan. The
 * presenter view (custom-nav-controls.vue) shows what this returns.
 */

/** What the presenter view needs of the plan: each slide's planned start and length, in seconds. */
export interface PaceSlide {
  no: number
  startsAt: number
  seconds: number
  reference: boolean
}

export type PaceStatus = 'ahead' | 'behind' | 'on-plan' | 'not-started' | 'reference'

export interface Pace {
  /** The current slide's planned seconds (0 for a reference slide). */
  slideSeconds: number
  status: PaceStatus
  /** How far ahead or behind, in whole seconds; 0 on plan, not started or on a reference slide. */
  seconds: number
}

/**
 * The pace at slide `no` after `elapsedSeconds` of the talk; `running` is
 * false while the timer has not been started (Slidev's timer at `stopped`).
 */
export function paceAt(slides: readonly PaceSlide[], no: number, elapsedSeconds: number, running: boolean): Pace {
  const slide = slides.find(s => s.no === no)
  if (!slide || slide.reference)
    return { slideSeconds: 0, status: 'reference', seconds: 0 }
  if (!running)
    return { slideSeconds: slide.seconds, status: 'not-started', seconds: 0 }
  const end = slide.startsAt + slide.seconds
  if (elapsedSeconds < slide.startsAt)
    return { slideSeconds: slide.seconds, status: 'ahead', seconds: Math.round(slide.startsAt - elapsedSeconds) }
  if (elapsedSeconds > end)
    return { slideSeconds: slide.seconds, status: 'behind', seconds: Math.round(elapsedSeconds - end) }
  return { slideSeconds: slide.seconds, status: 'on-plan', seconds: 0 }
}

/**
 * Seconds elapsed on Slidev's presenter timer (its shared `timer` state): from
 * its start to now while it runs, to the pause while paused, 0 when stopped.
 */
export function timerElapsedSeconds(timer: { status: string, startedAt: number, pausedAt: number }, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  const until = timer.status === 'paused' ? timer.pausedAt : now
  return Math.max(0, (until - timer.startedAt) / 1000)
}

/** `75` → `1:15`, `3605` → `60:05`; negative as `-1:15`. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(Math.abs(seconds))
  return `${seconds < 0 && whole > 0 ? '-' : ''}${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
