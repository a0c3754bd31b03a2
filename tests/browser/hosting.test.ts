/**
 * The other ways a user runs the deck: a static build for a sub-path, and the
 * dev server. Both stay on 127.0.0.1: no font, script, style or image from outside.
 */
import type { Browser } from 'playwright-core'
import type { DevServer } from '../../tools/slidev'
import { readdirSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { diagramIdsIn } from '../../lib/diagrams/index'
import { loadDeck } from '../../node/deck-slides'
import { ensureDeckBuild } from '../../tools/deck-build'
import { waitForSlide } from '../../tools/slide-ready'
import { startDevServer } from '../../tools/slidev'
import { serveStatic } from '../../tools/static-server'
import { launchBrowser, openPage } from './deck'

const LOCAL = /^(?:http:\/\/127\.0\.0\.1[:/]|http:\/\/localhost[:/]|data:|blob:)/

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

describe('a static build hosted under a sub-path', () => {
  it('serves slides, a diagram and the presenter view from /talk/', async () => {
    // From the build cache, as present and export take theirs: built again only after an input changed.
    const build = await ensureDeckBuild({ base: '/talk/' })
    const server = await serveStatic(build.dir, { base: '/talk/' })
    try {
      const { page, requests, errors } = await openPage(browser)
      const failed: string[] = []
      page.on('response', (response) => {
        if (response.status() >= 400)
          failed.push(`${response.status()} ${response.url()}`)
      })
      await page.goto(`${server.url}2`, { waitUntil: 'networkidle' })
      await page.locator('.slidev-page-2').waitFor()
      // The diagram drawn at build time is fetched from under the sub-path too.
      const diagramSlide = (await loadDeck()).slides.find(slide => diagramIdsIn(slide.content).length > 0)!
      await page.goto(`${server.url}${diagramSlide.no}`, { waitUntil: 'networkidle' })
      await page.waitForFunction(no => document.querySelector(`.slidev-page-${no} .mermaid > svg g.node`), diagramSlide.no, { timeout: 30_000 })
      await page.goto(`${server.url}presenter/1`, { waitUntil: 'networkidle' })
      await page.locator('.slidev-note').first().waitFor()
      expect(failed).toEqual([])
      expect(errors).toEqual([])
      expect(requests.filter(url => !url.startsWith(server.url) && !/^(?:data|blob):/.test(url))).toEqual([])
      // Scripts end in .js: some static hosts do not serve .mjs as JavaScript, and browsers refuse such modules.
      const files = readdirSync(build.dir, { recursive: true, encoding: 'utf8' })
      expect(files.filter(file => file.endsWith('.mjs'))).toEqual([])
    }
    finally {
      await server.close()
    }
  })
})

describe('npm run dev', () => {
  let dev: DevServer | undefined
  afterAll(() => dev?.stop())

  it('shows the first slide with every request on this machine', async () => {
    dev = await startDevServer()
    const { page, requests, errors } = await openPage(browser)
    await page.goto(`${dev.url}1`, { waitUntil: 'networkidle', timeout: 90_000 })
    await page.locator('.slidev-page-1 h1').waitFor({ timeout: 60_000 })
    expect(requests.filter(r => !LOCAL.test(r)), dev.output()).toEqual([])
    expect(errors.filter(e => !/\[vite\] connect(?:ing|ed)/.test(e))).toEqual([])
  })

  it('draws diagrams live with Mermaid, so that an edit shows at once (only a build draws them ahead of time)', async () => {
    const { slides } = await loadDeck()
    const diagramSlide = slides.find(slide => diagramIdsIn(slide.content).length > 0 || slide.content.includes('```mermaid'))!
    const { page, requests } = await openPage(browser)
    await page.goto(`${dev!.url}${diagramSlide.no}`, { waitUntil: 'load', timeout: 90_000 })
    await waitForSlide(page, diagramSlide.no, { timeout: 90_000 })
    const live = await page.evaluate(no => [...document.querySelectorAll(`.slidev-page-${no} .mermaid`)].map(host => !!host.shadowRoot?.querySelector('svg')), diagramSlide.no)
    expect(live.length).toBeGreaterThan(0)
    expect(live.every(Boolean)).toBe(true)
    expect(requests.some(url => /\/mermaid\b/.test(new URL(url).pathname))).toBe(true)
  })
})
