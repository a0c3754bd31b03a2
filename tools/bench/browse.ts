/**
 * What the benchmark measures in Chromium: the bytes a built deck fetches,
 * and Slidev's dev server (first answer, first slide shown, a saved edit
 * until it shows).
 */
import type { Browser, Page } from 'playwright-core'
import type { EditTarget } from './copies'
import type { ByteTotals } from './resources'
import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { freePort } from '../free-port'
import { waitForSlide } from '../slide-ready'
import { spawnSlidev } from '../slidev'
import { CACHE_ENV } from './copies'
import { markSlideHeading } from './edit'
import { sleep, STEP_TIMEOUT_MS } from './processes'
import { addResponse, emptyTotals } from './resources'

/** Slidev's client loads every slide's module this long after the deck shows (SlidesShow.vue, "preload all slides after 3s"). */
export const SLIDEV_PRELOAD_ALL_MS = 3000

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  return context.newPage()
}

/** Records every response's body size by resource type; idle() waits until nothing is in flight for a while. */
export function recordBytes(page: Page) {
  let totals = emptyTotals()
  let inFlight = 0
  let lastChange = performance.now()
  page.on('request', () => {
    inFlight++
    lastChange = performance.now()
  })
  page.on('requestfinished', async (request) => {
    try {
      const sizes = await request.sizes()
      totals = addResponse(totals, request.resourceType(), sizes.responseBodySize)
    }
    finally {
      inFlight--
      lastChange = performance.now()
    }
  })
  page.on('requestfailed', () => {
    inFlight--
    lastChange = performance.now()
  })
  return {
    snapshot: (): ByteTotals => ({ ...totals }),
    idle: async (quietMs = 500, timeoutMs = 60_000) => {
      const until = performance.now() + timeoutMs
      while (performance.now() < until) {
        if (inFlight === 0 && performance.now() - lastChange >= quietMs)
          return
        await sleep(50)
      }
      throw new Error('network did not settle')
    },
  }
}

export async function measureBytes(browser: Browser, dist: string, slides: number): Promise<{ first: ByteTotals, every: ByteTotals }> {
  const { serveStatic } = await import('../static-server')
  const server = await serveStatic(dist)
  const page = await newPage(browser)
  try {
    const bytes = recordBytes(page)
    await page.goto(`${server.url}1`)
    await waitForSlide(page, 1)
    await page.evaluate(() => document.fonts.ready)
    await bytes.idle()
    const first = bytes.snapshot()
    for (let no = 2; no <= slides; no++) {
      // ArrowDown is Slidev's "next slide" (skipping click steps); the page stays, as when presenting.
      await page.keyboard.press('ArrowDown')
      await page.waitForURL(url => new URL(url).pathname.replace(/\/$/, '').endsWith(`/${no}`), { timeout: 30_000 })
      await waitForSlide(page, no)
      await page.evaluate(() => document.fonts.ready)
      await bytes.idle(300)
    }
    await page.evaluate(() => document.fonts.ready)
    await bytes.idle()
    return { first, every: bytes.snapshot() }
  }
  finally {
    await page.context().close()
    await server.close()
  }
}

export interface DevFigures {
  answerMs: number
  visibleMs: number
  editMs: number[]
}

/** Starts `slidev --port <free> --open false`, times the first answer and the first visible heading, then times saved edits. */
export async function measureDev(browser: Browser, dir: string, edit: EditTarget | undefined, edits: number, tag: string): Promise<DevFigures> {
  const port = await freePort()
  const start = performance.now()
  const { child, output, exited, stop } = spawnSlidev(dir, ['--port', String(port), '--open', 'false'], { [CACHE_ENV]: '.bench-vite-cache/dev' })
  const original = edit ? readFileSync(edit.file, 'utf8') : undefined
  let page: Page | undefined
  try {
    const url = `http://localhost:${port}`
    let answerMs: number | undefined
    while (answerMs === undefined) {
      if (child.exitCode !== null)
        throw new Error(`dev server exited (${child.exitCode}):\n${output()}`)
      if (performance.now() - start > STEP_TIMEOUT_MS)
        throw new Error(`dev server did not answer:\n${output()}`)
      try {
        await fetch(`${url}/`, { signal: AbortSignal.timeout(2000) })
        answerMs = performance.now() - start
      }
      catch {
        await sleep(20)
      }
    }
    page = await newPage(browser)
    // An update sent before the page's HMR socket connects is lost, so edits wait for Vite's "connected".
    const hmr = { connected: false }
    page.on('console', (message) => {
      if (message.text().includes('[vite] connected'))
        hmr.connected = true
      if (process.env.BENCH_DEBUG)
        console.log(`  page ${message.type()}: ${message.text()}`)
    })
    await page.goto(`${url}/1`, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS })
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS })
    const visibleMs = performance.now() - start

    const editMs: number[] = []
    if (edit && original !== undefined) {
      await page.waitForLoadState('networkidle')
      hmr.connected = false
      const network = recordBytes(page)
      await page.goto(`${url}/${edit.no}`, { waitUntil: 'networkidle' })
      const loadedAt = performance.now()
      await page.locator(`.slidev-page-${edit.no}`).first().waitFor({ state: 'visible', timeout: 60_000 })
      await page.evaluate(() => document.fonts.ready)
      const connectBy = performance.now() + 60_000
      while (!hmr.connected && performance.now() < connectBy)
        await sleep(50)
      if (!hmr.connected)
        throw new Error('the page never connected to Vite\'s HMR socket')
      // Edits are timed in an open deck at rest, as an author edits: after Slidev's preloading of
      // every other slide (started SLIDEV_PRELOAD_ALL_MS after the page shows) has been fetched.
      await sleep(Math.max(0, loadedAt + SLIDEV_PRELOAD_ALL_MS + 500 - performance.now()))
      await network.idle(1000, STEP_TIMEOUT_MS)
      for (let index = 0; index < edits; index++) {
        const token = `bench${tag}x${index}x${Math.random().toString(36).slice(2, 8)}`
        const text = markSlideHeading(original, edit.line, edit.title, token)
        const saved = performance.timeOrigin + performance.now()
        writeFileSync(edit.file, text)
        // Checked on every animation frame: the time returned is that of the first frame that holds the new text.
        const handle = await page.waitForFunction(token => document.body.textContent?.includes(token) && performance.timeOrigin + performance.now(), token, { timeout: 30_000, polling: 'raf' })
          .catch(async (error: unknown) => {
            const shown = await page!.evaluate(token => document.body.textContent?.includes(token), token).catch(() => 'page gone')
            throw new Error(`edit of ${edit.file}:${edit.line} not seen (token in page: ${shown}): ${error instanceof Error ? error.message : error}\n${output()}`)
          })
        editMs.push(Number(await handle.jsonValue()) - saved)
        await sleep(500)
      }
    }
    return { answerMs, visibleMs, editMs }
  }
  finally {
    if (page)
      await page.context().close()
    stop()
    await Promise.race([exited, sleep(10_000)])
    stop('SIGKILL')
    // The copy goes back to what it was, so that later exports see the deck unchanged.
    if (edit && original !== undefined)
      writeFileSync(edit.file, original)
  }
}
