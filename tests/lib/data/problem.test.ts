/** How a data problem names a record in a list (lib/data/problem.ts): what a person can search the file for. */
import { describe, expect, it } from 'vitest'
import { recordKey } from '../../../lib/data/problem'

describe('recordKey', () => {
  const timeline = [{ date: '2025-06-20' }, { date: '2025-08-04' }, { date: '2025-08-04' }, { id: 'call', date: '2025-08-04' }, { title: 'no date' }]

  it('names a record by its id, else by its date', () => {
    expect(recordKey(timeline, 3)).toBe('call')
    expect(recordKey(timeline, 0)).toBe('2025-06-20')
  })

  it('tells records of the same day apart by their order on that day', () => {
    expect(recordKey(timeline, 1)).toBe('2025-08-04')
    expect(recordKey(timeline, 2)).toBe('2025-08-04#2')
  })

  it('falls back to the position for a record with neither', () => {
    expect(recordKey(timeline, 4)).toBe('4')
    expect(recordKey(['a', 'b'], 1)).toBe('1')
  })
})
