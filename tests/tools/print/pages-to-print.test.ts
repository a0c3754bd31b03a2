import { describe, expect, it } from 'vitest'
import { pagesToPrint, stepsReplaceEachOther } from '../../../tools/print/print-view'

/** The print view laid out at every click step: slide 1 without clicks, slide 2 with a list shown in two clicks, slide 3 a switch of three steps. */
const laidOut = [
  { no: 1, clicks: 0 },
  { no: 2, clicks: 0 },
  { no: 2, clicks: 1 },
  { no: 2, clicks: 2 },
  { no: 3, clicks: 0 },
  { no: 3, clicks: 1 },
  { no: 3, clicks: 2 },
].map((page, index) => ({ ...page, index }))
const ids = (pages: typeof laidOut) => pages.map(page => `${page.no}-${page.clicks}`)

describe('the pages an export prints', () => {
  it('prints each slide at its last step, and every step of a slide whose steps replace each other', () => {
    expect(ids(pagesToPrint(laidOut, 'final', new Set([3])))).toEqual(['1-0', '2-2', '3-0', '3-1', '3-2'])
  })

  it('prints every step of every slide with --with-clicks', () => {
    expect(pagesToPrint(laidOut, 'all', new Set([3]))).toEqual(laidOut)
  })

  it('prints one page per slide when no slide switches', () => {
    expect(ids(pagesToPrint(laidOut, 'final', new Set()))).toEqual(['1-0', '2-2', '3-2'])
  })
})

describe('a slide whose steps replace each other', () => {
  it('is one with a <v-switch>, not one whose clicks add to what is shown', () => {
    expect(stepsReplaceEachOther({ content: '# Title\n\n<v-switch>\n<template #0><A /></template>\n<template #1><B /></template>\n</v-switch>' })).toBe(true)
    expect(stepsReplaceEachOther({ content: '# Title\n\n<v-clicks>\n\n- one\n- two\n\n</v-clicks>' })).toBe(false)
    expect(stepsReplaceEachOther({ content: '# Title\n\n<v-switcher>' })).toBe(false)
  })
})
