import type { Socket } from 'node:net'
/**
 * `npm run present`: the cached build with two windows in step, and `--remote`
 * with its gate and relay: nothing without the secret and no dev server, the
 * phone drives and the laptop's windows and the audience follow, the audience
 * cannot drive, a device back on the Wi-Fi resumes where the talk is, nothing
 * the audience can fetch holds the notes, and the presenter view works on a
 * phone.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import type { LocalPresentation, RemotePresentation } from '../../tools/present/serve'
import { readdirSync } from 'node:fs'
import { request } from 'node:http'
import { connect, createServer as createNetServer } from 'node:net'
import { join, relative, resolve, sep } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../node/deck-slides'
import { RELAY_PATH } from '../../setup/relay/protocol'
import { COOKIE_NAME, UNAUTHORIZED_MESSAGE } from '../../tools/present/gate'
import { presentLocal, presentRemote } from '../../tools/present/serve'
import { waitForSlide } from '../../tools/slide-ready'
import { launchBrowser } from './deck'

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

/** The slide number and click step a page shows, from its address: `/presenter/3?clicks=1` is 3 and 1. */
function position(page: Page): string {
  const url = new URL(page.url())
  return `${url.pathname.split('/').at(-1)}:${url.searchParams.get('clicks') ?? '0'}`
}

/** Presses a key in `page` until its address shows slide `no`; each press waits for the address to change. */
async function goToSlide(page: Page, no: number): Promise<void> {
  for (let presses = 0; !new URL(page.url()).pathname.endsWith(`/${no}`); presses++) {
    if (presses > 20)
      throw new Error(`${page.url()}: 20 key presses did not reach slide ${no}`)
    const before = position(page)
    const current = Number(new URL(page.url()).pathname.split('/').at(-1))
    await page.keyboard.press(current < no ? 'ArrowRight' : 'ArrowLeft')
    await page.waitForFunction(was => `${location.pathname.split('/').at(-1)}:${new URLSearchParams(location.search).get('clicks') ?? '0'}` !== was, before, { timeout: 10_000 })
  }
}

/** Presses `key` in `page` and waits until its position changes. */
async function pressAndWait(page: Page, key: string): Promise<void> {
  const before = position(page)
  await page.keyboard.press(key)
  await page.waitForFunction(was => `${location.pathname.split('/').at(-1)}:${new URLSearchParams(location.search).get('clicks') ?? '0'}` !== was, before, { timeout: 10_000 })
}

/** A network the test can take away: a TCP relay to `port` that drops every connection while cut. */
interface Wifi { port: number, cut: () => void, restore: () => void, close: () => Promise<void> }

