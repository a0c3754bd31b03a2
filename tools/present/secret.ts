/**
 * The secrets of `npm run present -- --remote`: one for the presenter, who
 * drives the talk, one for the audience, who may only follow it. A request is
 * let in when it carries one of them; which one decides its role.
 */
import type { Buffer } from 'node:buffer'
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export type Role = 'presenter' | 'audience'

export interface Secrets {
  presenter: string
  audience: string
}

/** Shorter secrets are refused: a few characters can be guessed by trying them over the network. */
export const MIN_SECRET_LENGTH = 12

/** 32 random bytes from the operating system's generator, URL-safe (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** Why a secret given on the command line cannot be used, or '' when it can. */
export function secretProblem(secret: string): string {
  if (secret.length < MIN_SECRET_LENGTH)
    return `is ${secret.length} characters long; use at least ${MIN_SECRET_LENGTH}, or leave it out for a random one`
  if (!/^[\w.~-]+$/.test(secret))
    return 'may hold only letters, digits and - _ . ~ (it goes into a link and a cookie as it is)'
  return ''
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest()
}

/**
 * True when `candidate` is `secret`. Both are hashed to digests of equal length
 * and compared with crypto.timingSafeEqual, so the time taken tells nothing of
 * how much of the candidate was right, nor of the secret's length. An empty or
 * missing candidate never matches, whatever the secret.
 */
export function secretMatches(candidate: string | undefined, secret: string): boolean {
  if (!candidate || !secret)
    return false
  return timingSafeEqual(digest(candidate), digest(secret))
}

/** The role `candidate` grants, or undefined. Both secrets are always compared, so the answer takes as long either way. */
export function roleOf(candidate: string | undefined, secrets: Secrets): Role | undefined {
  const presenter = secretMatches(candidate, secrets.presenter)
  const audience = secretMatches(candidate, secrets.audience)
  return presenter ? 'presenter' : audience ? 'audience' : undefined
}
