/**
 * The slide checks, proven on a fixture deck made of known faults (each must be
 * caught, on the right slide, step and mode) and then run on the real deck,
 * whose every slide must pass. One browser for both; one page per colour mode.
 */
import type { Browser } from 'playwright-core'
import type { DeckCheckResult } from '../../tools/slide-checks/run'
import type { CheckKind, ColorMode, Finding } from '../../tools/slide-checks/types'
import type { StaticServer } from '../../tools/static-server'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../node/deck-slides'
import { ensureDeckBuild } from '../../tools/deck-build'
import { editionEntry } from '../../tools/edition'
import { formatReport } from '../../tools/slide-checks/report'
import { checkDeck } from '../../tools/slide-checks/run'
import { serveStatic } from '../../tools/static-server'
import { formatWordReport, wordCounts } from '../../tools/talk/word-budget'
import { launchBrowser } from './deck'

const fixtureEntry = resolve('tests/fixtures/slide-checks/slides.md')
const fixture = await loadDeck(fixtureEntry)
const deck = await loadDeck()
const english = await loadDeck(resolve(editionEntry('en')))

// One Chromium for the file's tests, closed after them.
const browser: Browser = await launchBrowser()
afterAll(() => browser.close())

/** The kinds of problem found on a slide, optionally at one mode and click step. */
function kinds(findings: Finding[], slide: number, where: { mode?: ColorMode, clicks?: number } = {}): CheckKind[] {
  return [...new Set(findings
    .filter(f => f.slide === slide && (where.mode === undefined || f.mode === where.mode) && (where.clicks === undefined || f.clicks === where.clicks))
    .map(f => f.kind))].sort()
}

