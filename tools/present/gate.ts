/**
 * What the gate of `npm run present -- --remote` does with one request, decided
 * from its method, address and cookie alone (no I/O, so every rule has a unit
 * test). The server that applies the decisions is tools/present/remote-server.ts.
 *
 * - The first link carries the secret as `?token=…`: the gate answers with a
 *   cookie (HttpOnly, SameSite=Lax) and a redirect to the same address without
 *   the token, so the secret leaves the address bar and the browser's history.
 * - Every later request, WebSocket upgrades included, must carry that cookie.
 * - Without a secret, or with a wrong or empty one: 401, and nothing of the deck.
 * - The audience's secret lets a browser follow the talk, not drive it: only
 *   GET and HEAD, no presenter, notes or print routes, nothing under `/__…`.
 *   What the audience sends on the position relay is dropped by
 *   tools/present/relay.ts.
 */
import type { Role, Secrets } from './secret'
import { roleOf } from './secret'

/** The cookie that keeps the secret after the first link. */
export const COOKIE_NAME = 'deck_token'
/** The first link's query parameter. */
export const TOKEN_PARAM = 'token'
/** How long the cookie lasts: a long day of talks. */
export const COOKIE_MAX_AGE_S = 12 * 60 * 60

/** SPA routes that show notes or drive the talk: the presenter's only. */
export const PRESENTER_ROUTES = ['presenter', 'notes', 'notes-edit', 'entry', 'overview', 'print', 'export'] as const

export interface GateRequest {
  method: string
  /** The request target as received, e.g. `/presenter/3?token=…`. */
  url: string
  /** The Cookie header, if any. */
  cookie?: string
  /** True for a WebSocket upgrade. */
  upgrade?: boolean
}

/** Let it through to the deck. */
export interface Pass { kind: 'pass', role: Role }
/** The first link: set the cookie and redirect to `location`. */
export interface Enter { kind: 'enter', role: Role, location: string, setCookie: string }
export interface Refuse { kind: 'refuse', status: 401 | 403, message: string }
export type GateDecision = Pass | Enter | Refuse

export const UNAUTHORIZED_MESSAGE = 'This talk is private: open the link with its token that the presenter shares.'
export const WRONG_TOKEN_MESSAGE = 'This link\'s token is not valid for this talk: ask the presenter for the current link.'
export const AUDIENCE_MESSAGE = 'The audience link follows the talk; it cannot drive it or open the presenter\'s views.'

/** The value of cookie `name` in a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name)
      return part.slice(eq + 1).trim()
  }
  return undefined
}

/** The Cookie header without cookie `name` (undefined when nothing is left), so the deck's server never sees the secret. */
export function withoutCookie(header: string | undefined, name: string): string | undefined {
  const kept = (header ?? '').split(';').map(part => part.trim()).filter(part => part && part.slice(0, part.indexOf('=')).trim() !== name)
  return kept.length ? kept.join('; ') : undefined
}

/** The Set-Cookie header that keeps `secret`: HttpOnly (no script reads it), SameSite=Lax, for the whole site. */
export function sessionCookie(secret: string): string {
  return `${COOKIE_NAME}=${secret}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${COOKIE_MAX_AGE_S}`
}

/** True for a presenter route or a server endpoint, however the address is spelt: Slidev's router ignores case and empty segments. */
export function isDrivingPath(pathname: string): boolean {
  let decoded = pathname
  try {
    decoded = decodeURIComponent(pathname)
  }
  catch {} // a malformed escape: judge the address as it came
  const segments = decoded.toLowerCase().split('/').filter(Boolean)
  const first = segments[0] ?? ''
  return first.startsWith('__') || (PRESENTER_ROUTES as readonly string[]).includes(first)
}

/** What the gate does with `request`. */
export function decide(request: GateRequest, secrets: Secrets): GateDecision {
  // The target as a path: `//x` is a path here, not another host.
  const url = new URL(`http://gate.invalid${request.url.startsWith('/') ? '' : '/'}${request.url}`)
  const method = request.method.toUpperCase()
  const reading = method === 'GET' || method === 'HEAD'

  let role: Role | undefined
  // Only a page's address carries the gate's token: a WebSocket must come with the cookie.
  if (!request.upgrade && reading && url.searchParams.has(TOKEN_PARAM)) {
    const token = url.searchParams.get(TOKEN_PARAM) ?? ''
    role = roleOf(token, secrets)
    if (!role)
      return { kind: 'refuse', status: 401, message: WRONG_TOKEN_MESSAGE }
    url.searchParams.delete(TOKEN_PARAM)
    if (role === 'presenter' || !isDrivingPath(url.pathname))
      return { kind: 'enter', role, location: `/${url.pathname.replace(/^\/+/, '')}${url.search}`, setCookie: sessionCookie(token) }
  }
  else {
    role = roleOf(cookieValue(request.cookie, COOKIE_NAME), secrets)
  }

  if (!role)
    return { kind: 'refuse', status: 401, message: UNAUTHORIZED_MESSAGE }
  if (role === 'audience' && (!reading || isDrivingPath(url.pathname)))
    return { kind: 'refuse', status: 403, message: AUDIENCE_MESSAGE }
  return { kind: 'pass', role }
}
