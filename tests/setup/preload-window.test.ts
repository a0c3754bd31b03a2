import type { PreloadNav } from '../../setup/preload-window'
import { describe, expect, it } from 'vitest'
import { reactive, ref } from 'vue'
import { preloadNearby, preloadOrder } from '../../setup/preload-window'

function deck(total: number, authorOff: number[] = []) {
  const slides = ref(Array.from({ length: total }, (_, i) => ({
    no: i + 1,
    meta: { slide: { frontmatter: reactive<Record<string, unknown>>(authorOff.includes(i + 1) ? { preload: false } : {}) } },
  })))
  const currentSlideNo = ref(1)
  const nav: PreloadNav = { slides, currentSlideNo, isPrintMode: ref(false) }
  /** Slides Slidev's client may load now (its rule: preload !== false). */
  const loadable = () => slides.value.filter(s => s.meta.slide.frontmatter.preload !== false).map(s => s.no)
  const idle: (() => void)[] = []
  const runIdle = () => {
    while (idle.length) idle.shift()!()
  }
  return { nav, currentSlideNo, loadable, schedule: (work: () => void) => idle.push(work), runIdle, idle }
}

describe('preloadOrder', () => {
  it('is the slide, the next, the previous, within the deck', () => {
    expect(preloadOrder(5, 39)).toEqual([5, 6, 4])
    expect(preloadOrder(1, 39)).toEqual([1, 2])
    expect(preloadOrder(39, 39)).toEqual([39, 38])
  })
})

describe('preloadNearby', () => {
  it('lets the current slide load at once and its neighbours when the page is idle, the next first', () => {
    const d = deck(10)
    preloadNearby(d.nav, d.schedule)
    expect(d.loadable()).toEqual([1])
    d.idle.shift()!()
    expect(d.loadable()).toEqual([1, 2])
    d.runIdle()
    expect(d.loadable()).toEqual([1, 2])
  })

  it('moves the window with the presenter, before Slidev looks at it', () => {
    const d = deck(10)
    preloadNearby(d.nav, d.schedule)
    d.runIdle()
    d.currentSlideNo.value = 5
    expect(d.loadable()).toEqual([5])
    d.idle.shift()!()
    expect(d.loadable()).toEqual([5, 6])
    d.runIdle()
    expect(d.loadable()).toEqual([4, 5, 6])
  })

  it('drops a window the presenter has moved past', () => {
    const d = deck(10)
    preloadNearby(d.nav, d.schedule)
    d.currentSlideNo.value = 5
    d.currentSlideNo.value = 8
    d.runIdle()
    expect(d.loadable()).toEqual([7, 8, 9])
  })

  it('keeps an author\'s preload: false', () => {
    const d = deck(5, [2])
    preloadNearby(d.nav, d.schedule)
    d.runIdle()
    expect(d.loadable()).toEqual([1])
  })

  it('leaves the print view alone', () => {
    const d = deck(5)
    preloadNearby({ ...d.nav, isPrintMode: ref(true) }, d.schedule)
    expect(d.loadable()).toEqual([1, 2, 3, 4, 5])
  })
})