describe('the slide checks, on a fixture deck of known faults', () => {
  let server: StaticServer
  let result: DeckCheckResult
  const both = ['light', 'dark'] as const

  beforeAll(async () => {
    // From the build cache: built again only after the fixture or a deck input changed.
    server = await serveStatic((await ensureDeckBuild({ entry: relative(process.cwd(), fixtureEntry) })).dir)
    result = await checkDeck({ browser, url: server.url, slideCount: fixture.slides.length })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('visits every slide at every click step, in light and in dark mode', () => {
    const expected = ['1:0', '2:0', '3:0', '4:0', '5:0', '6:0', '6:1', '6:2', '7:0', '8:0', '9:0', '10:0', '11:0', '12:0', '13:0', '14:0', '15:0', '16:0', '17:0', '17:1', '18:0', '19:0', '20:0', '21:0', '22:0', '23:0']
    for (const mode of both)
      expect(result.steps.filter(s => s.mode === mode).map(s => `${s.slide}:${s.clicks}`)).toEqual(expected)
  })

  it('passes the slides that have nothing wrong', () => {
    expect(kinds(result.findings, 1)).toEqual([])
    expect(kinds(result.findings, 11)).toEqual([])
    expect(kinds(result.findings, 17)).toEqual([])
    expect(kinds(result.findings, 18)).toEqual([])
    expect(kinds(result.findings, 23)).toEqual([])
  })

  it('catches lines running off the bottom of the slide and names them', () => {
    for (const mode of both) {
      const overflow = result.findings.filter(f => f.slide === 2 && f.mode === mode)
      expect(overflow.map(f => f.kind)).toEqual(['overflow', 'overflow'])
      expect(overflow.map(f => f.path)).toEqual(['div.slidev-layout > ul > li:nth-of-type(11)', 'div.slidev-layout > ul > li:nth-of-type(12)'])
      expect(overflow[1]!.text).toMatch(/^Line twelve/)
      expect(overflow[1]!.message).toMatch(/px below the canvas \(bottom at \d+ of 552\)/)
    }
  })

  it('catches text drawn over other text', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 12 && f.mode === mode).map(f => [f.kind, f.path, f.message]))
        .toEqual([['overlap', 'div.slidev-layout > p.pinned:nth-of-type(2)', 'text overlaps other text: div.slidev-layout > p.pinned:nth-of-type(1) "A caption pinned to the bottom"']])
    }
  })

  it('catches text smaller than 16 px', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 3 && f.mode === mode).map(f => [f.kind, f.path, f.message]))
        .toEqual([['tiny-text', 'div.slidev-layout > p.tiny', 'text is 10 px on the canvas; the minimum is 16 px']])
    }
  })

  it('catches low contrast, in each mode where it occurs', () => {
    expect(kinds(result.findings, 4, { mode: 'light' })).toEqual(['contrast'])
    expect(kinds(result.findings, 4, { mode: 'dark' })).toEqual(['contrast'])
    expect(kinds(result.findings, 5, { mode: 'light' })).toEqual([])
    const dark = result.findings.filter(f => f.slide === 5 && f.mode === 'dark')
    expect(dark.map(f => [f.kind, f.path])).toEqual([['contrast', 'div.slidev-layout > p.faint-in-dark']])
    expect(dark[0]!.message).toMatch(/^contrast 1\.\d+:1 \(#333a46 on #121620\); needs 3:1$/)
  })

  it('checks each click step: problems show up at the click that reveals them', () => {
    for (const mode of both) {
      expect(kinds(result.findings, 6, { mode, clicks: 0 })).toEqual([])
      expect(result.findings.filter(f => f.slide === 6 && f.mode === mode && f.clicks === 1).map(f => [f.kind, f.path]))
        .toEqual([['overflow', 'div.slidev-layout > div.tall-block']])
      expect(kinds(result.findings, 6, { mode, clicks: 2 })).toEqual(['overflow', 'tiny-text'])
    }
  })

  it('catches text cut off by its box and a label cut off by its foreignObject', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 7 && f.mode === mode).map(f => [f.kind, f.path]))
        .toEqual([['clipped', 'div.slidev-layout > div.narrow-box']])
      const label = result.findings.filter(f => f.slide === 10 && f.mode === mode && f.kind === 'clipped')
      expect(label.map(f => [f.path, f.text])).toEqual([['div.slidev-layout > svg.clipped-label > foreignobject', 'A label far wider than its box']])
      expect(label[0]!.message).toMatch(/^text is cut off \(a diagram label in its SVG foreignObject\): content \d+ px wide in a box 90 px wide$/)
    }
  })

  it('measures contrast against the SVG shape behind a label', () => {
    // The label's dark text sits on the SVG's white rectangle, not on the dark slide behind the SVG.
    expect(kinds(result.findings, 10, { mode: 'dark' })).toEqual(['clipped'])
  })

  it('catches an image without alt text, by its own check and by axe-core', () => {
    for (const mode of both) {
      const found = result.findings.filter(f => f.slide === 8 && f.mode === mode)
      expect(found.map(f => f.kind).sort()).toEqual(['axe', 'image-alt'])
      expect(found.find(f => f.kind === 'axe')!.message).toBe('image-alt (critical): Images must have alternative text')
    }
  })

  it('catches a Mermaid diagram without an accessible name, and accepts one with accTitle', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 9 && f.mode === mode).map(f => [f.kind, f.path]))
        .toEqual([['diagram-name', 'div.slidev-layout > div.mermaid']])
    }
    expect(kinds(result.findings, 11)).toEqual([])
  })

  it('catches a flowchart edge drawn through a label not its own, and names the label', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 13 && f.mode === mode).map(f => [f.kind, f.path, f.text])).toEqual([
        ['edge-through-label', 'div.slidev-layout > div.mermaid >> svg.flowchart', 'The group\'s title, centred over its node'],
      ])
      expect(result.findings.find(f => f.slide === 13 && f.mode === mode)!.message)
        .toMatch(/^the edge L_above_inside_0 is drawn through the group title "The group's title, centred over its node" \(at \d+, \d+ on the canvas\)$/)
    }
    // The named diagram on slide 11 has an edge too, through no label.
    expect(kinds(result.findings, 11)).toEqual([])
  })

  it('checks a flowchart drawn inline as well as one in Mermaid\'s shadow root, and lets an edge through its own label', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 19 && f.mode === mode).map(f => [f.kind, f.path, f.text])).toEqual([
        ['edge-through-label', 'div.slidev-layout > svg.flowchart', 'A group drawn inline'],
      ])
    }
  })

  it('catches a chart label drawn over another, and lets labels apart pass', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 15 && f.mode === mode).map(f => [f.kind, f.path, f.text, f.message])).toEqual([
        ['label-overlap', 'div.slidev-layout > svg.deck-chart', 'Second bar\'s label', 'the label "Second bar\'s label" is drawn over the label "First bar, 300"'],
      ])
    }
  })

  it('catches a chart label that runs past the picture\'s edge, and lets a label inside pass', () => {
    for (const mode of both) {
      const found = result.findings.filter(f => f.slide === 20 && f.mode === mode)
      expect(found.map(f => [f.kind, f.path, f.text])).toEqual([
        ['label-cut-off', 'div.slidev-layout > svg.deck-chart', 'Total, 1,576 and more'],
      ])
      expect(found[0]!.message).toMatch(/^the label "Total, 1,576 and more" runs past the picture's edge and is cut off \(right by \d+ px\)$/)
    }
  })

  it('catches a chart\'s line (the as-of line) drawn through a label, and lets a label clear of every line pass', () => {
    for (const mode of both) {
      const found = result.findings.filter(f => f.slide === 21 && f.mode === mode)
      expect(found.map(f => [f.kind, f.path, f.text])).toEqual([
        ['line-through-label', 'div.slidev-layout > svg.deck-chart', 'Results, 18 Aug'],
      ])
      expect(found[0]!.message).toMatch(/^the line line\.as-of is drawn through the label "Results, 18 Aug" \(at \d+, \d+ on the canvas\)$/)
    }
  })

  it('catches a sankey\'s label cut off, crossed by a flow as wide as its amount, and on a bar not its own; passes one labelled on its own bars', () => {
    for (const mode of both) {
      const found = result.findings.filter(f => f.slide === 22 && f.mode === mode)
      expect(found.map(f => [f.kind, f.path, f.text])).toEqual([
        ['label-cut-off', 'div.slidev-layout > svg.deck-sankey', 'C runs past the edge'],
        ['line-through-label', 'div.slidev-layout > svg.deck-sankey', 'A crossed, 120'],
        ['label-overlap', 'div.slidev-layout > svg.deck-sankey', 'B on A'],
      ])
      expect(found[1]!.message).toMatch(/^the flow total→a, 120 px wide, runs through the node label "A crossed, 120" \(at \d+, \d+ on the canvas\)$/)
      expect(found[2]!.message).toBe('the node label "B on A" is drawn over the bar of a')
    }
    expect(kinds(result.findings, 23)).toEqual([])
  })

  it('catches diagram text under 16 px at the scale the diagram is drawn, Mermaid\'s and the deck\'s own charts', () => {
    for (const mode of both) {
      expect(result.findings.filter(f => f.slide === 14 && f.mode === mode).map(f => [f.kind, f.text, f.message])).toEqual([
        ['tiny-text', 'Start', 'text is 8 px on the canvas (16 px drawn at 50% of its size, in a diagram); the minimum is 16 px'],
        ['tiny-text', 'End', 'text is 8 px on the canvas (16 px drawn at 50% of its size, in a diagram); the minimum is 16 px'],
      ])
      expect(result.findings.filter(f => f.slide === 16 && f.mode === mode).map(f => [f.kind, f.text, f.message])).toEqual([
        ['tiny-text', 'A label at half size', 'text is 10 px on the canvas (20 px drawn at 50% of its size, in a diagram); the minimum is 16 px'],
      ])
    }
  })

  it('counts the words shown at each click: inline runs joined, line breaks split, footer, hidden text and notes left out', () => {
    for (const mode of both) {
      const at = (clicks: number) => result.readings.find(r => r.slide === 17 && r.clicks === clicks && r.mode === mode)
      expect(at(0)).toMatchObject({ text: 'Words the room reads Five short words on the 2nd line.', picture: '' })
      expect(at(1)).toMatchObject({ text: 'Words the room reads Five short words on the 2nd line. Three more words.', picture: '' })
      // A diagram's labels are words in a picture.
      expect(result.readings.find(r => r.slide === 13 && r.mode === mode)).toMatchObject({
        text: 'An edge through a group title',
        picture: 'The group\'s title, centred over its node Above the group Inside',
      })
    }
  })

  it('fails the slides over their word budget, and reports each slide\'s count with its file, line and layout', () => {
    const counts = wordCounts(fixture.slides, result.readings)
    expect(counts.filter(c => c.problems.length).map(c => [c.slide.no, c.layout, c.problems])).toEqual([
      [2, 'default', ['160 words; a default slide\'s budget is 40']],
      [18, 'section', ['16 words; a section slide\'s budget is 15']],
    ])
    expect(counts.find(c => c.slide.no === 17)).toMatchObject({ layout: 'default', words: 14, pictureWords: 0, clicks: 1 })
    const report = formatWordReport(counts, process.cwd())
    const section = fixture.slides[17]!
    expect(report).toContain(`slide 18  ${relative(process.cwd(), section.file)}:${section.line}`)
    expect(report).toMatch(/slide 18 .* section +16\/15 +OVER: 16 words; a section slide's budget is 15/)
  })

  it('reports each failing slide with its Markdown file and line', () => {
    const report = formatReport({ ...result, stepsChecked: result.steps.length, slides: fixture.slides, modes: [...both], root: process.cwd() })
    const overflowSlide = fixture.slides[1]!
    const where = `${relative(process.cwd(), overflowSlide.file)}:${overflowSlide.line}`
    expect(report).toContain(`Slide 2 "Overflow: too many lines": ${where}`)
    // The line points at the slide's start in the Markdown: its heading follows within a few lines.
    const lines = readFileSync(overflowSlide.file, 'utf8').split('\n').slice(overflowSlide.line - 1, overflowSlide.line + 3)
    expect(lines).toContain('# Overflow: too many lines')
    expect(report).not.toContain('Slide 1 ')
    expect(report).not.toContain('Slide 11 ')
    expect(report).toContain('  edge-through-label div.slidev-layout > div.mermaid >> svg.flowchart "The group\'s title, centred over its node"')
  })
})

