import { describe, expect, it } from 'vitest'
import { AUDIENCE_MESSAGE, COOKIE_NAME, cookieValue, decide, PRESENTER_ROUTES, UNAUTHORIZED_MESSAGE, withoutCookie, WRONG_TOKEN_MESSAGE } from '../../../tools/present/gate'

const secrets = { presenter: 'presenter-secret-0123456789', audience: 'audience-secret-0123456789' }
const presenterCookie = `other=1; ${COOKIE_NAME}=${secrets.presenter}`
const audienceCookie = `${COOKIE_NAME}=${secrets.audience}`

describe('decide: without the secret', () => {
  it('refuses pages, scripts, styles, fonts, data and WebSocket upgrades with 401', () => {
    for (const url of ['/', '/1', '/presenter/1', '/@vite/client', '/assets/index.css', '/node_modules/pretendard/x.woff2', '/@server-reactive/nav', '/__slidev/slides/1.json']) {
      expect(decide({ method: 'GET', url }, secrets)).toEqual({ kind: 'refuse', status: 401, message: UNAUTHORIZED_MESSAGE })
      expect(decide({ method: 'GET', url, upgrade: true }, secrets)).toMatchObject({ kind: 'refuse', status: 401 })
    }
    expect(decide({ method: 'POST', url: '/@server-reactive/nav' }, secrets)).toMatchObject({ status: 401 })
  })

  it('refuses a wrong and an empty secret, in the link and in the cookie', () => {
    for (const token of ['wrong-secret-0123456789', '', secrets.presenter.slice(0, -1)]) {
      expect(decide({ method: 'GET', url: `/?token=${token}` }, secrets)).toEqual({ kind: 'refuse', status: 401, message: WRONG_TOKEN_MESSAGE })
      expect(decide({ method: 'GET', url: '/', cookie: `${COOKIE_NAME}=${token}` }, secrets)).toMatchObject({ status: 401 })
    }
  })

  it('refuses a wrong link even with a valid cookie', () => {
    expect(decide({ method: 'GET', url: '/?token=nope', cookie: presenterCookie }, secrets)).toMatchObject({ status: 401 })
  })
})

describe('decide: the first link', () => {
  it('sets an HttpOnly, SameSite cookie and redirects to the address without the token', () => {
    const decision = decide({ method: 'GET', url: `/presenter/3?clicks=1&token=${secrets.presenter}` }, secrets)
    expect(decision).toMatchObject({ kind: 'enter', role: 'presenter', location: '/presenter/3?clicks=1' })
    if (decision.kind !== 'enter')
      throw new Error('expected enter')
    expect(decision.setCookie).toMatch(new RegExp(`^${COOKIE_NAME}=${secrets.presenter}; `))
    expect(decision.setCookie).toContain('HttpOnly')
    expect(decision.setCookie).toMatch(/SameSite=(?:Lax|Strict)/)
    expect(decision.setCookie).toContain('Path=/')
  })

  it('never redirects to another host', () => {
    expect(decide({ method: 'GET', url: `//elsewhere.example/x?token=${secrets.presenter}` }, secrets)).toMatchObject({ kind: 'enter', location: '/elsewhere.example/x' })
  })

  it('lets the audience in on its link, at a slide', () => {
    expect(decide({ method: 'GET', url: `/?token=${secrets.audience}` }, secrets)).toMatchObject({ kind: 'enter', role: 'audience', location: '/' })
  })

  it('does not take a WebSocket\'s token for the gate\'s (Vite puts its own in the socket\'s address)', () => {
    expect(decide({ method: 'GET', url: '/?token=vite-token', cookie: presenterCookie, upgrade: true }, secrets)).toEqual({ kind: 'pass', role: 'presenter' })
    expect(decide({ method: 'GET', url: `/?token=${secrets.presenter}`, upgrade: true }, secrets)).toMatchObject({ status: 401 })
  })
})

describe('decide: with the cookie', () => {
  it('lets the presenter do everything', () => {
    for (const [method, url] of [['GET', '/presenter/2'], ['POST', '/@server-reactive/nav'], ['GET', '/__slidev/slides/1.json'], ['GET', '/notes']])
      expect(decide({ method: method!, url: url!, cookie: presenterCookie }, secrets)).toEqual({ kind: 'pass', role: 'presenter' })
    expect(decide({ method: 'GET', url: '/', cookie: presenterCookie, upgrade: true }, secrets)).toEqual({ kind: 'pass', role: 'presenter' })
  })

  it('lets the audience read the slides and open the sync socket', () => {
    for (const url of ['/', '/5', '/@vite/client', '/@server-reactive/nav', '/assets/x.js'])
      expect(decide({ method: 'GET', url, cookie: audienceCookie }, secrets)).toEqual({ kind: 'pass', role: 'audience' })
    expect(decide({ method: 'GET', url: '/', cookie: audienceCookie, upgrade: true }, secrets)).toEqual({ kind: 'pass', role: 'audience' })
  })

  it('refuses the audience every write, the presenter\'s routes and the server\'s endpoints with 403', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(decide({ method, url: '/@server-reactive/nav', cookie: audienceCookie }, secrets)).toEqual({ kind: 'refuse', status: 403, message: AUDIENCE_MESSAGE })
    for (const route of PRESENTER_ROUTES)
      expect(decide({ method: 'GET', url: `/${route}/1`, cookie: audienceCookie }, secrets)).toMatchObject({ status: 403 })
    for (const url of ['/__slidev/slides/1.json', '/__mcp', '/__open-in-editor?file=x'])
      expect(decide({ method: 'GET', url, cookie: audienceCookie }, secrets)).toMatchObject({ status: 403 })
    // However the address is spelt.
    for (const url of ['/PRESENTER/1', '//presenter/1', '/%70resenter/1', '/./presenter/1', '/x/../presenter/1', '/Notes'])
      expect(decide({ method: 'GET', url, cookie: audienceCookie }, secrets), url).toMatchObject({ status: 403 })
    // Nor does the audience's own link open the presenter view.
    expect(decide({ method: 'GET', url: `/presenter/1?token=${secrets.audience}` }, secrets)).toMatchObject({ status: 403 })
  })
})

describe('cookies', () => {
  it('reads one cookie among several', () => {
    expect(cookieValue(presenterCookie, COOKIE_NAME)).toBe(secrets.presenter)
    expect(cookieValue('a=1', COOKIE_NAME)).toBeUndefined()
    expect(cookieValue(undefined, COOKIE_NAME)).toBeUndefined()
  })

  it('removes the gate\'s cookie before the deck\'s server sees the request', () => {
    expect(withoutCookie(presenterCookie, COOKIE_NAME)).toBe('other=1')
    expect(withoutCookie(audienceCookie, COOKIE_NAME)).toBeUndefined()
  })
})
