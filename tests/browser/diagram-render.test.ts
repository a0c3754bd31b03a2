/**
 * Drawing Mermaid diagrams at build time (node/diagram-render.ts), in the
 * Chromium the tests use: what a drawing holds, the cache that spares a
 * rebuild the browser, and the build that stops at a diagram Mermaid cannot parse.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { DiagramError } from '../../lib/diagrams/deck-diagrams'
import { mermaidBlocks } from '../../lib/diagrams/markdown-blocks'
import { loadDeck } from '../../node/deck-slides'
import { drawDiagrams } from '../../node/diagram-render'
import { ensureDeckBuild } from '../../tools/deck-build'
import { exportDeck } from '../../tools/print/export-deck'
import { waitForSlide } from '../../tools/slide-ready'
import { buildDeck } from '../../tools/slidev'
import { serveStatic } from '../../tools/static-server'
import { launchBrowser, openPage } from './deck'

const root = resolve(__dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'deck-diagram-render-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const code = 'flowchart LR\n  accTitle: 두 단계\n  accDescr: 공모에서 선정까지\n  A[공모] --> B[최종 선정]'

describe('drawDiagrams', () => {
  it('draws a diagram in light and dark as a picture named by its accTitle, and a second time from the cache, with no browser', async () => {
    const cacheDir = join(work, 'cache')
    const drawn = await drawDiagrams([{ code, origin: 'test' }], { root, cacheDir, executablePath: inject('chromiumPath') })
    const { light, dark } = drawn.get(code)!
    for (const svg of [light, dark]) {
      expect(svg).toMatch(/^<svg\b[^>]*\srole="img"/)
      expect(svg).not.toContain('aria-roledescription')
      const labelledBy = /^<svg\b[^>]*\saria-labelledby="([^"]+)"/.exec(svg)?.[1]
      expect(svg).toContain(`<title id="${labelledBy}">두 단계</title>`)
      expect(svg).toContain('공모에서 선정까지')
      expect(svg).toContain('최종 선정')
      // Labels are laid out in the deck's typeface.
      expect(svg).toMatch(/font-family:\s*Pretendard/)
    }
    expect(light).not.toBe(dark)

    // A browser that cannot start would fail this: nothing is drawn again.
    const again = await drawDiagrams([{ code, origin: 'test' }], { root, cacheDir, executablePath: join(work, 'no-such-browser') })
    expect(again.get(code)).toEqual({ light, dark })
  })

  it('reports every diagram Mermaid cannot parse, each with its origin and Mermaid\'s own message', async () => {
    const broken = [
      { code: 'flowchart LR\n  A["unclosed --> B', origin: 'diagram "funding" (<FundingDiagram />)' },
      { code: 'flowchart LR\n  A --> B', origin: 'slides/x.md:3' },
      { code: 'not a diagram at all', origin: 'slides/y.md:9' },
    ]
    const drawing = drawDiagrams(broken, { root, cacheDir: join(work, 'cache'), executablePath: inject('chromiumPath') })
    await expect(drawing).rejects.toThrow(DiagramError)
    const message = await drawing.catch((error: Error) => error.message)
    expect(message).toMatch(/^diagram "funding" \(<FundingDiagram \/>\): Mermaid cannot draw this diagram:\n {4}Parse error on line \d+:/)
    expect(message).toMatch(/\nslides\/y\.md:9: Mermaid cannot draw this diagram:\n {4}No diagram type detected/)
    expect(message).not.toContain('slides/x.md')
  })
})

describe('a deck with a diagram Mermaid cannot parse', () => {
  it('does not build: the message names the slide\'s file and line, with Mermaid\'s message', async () => {
    const entry = 'tests/fixtures/prerendered-diagrams/broken.md'
    const blocks = mermaidBlocks(readFileSync(entry, 'utf8'))
    const broken = blocks.find(block => block.code.includes('unclosed'))!
    const build = buildDeck({ outDir: join(work, 'broken'), entry })
    await expect(build).rejects.toThrow(`${entry}:${broken.line}: Mermaid cannot draw this diagram:`)
    await expect(build).rejects.toThrow(/Parse error on line \d+:/)
    // The diagram that parses is not reported.
    await expect(build).rejects.not.toThrow(`${entry}:${blocks[0]!.line}`)
  }, 120_000)
})

describe('a diagram whose text the build never saw', () => {
  it('is never a blank box: the slide says so, the page logs an error, and an export stops naming the slide', async () => {
    const entry = 'tests/fixtures/prerendered-diagrams/undrawn.md'
    const slide = (await loadDeck(entry)).slides[1]!
    const server = await serveStatic((await ensureDeckBuild({ entry })).dir)
    const browser = await launchBrowser()
    try {
      const { page, errors } = await openPage(browser)
      await page.goto(new URL('1', server.url).toString())
      await waitForSlide(page, 1)
      await page.goto(new URL(String(slide.no), server.url).toString())
      await page.locator(`.slidev-page-${slide.no} .diagram-missing`).waitFor()
      expect(await page.locator(`.slidev-page-${slide.no}`).innerText()).toContain('This diagram was not drawn when the deck was built')
      expect(errors.join('\n')).toContain('This diagram was not drawn when the deck was built')
    }
    finally {
      await browser.close()
      await server.close()
    }
    const output = join(work, 'undrawn.pdf')
    const run = exportDeck({ lang: 'ko', entry, format: 'pdf', output, dark: false, withClicks: false, handout: false, timeoutMs: 10_000 }, inject('chromiumPath'))
    await expect(run).rejects.toThrow(`slide ${slide.no} (${entry}:${slide.line}): still waiting for a Mermaid diagram the build did not draw`)
  }, 180_000)
})