/** Each edition as its build shows it: the checks on every slide at every click, light and dark, and its word budgets. */
const editions = [
  { name: 'the deck', lang: 'ko', edition: deck, url: 'deckUrl', label: 'slide checks' },
  { name: 'the English deck', lang: 'en', edition: english, url: 'deckUrlEn', label: 'slide checks (English)' },
] as const
for (const { name, lang, edition, url, label } of editions) {
  describe(name, () => {
    let result: DeckCheckResult
    let screenshotDir: string

    beforeAll(async () => {
      screenshotDir = mkdtempSync(join(tmpdir(), `slide-checks-deck-${lang}-`))
      result = await checkDeck({ browser, url: inject(url), slideCount: edition.slides.length, screenshotDir })
      console.log(`${label}: ${result.steps.length} steps over ${edition.slides.length} slides in ${(result.durationMs / 1000).toFixed(1)} s`)
      console.log(formatWordReport(wordCounts(edition.slides, result.readings, lang), process.cwd()))
    })
    afterAll(() => screenshotDir && rmSync(screenshotDir, { recursive: true, force: true }))

    it.each(edition.slides.map(s => [s.no, s.title ?? '(untitled)'] as const))('slide %i (%s) fits, reads well and passes accessibility checks, at every click, light and dark', (no) => {
      const findings = result.findings.filter(f => f.slide === no)
      const report = formatReport({ ...result, findings, stepsChecked: result.steps.length, slides: edition.slides, modes: ['light', 'dark'], root: process.cwd() })
      expect(findings, report).toEqual([])
    })

    it.each(edition.slides.map(s => [s.no, s.title ?? '(untitled)'] as const))('slide %i (%s) keeps to its word budget', (no) => {
      const counts = wordCounts(edition.slides, result.readings, lang)
      expect(counts.find(c => c.slide.no === no)!.problems, formatWordReport(counts, process.cwd())).toEqual([])
    })
  })
}
