/**
 * A static build hosted under a sub-path (`/talk/`), as a user puts it on a
 * shared web server: slides, a diagram drawn at build time and the presenter
 * view all come from under that path, and nothing from outside.
 */
import type { Browser } from 'playwright-core'
import { readdirSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { diagramIdsIn } from '../../lib/diagrams/index'
import { loadDeck } from '../../node/deck-slides'
import { ensureDeckBuild } from '../../tools/deck-build'
import { serveStatic } from '../../tools/static-server'
import { launchBrowser, openPage } from './deck'

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
