import * as crypto from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { MIN_SECRET_LENGTH, randomSecret, roleOf, secretMatches, secretProblem } from '../../../tools/present/secret'

vi.mock('node:crypto', { spy: true })

const secrets = { presenter: 'presenter-secret-0123456789', audience: 'audience-secret-0123456789' }

describe('randomSecret', () => {
  it('is 32 random bytes, URL-safe, different each time', () => {
    const a = randomSecret()
    expect(a).toMatch(/^[\w-]{43}$/)
    expect(new Set(Array.from({ length: 50 }, randomSecret)).size).toBe(50)
    expect(crypto.randomBytes).toHaveBeenCalledWith(32)
  })
})

describe('secretMatches', () => {
  it('accepts the secret and refuses a wrong, a shorter, a longer and an empty one', () => {
    expect(secretMatches(secrets.presenter, secrets.presenter)).toBe(true)
    expect(secretMatches('presenter-secret-0123456788', secrets.presenter)).toBe(false)
    expect(secretMatches('presenter', secrets.presenter)).toBe(false)
    expect(secretMatches(`${secrets.presenter}0`, secrets.presenter)).toBe(false)
    expect(secretMatches('', secrets.presenter)).toBe(false)
    expect(secretMatches(undefined, secrets.presenter)).toBe(false)
    expect(secretMatches('', '')).toBe(false)
  })

  it('compares in constant time: timingSafeEqual on two digests of equal length, whatever the lengths given', () => {
    vi.mocked(crypto.timingSafeEqual).mockClear()
    secretMatches('x', secrets.presenter)
    secretMatches(`${secrets.presenter}-much-longer-than-the-secret`, secrets.presenter)
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(2)
    for (const [a, b] of vi.mocked(crypto.timingSafeEqual).mock.calls) {
      expect((a as Uint8Array).length).toBe(32)
      expect((b as Uint8Array).length).toBe(32)
    }
  })
})

describe('roleOf', () => {
  it('names the role each secret grants, and none for anything else', () => {
    expect(roleOf(secrets.presenter, secrets)).toBe('presenter')
    expect(roleOf(secrets.audience, secrets)).toBe('audience')
    expect(roleOf('wrong-secret-0123456789', secrets)).toBeUndefined()
    expect(roleOf('', secrets)).toBeUndefined()
  })

  it('compares with both secrets every time, so a hit takes as long as a miss', () => {
    vi.mocked(crypto.timingSafeEqual).mockClear()
    roleOf(secrets.presenter, secrets)
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(2)
  })
})

describe('secretProblem', () => {
  it('accepts a long URL-safe secret', () => {
    expect(secretProblem('a'.repeat(MIN_SECRET_LENGTH))).toBe('')
    expect(secretProblem(randomSecret())).toBe('')
  })

  it('refuses a short secret, and characters that would break the link or the cookie', () => {
    expect(secretProblem('short')).toContain('at least 12')
    expect(secretProblem('')).toContain('0 characters')
    expect(secretProblem('has space 0123456')).toContain('only letters')
    expect(secretProblem('semi;colon0123456')).toContain('only letters')
  })
})