async function startWifi(port: number): Promise<Wifi> {
  const open = new Set<Socket>()
  let down = false
  const server = createNetServer((device) => {
    if (down) {
      device.destroy()
      return
    }
    const laptop = connect(port, '127.0.0.1')
    for (const socket of [device, laptop]) {
      open.add(socket)
      socket.on('close', () => open.delete(socket))
      socket.on('error', () => {})
    }
    device.pipe(laptop).pipe(device)
    device.on('close', () => laptop.destroy())
    laptop.on('close', () => device.destroy())
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return {
    port: (server.address() as { port: number }).port,
    cut: () => {
      down = true
      open.forEach(socket => socket.destroy())
    },
    restore: () => {
      down = false
    },
    close: () => new Promise((done) => {
      open.forEach(socket => socket.destroy())
      server.close(() => done())
    }),
  }
}

/** A few sentences of the speaker notes (from the first, a middle and the last slide that has notes): the longest run of Korean words in each. */
async function noteSentences(): Promise<string[]> {
  const withNotes = (await loadDeck(resolve('slides.md'))).slides.filter(slide => slide.notes)
  const chosen = [withNotes[0], withNotes[Math.floor(withNotes.length / 2)], withNotes.at(-1)]
  return chosen.map(slide => [...(slide?.notes ?? '').matchAll(/[\p{Script=Hangul}\d][\p{Script=Hangul}\d ,]{10,}[\p{Script=Hangul}\d]/gu)].map(match => match[0]).sort((a, b) => b.length - a.length)[0] ?? '')
    .filter(sentence => sentence.length >= 12)
}

/** Every file of a build, as paths under it, but the build cache's hidden marks. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && !entry.name.startsWith('.'))
    .map(entry => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForFunction(p => location.pathname === p, path, { timeout: 20_000 })
}

/** Every answer of 400 or more a page gets. */
function failures(page: Page): string[] {
  const failed: string[] = []
  page.on('response', (response: Response) => {
    if (response.status() >= 400)
      failed.push(`${response.status()} ${response.url()}`)
  })
  return failed
}

describe('npm run present: one laptop', () => {
  let presentation: LocalPresentation | undefined
  afterAll(() => presentation?.close())

  it('serves the cached build at once, and the slides window follows the presenter window', async () => {
    // The tests' global setup built the deck into the build cache; every later `npm run present` does
    // this: reuse the build, serve, show slide 1.
    const started = performance.now()
    presentation = await presentLocal({ lang: 'ko', port: 0 }, { build: () => Promise.reject(new Error('built again, though nothing changed')) })
    expect(presentation.build.built).toBe(false)
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    const slides = await context.newPage()
    const requests: string[] = []
    slides.on('request', r => requests.push(r.url()))
    await slides.goto(presentation.links.slides)
    await waitForSlide(slides, 1)
    const firstSlideMs = performance.now() - started
    console.log(`[present] reused build served and slide 1 drawn in ${Math.round(firstSlideMs)} ms, ${requests.length} requests`)
    // Why it is fast, which a clock on a shared CI runner cannot show reliably: the built bundle, a few dozen
    // requests, not Vite's dev server with its ~440 modules. The time bound only catches a fall back to a build.
    expect(requests.filter(url => url.includes('/@vite/') || url.includes('/@fs/'))).toEqual([])
    expect(requests.length).toBeLessThan(60)
    expect(firstSlideMs).toBeLessThan(10_000)

    // Two windows of one browser: Slidev's static build keeps them in step with a BroadcastChannel.
    const presenter = await context.newPage()
    await presenter.goto(presentation.links.presenter)
    await waitForSlide(presenter, 1)
    await goToSlide(presenter, 3)
    await waitForPath(slides, '/3')
    await waitForSlide(slides, 3)
    await goToSlide(presenter, 2)
    await waitForPath(slides, '/2')
    await context.close()
  })
})

describe('npm run present -- --remote', () => {
  const secrets = { presenter: 'presenter-secret-for-tests', audience: 'audience-secret-for-tests' }
  let remote: RemotePresentation
  /** The server as a phone on the venue's network reaches it. */
  let base: string
  /** The server as this machine reaches it: the projector's window. */
  let local: string
  /** A Wi-Fi the test can cut: a TCP relay to the server, reached as wifi.test. */
  let wifi: Wifi
  let viaWifi: string
  /**
   * A Chromium that resolves deck.test and wifi.test to this machine: its pages are on origins Slidev does not
   * trust to send a viewer's position, as a phone's would be (Slidev trusts localhost and 127.0.0.1).
   */
  let lanBrowser: Browser
  const contexts: BrowserContext[] = []
  /** The presenter's phone, the laptop's presenter view, the projector's window and an audience device. */
  let phone: Page
  let laptop: Page
  let projector: Page
  let audience: Page
  /** Every same-origin answer the audience's pages got, to read for notes. */
  const audienceBodies: Promise<{ url: string, body: string }>[] = []

  beforeAll(async () => {
    // Both builds from the build cache; the audience's is built here the first time (--without-notes).
    remote = await presentRemote({ lang: 'ko', port: 0, host: '127.0.0.1', secrets })
    base = `http://deck.test:${remote.port}`
    local = `http://127.0.0.1:${remote.port}`
    wifi = await startWifi(remote.port)
    viaWifi = `http://wifi.test:${wifi.port}`
    lanBrowser = await launchBrowser(['--host-resolver-rules=MAP deck.test 127.0.0.1, MAP wifi.test 127.0.0.1'])
  })
  afterAll(async () => {
    await Promise.all(contexts.map(context => context.close()))
    await lanBrowser?.close()
    await wifi?.close()
    await remote?.close()
  })

  async function newPage(options: Parameters<Browser['newContext']>[0] = { viewport: { width: 980, height: 552 } }, on = lanBrowser): Promise<Page> {
    const context = await on.newContext(options)
    contexts.push(context)
    return context.newPage()
  }

  function recordAudience(page: Page): void {
    page.on('response', (response) => {
      if (new URL(response.url()).port === new URL(page.url() || response.url()).port) {
        // A body still unread when the page moved on is not there to read: give up on it after a while.
        audienceBodies.push(Promise.race([
          response.body().then(body => ({ url: response.url(), body: body.toString('utf8') }), () => ({ url: response.url(), body: '' })),
          new Promise<{ url: string, body: string }>(done => setTimeout(done, 5000, { url: response.url(), body: '' })),
        ]))
      }
    })
  }

  const withCookie = (secret: string) => ({ headers: { cookie: `${COOKIE_NAME}=${secret}` } })

  /** A WebSocket upgrade to `path`; resolves with the status. */
  function upgradeStatus(path: string, headers: Record<string, string>): Promise<number> {
    return new Promise((done, fail) => {
      const req = request(`${local}${path}`, { headers: { 'connection': 'Upgrade', 'upgrade': 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', ...headers } })
      req.on('upgrade', (response, socket) => {
        socket.destroy()
        done(response.statusCode!)
      })
      req.on('response', (response) => {
        response.resume()
        done(response.statusCode!)
      })
      req.on('error', fail)
      req.end()
    })
  }

  /** Waits until every page in `pages` shows `expected` (`slide:clicks`). */
  async function allAt(pages: Page[], expected: string, timeout = 15_000): Promise<void> {
    for (const page of pages)
      await page.waitForFunction(want => `${location.pathname.split('/').at(-1)}:${new URLSearchParams(location.search).get('clicks') ?? '0'}` === want, expected, { timeout })
  }

  it('serves both builds from the cache: a second start builds nothing', async () => {
    const started = performance.now()
    const again = await presentRemote({ lang: 'ko', port: 0, host: '127.0.0.1', secrets }, { build: () => Promise.reject(new Error('built again, though nothing changed')) })
    const ms = performance.now() - started
    await again.close()
    console.log(`[present --remote] both builds reused and served in ${Math.round(ms)} ms`)
    expect(again.builds.presenter.built).toBe(false)
    expect(again.builds.audience.built).toBe(false)
    expect(again.builds.presenter.dir).toBe(remote.builds.presenter.dir)
    expect(again.builds.audience.dir).not.toBe(again.builds.presenter.dir)
  })

  it('answers 401 and nothing of the deck without the secret: a page, a script, a style, a font, the relay', async () => {
    const assets = readdirSync(join(remote.builds.presenter.dir, 'assets'))
    const parts = {
      'page': '/1',
      'presenter page': '/presenter/1',
      'script': `/assets/${assets.find(name => name.endsWith('.js'))}`,
      'style': `/assets/${assets.find(name => name.endsWith('.css'))}`,
      'font': `/assets/${assets.find(name => name.endsWith('.woff2'))}`,
    }
    for (const [part, path] of Object.entries(parts)) {
      // The address is a real part of the deck: it answers the presenter.
      expect((await fetch(local + path, withCookie(secrets.presenter))).status, `${part} with the secret`).toBe(200)
      for (const headers of [{}, withCookie('wrong-secret-0123456789').headers, withCookie('').headers]) {
        const response = await fetch(local + path, { headers })
        expect(response.status, `${part} ${JSON.stringify(headers)}`).toBe(401)
        expect(await response.text()).toBe(`401 Unauthorized: ${UNAUTHORIZED_MESSAGE}\n`)
      }
    }
    for (const token of ['wrong-secret-0123456789', ''])
      expect((await fetch(`${local}/1?token=${token}`, { redirect: 'manual' })).status).toBe(401)
    expect(await upgradeStatus(RELAY_PATH, {})).toBe(401)
    expect(await upgradeStatus(RELAY_PATH, withCookie('wrong-secret-0123456789').headers)).toBe(401)
    expect(await upgradeStatus(RELAY_PATH, withCookie(secrets.presenter).headers)).toBe(101)
  })

  it('has no dev server behind it: none of its paths answers, with either secret', async () => {
    const devPaths = ['/@vite/client', '/@fs/etc/hostname', '/@id/vue', '/__slidev/slides/1.json', '/@server-reactive/nav', '/__open-in-editor?file=slides.md', '/__inspect/', '/node_modules/pretendard/package.json', '/slides.md', '/setup/root.ts', '/@slidev/configs']
    for (const path of devPaths) {
      const response = await fetch(local + path, withCookie(secrets.presenter))
      expect(response.status, path).toBe(404)
      expect(await response.text(), path).not.toContain('<html')
    }
    for (const method of ['POST', 'PUT', 'DELETE'])
      expect((await fetch(`${local}/@server-reactive/nav`, { method, body: '{"patch":{"page":5}}', ...withCookie(secrets.presenter) })).status, method).toBe(405)
    // Vite's own WebSocket is not there either.
    expect(await upgradeStatus('/', { 'sec-websocket-protocol': 'vite-hmr', ...withCookie(secrets.presenter).headers })).toBe(404)
  })

  it('the phone drives, and the laptop\'s presenter and slides windows and the audience follow, click by click', async () => {
    phone = await newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })
    laptop = await newPage()
    projector = await newPage(undefined, browser)
    audience = await newPage()
    recordAudience(projector)
    recordAudience(audience)
    const failed = [phone, laptop, projector, audience].map(failures)
    await phone.goto(`${base}/presenter/1?token=${secrets.presenter}`)
    // The token left the address; an HttpOnly cookie keeps it.
    expect(phone.url()).toBe(`${base}/presenter/1`)
    expect(await phone.context().cookies()).toEqual([expect.objectContaining({ name: COOKIE_NAME, value: secrets.presenter, httpOnly: true, sameSite: 'Lax', path: '/' })])
    await Promise.all([
      laptop.goto(`${base}/presenter/1?token=${secrets.presenter}`),
      projector.goto(`${local}/1?token=${secrets.audience}`),
      audience.goto(`${viaWifi}/1?token=${secrets.audience}`),
    ])
    const everyone = [phone, laptop, projector, audience]
    for (const page of everyone)
      await waitForSlide(page, 1)
    const followers = [laptop, projector, audience]
    await allAt(followers, position(phone))

    // Forward until a click step has been passed: slides and click steps both travel.
    let sawClick = false
    for (let steps = 0; steps < 12 && !(sawClick && position(phone).endsWith(':0')); steps++) {
      await pressAndWait(phone, 'ArrowRight')
      sawClick ||= !position(phone).endsWith(':0')
      await allAt(followers, position(phone))
    }
    expect(sawClick, 'passed a click step').toBe(true)
    const no = Number(position(phone).split(':')[0])
    for (const page of everyone)
      await waitForSlide(page, no)
    expect(new URL(laptop.url()).pathname).toBe(`/presenter/${no}`)
    expect(new URL(projector.url()).pathname).toBe(`/${no}`)

    // Any presenter view drives: the laptop's goes back a step, and the phone follows too.
    await pressAndWait(laptop, 'ArrowLeft')
    await allAt([phone, projector, audience], position(laptop))
    expect(failed.flat()).toEqual([])
  }, 200_000)

  it('the audience cannot drive: not with its keys, not with its own message to the relay, not in the presenter view', async () => {
    const talk = position(phone)
    const dropped = remote.relay.dropped
    // The projector's window is on 127.0.0.1, where Slidev lets a viewer send its position: it goes on alone.
    await projector.keyboard.press('ArrowRight')
    await projector.waitForFunction(was => location.pathname + location.search !== was, new URL(projector.url()).pathname + new URL(projector.url()).search)
    // A hand-made move on the relay, from the audience's page.
    const sent = await audience.evaluate(path => new Promise<boolean>((done) => {
      const ws = new WebSocket(`ws://${location.host}${path}`)
      ws.onopen = () => {
        ws.send(JSON.stringify({ type: 'move', page: 9, clicks: 0 }))
        setTimeout(done, 300, true)
      }
      ws.onerror = () => done(false)
    }), RELAY_PATH)
    expect(sent).toBe(true)
    await expect.poll(() => remote.relay.dropped).toBeGreaterThan(dropped)
    expect(`${remote.relay.current.page}:${remote.relay.current.clicks}`).toBe(talk)
    await laptop.waitForTimeout(500)
    expect(position(phone)).toBe(talk)
    expect(position(laptop)).toBe(talk)
    expect(position(audience)).toBe(talk)
    for (const path of ['/presenter/1', '/notes', '/overview', '/print'])
      expect(await audience.evaluate(p => fetch(p).then(r => r.status), path), path).toBe(403)

    // The presenter's next move brings the projector's window back to the talk.
    await pressAndWait(phone, 'ArrowRight')
    await allAt([laptop, projector, audience], position(phone))
  })

  it('a device that drops off the Wi-Fi and comes back resumes where the talk is', async () => {
    const before = position(audience)
    wifi.cut()
    await pressAndWait(phone, 'ArrowRight')
    await pressAndWait(phone, 'ArrowRight')
    await allAt([laptop, projector], position(phone))
    // Off the network, the device cannot know.
    await audience.waitForTimeout(500)
    expect(position(audience)).toBe(before)
    wifi.restore()
    await allAt([audience], position(phone), 20_000)
    await waitForSlide(audience, Number(position(phone).split(':')[0]))
  })

  it('nothing the audience can fetch holds a sentence of the speaker notes', async () => {
    const sentences = await noteSentences()
    expect(sentences.length).toBeGreaterThanOrEqual(3)
    const read = async (dir: string, secret: string) => Promise.all(filesUnder(dir).map(async (file) => {
      const response = await fetch(`${local}/${file}`, withCookie(secret))
      return { url: file, status: response.status, body: await response.text() }
    }))
    // The check can fail: each sentence is in the presenter's build, as served to the presenter.
    const presenterFiles = await read(remote.builds.presenter.dir, secrets.presenter)
    for (const sentence of sentences)
      expect(presenterFiles.some(file => file.body.includes(sentence)), `"${sentence}" in the presenter's build`).toBe(true)
    // Every file the audience's build holds, fetched with the audience's secret, and every answer its pages got.
    const audienceFiles = await read(remote.builds.audience.dir, secrets.audience)
    expect(audienceFiles.every(file => file.status === 200)).toBe(true)
    const seen = [...audienceFiles, ...await Promise.all(audienceBodies)]
    expect(seen.length).toBeGreaterThan(audienceFiles.length)
    for (const sentence of sentences)
      expect(seen.filter(file => file.body.includes(sentence)).map(file => file.url), sentence).toEqual([])
    // Nor does the presenter's build answer the audience's cookie, at any of its addresses.
    for (const file of presenterFiles.filter(f => sentences.some(sentence => f.body.includes(sentence))))
      expect((await fetch(`${local}/${file.url}`, withCookie(secrets.audience))).status, file.url).toBe(404)
  })

  it('the presenter view fits a phone: next and previous, readable notes, the timer', async () => {
    // The phone that drove the talk so far.
    await waitForSlide(phone, Number(position(phone).split(':')[0]))
    const notes = phone.locator('.slidev-note').first()
    await notes.waitFor()

    const viewport = { width: 390, height: 844 }
    const inside = async (name: string, locator: ReturnType<Page['locator']>, min = { width: 1, height: 1 }) => {
      await expect.poll(() => locator.isVisible(), { message: `${name} is visible` }).toBe(true)
      const box = (await locator.boundingBox())!
      expect(box.x, name).toBeGreaterThanOrEqual(0)
      expect(box.y, name).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, name).toBeLessThanOrEqual(viewport.width)
      expect(box.y + box.height, name).toBeLessThanOrEqual(viewport.height)
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(min.width)
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(min.height)
    }
    // Touch targets of at least 44 px, as platform guidelines ask.
    await inside('previous', phone.locator('button[title="Go to previous slide"]'), { width: 44, height: 44 })
    await inside('next', phone.locator('button[title="Go to next slide"]'), { width: 44, height: 44 })
    await inside('timer', phone.locator('.grid-section.bottom .font-mono'))
    await inside('notes', notes, { width: 300, height: 250 })
    const fontSize = await notes.evaluate(el => Number.parseFloat(getComputedStyle(el.querySelector('p') ?? el).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(14)
    expect(await phone.locator('.grid-section.bottom .font-mono').innerText()).toMatch(/\d+\s*:\s*\d+/)
    // Nothing wider than the screen: no sideways scrolling, no section past its edge.
    const overflow = await phone.evaluate(() => ({
      scroll: document.documentElement.scrollWidth - window.innerWidth,
      sections: [...document.querySelectorAll('.slidev-presenter .grid-section')].filter((el) => {
        const box = el.getBoundingClientRect()
        return box.width > 0 && (box.left < 0 || box.right > window.innerWidth + 0.5)
      }).map(el => el.className),
    }))
    expect(overflow).toEqual({ scroll: 0, sections: [] })

    // The big button works: a tap goes on to the next step.
    const before = position(phone)
    await phone.locator('button[title="Go to next slide"]').tap()
    await phone.waitForFunction(was => `${location.pathname.split('/').at(-1)}:${new URLSearchParams(location.search).get('clicks') ?? '0'}` !== was, before)
  })
})
