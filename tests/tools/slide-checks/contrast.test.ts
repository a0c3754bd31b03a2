import { describe, expect, it } from 'vitest'
import { composite, contrastRatio, flattenBackdrop, isLargeText, parseColor, relativeLuminance, requiredContrast, textContrast, WHITE } from '../../../tools/slide-checks/contrast'

const black = { r: 0, g: 0, b: 0, a: 1 }

describe('parseColor', () => {
  it('reads the forms computed styles use', () => {
    expect(parseColor('rgb(26, 31, 43)')).toEqual({ r: 26, g: 31, b: 43, a: 1 })
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 })
    expect(parseColor('rgba(87.75, 87.75, 87.75, 0.5)')).toEqual({ r: 87.75, g: 87.75, b: 87.75, a: 0.5 })
    expect(parseColor('rgb(10 20 30 / 25%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 })
    expect(parseColor('#0b5cad')).toEqual({ r: 11, g: 92, b: 173, a: 1 })
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 })
    expect(parseColor('transparent').a).toBe(0)
  })

  it('rejects what it cannot read instead of guessing', () => {
    expect(() => parseColor('oklch(0.5 0.1 200)')).toThrow('Unrecognised colour "oklch(0.5 0.1 200)"')
    expect(() => parseColor('rgb(1, 2)')).toThrow('Unrecognised colour')
  })
})

describe('contrast ratio', () => {
  it('matches the WCAG reference values', () => {
    expect(relativeLuminance(WHITE)).toBeCloseTo(1, 10)
    expect(relativeLuminance(black)).toBe(0)
    expect(contrastRatio(black, WHITE)).toBeCloseTo(21, 10)
    expect(contrastRatio(WHITE, WHITE)).toBe(1)
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio(parseColor('#767676'), WHITE)).toBeCloseTo(4.54, 2)
    expect(contrastRatio(parseColor('#777777'), WHITE)).toBeLessThan(4.5)
  })

  it('is symmetric', () => {
    const blue = parseColor('#0b5cad')
    expect(contrastRatio(blue, WHITE)).toBe(contrastRatio(WHITE, blue))
  })
})

describe('compositing', () => {
  it('paints a half-transparent colour halfway over the one below', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, WHITE)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 })
    expect(composite({ r: 10, g: 10, b: 10, a: 0 }, WHITE)).toEqual(WHITE)
  })

  it('flattens layers nearest first over the canvas colour', () => {
    // A transparent layer lets the canvas show; an opaque one hides everything below it.
    expect(flattenBackdrop([], WHITE)).toEqual(WHITE)
    expect(flattenBackdrop([{ r: 0, g: 0, b: 0, a: 0.5 }, { r: 255, g: 0, b: 0, a: 1 }], WHITE)).toEqual({ r: 127.5, g: 0, b: 0, a: 1 })
  })

  it('fades text by its opacity before measuring its contrast', () => {
    expect(textContrast(black, 1, WHITE)).toBeCloseTo(21, 10)
    expect(textContrast(black, 0.3, WHITE)).toBeLessThan(3)
    expect(textContrast(black, 0.3, WHITE)).toBeCloseTo(contrastRatio(composite({ ...black, a: 0.3 }, WHITE), WHITE), 10)
  })
})

describe('the ratio a text needs', () => {
  it('is 3:1 for large text and 4.5:1 otherwise', () => {
    expect(isLargeText(24, 400)).toBe(true)
    expect(isLargeText(23.9, 400)).toBe(false)
    expect(isLargeText(18.66, 700)).toBe(true)
    expect(isLargeText(18.66, 600)).toBe(false)
    expect(requiredContrast(40, 700)).toBe(3)
    expect(requiredContrast(20, 400)).toBe(4.5)
  })
})
