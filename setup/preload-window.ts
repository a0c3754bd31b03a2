/**
 * Which slides Slidev's client may load and mount ahead: the current slide
 * and, once the page is idle, its neighbours (the next first), instead of
 * the current one and both neighbours at once, then every slide of the deck
 * 3 s in (Slidev's SlidesShow.vue), which was the page's longest task
 * (about 180 ms on 39 slides) and fetched every slide's module and drawings.
 *
 * It works through what Slidev offers for this, the per-slide `preload`
 * frontmatter: a slide outside the window has `preload: false` for the
 * moment, so Slidev's own loading passes it by. A slide once mounted stays
 * mounted (Slidev keeps it), so moving back is as quick as before. A slide
 * whose author wrote `preload: false` keeps it. The print view prints every
 * slide whatever this says.
 */
import type { ClientSlideRoute as SlideRoute } from '@slidev/client'
import { watch } from 'vue'

/** The order in which slides near `current` may load: itself, the next, the previous; only slides 1..`total`. */
export function preloadOrder(current: number, total: number): number[] {
  return [current, current + 1, current - 1].filter(no => no >= 1 && no <= total)
}

/** Runs `work` when the page is idle, within `timeoutMs` at the latest. */
export type Schedule = (work: () => void, timeoutMs: number) => void

const whenIdle: Schedule = (work, timeoutMs) => {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(work, { timeout: timeoutMs })
  else
    setTimeout(work, 0)
}

/** How long a neighbour may wait for an idle moment: short enough that it is ready before a presenter moves on. */
const NEIGHBOUR_WAIT_MS = 250

/** What it needs of Slidev's `useNav()`. */
export interface PreloadNav {
  slides: { readonly value: SlideRoute[] }
  currentSlideNo: { readonly value: number }
  isPrintMode: { readonly value: boolean }
}

/**
 * Keeps Slidev's loading ahead to the current slide and its neighbours. Call
 * it in a root setup (setup/root.ts), which runs before Slidev's slide show
 * is set up: the window must be in place before Slidev first looks at it.
 */
export function preloadNearby(nav: PreloadNav, schedule: Schedule = whenIdle): void {
  if (nav.isPrintMode.value)
    return
  const frontmatterOf = (route: SlideRoute) => route.meta.slide.frontmatter
  const authorSaid = new Map(nav.slides.value.map(route => [route.no, frontmatterOf(route).preload]))
  const allow = (route: SlideRoute, allowed: boolean) => {
    const wanted = allowed ? authorSaid.get(route.no) : false
    if (frontmatterOf(route).preload !== wanted)
      frontmatterOf(route).preload = wanted
  }
  let generation = 0
  watch(() => nav.currentSlideNo.value, (current) => {
    const mine = ++generation
    const routes = nav.slides.value
    const [self, ...later] = preloadOrder(current, routes.length)
    for (const route of routes)
      allow(route, route.no === self)
    const widen = () => {
      const no = later.shift()
      if (no === undefined || mine !== generation)
        return
      allow(routes[no - 1]!, true)
      schedule(widen, NEIGHBOUR_WAIT_MS)
    }
    schedule(widen, NEIGHBOUR_WAIT_MS)
  }, { immediate: true, flush: 'sync' })
}
