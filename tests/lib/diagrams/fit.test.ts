import { describe, expect, it } from 'vitest'
import { fitScale } from '../../../lib/diagrams/fit'

describe('fitScale', () => {
  it('keeps a diagram that fits at its natural size', () => {
    expect(fitScale({ width: 700, height: 300 }, { width: 868, height: 380 })).toBe(1)
  })
  it('shrinks by the tighter of width and height', () => {
    expect(fitScale({ width: 1000, height: 300 }, { width: 800, height: 380 })).toBeCloseTo(0.8)
    expect(fitScale({ width: 700, height: 500 }, { width: 868, height: 400 })).toBeCloseTo(0.8)
  })
  it('ignores an unmeasured box or diagram', () => {
    expect(fitScale({ width: 0, height: 0 }, { width: 800, height: 400 })).toBe(1)
    expect(fitScale({ width: 1000, height: 300 }, { width: 800, height: 0 })).toBeCloseTo(0.8)
  })
})
