/**
 * The deck as `npm run dev` serves it while a user edits: everything from
 * 127.0.0.1 (no font, script, style or image from outside), and diagrams drawn
 * live. (A static build under a sub-path: sub-path.test.ts.)
 */
import type { Browser } from 'playwright-core'
import type { DevServer } from '../../tools/slidev'
import { afterAll, describe, expect, it } from 'vitest'
import { diagramIdsIn } from '../../lib/diagrams/index'
import { loadDeck } from '../../node/deck-slides'
import { waitForSlide } from '../../tools/slide-ready'
import { startDevServer } from '../../tools/slidev'
import { launchBrowser, openPage } from './deck'

const LOCAL = /^(?:http:\/\/127\.0\.0\.1[:/]|http:\/\/localhost[:/]|data:|blob:)/

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

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
