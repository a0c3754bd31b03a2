/**
 * Runs the real `npm run export` into a temporary folder and reads the PDF
 * back with poppler: one page per slide, each page holding its slide's title,
 * the bundled typeface embedded, and Mermaid diagrams drawn on their pages.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeckData } from '../../lib/data/load'
import { asOfLabel, timelineRows } from '../../lib/data/views'
import { diagramIdsIn, diagramLabels } from '../../lib/diagrams/index'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { AFTERMATH_FILE } from '../../tools/talk/rules'
import { loadDeck } from '../../tools/talk/slides'
import { mermaidBlockLabels } from '../../tools/talk/text'

const { slides } = await loadDeck()
const outDir = mkdtempSync(join(tmpdir(), 'deck-export-'))
const pdf = join(outDir, 'deck.pdf')

/** Collapses whitespace so line breaks in the PDF do not matter. */
const flat = (text: string) => text.replace(/\s+/g, '')

/** A page's text in drawing order, so a wrapped label's lines stay together (layout order interleaves columns). */
function pageText(page: number): string {
  return execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
}

beforeAll(() => {
  const result = spawnSync('npm', ['run', 'export', '--', '--output', pdf], { encoding: 'utf8', timeout: 280_000 })
  if (result.status !== 0)
    throw new Error(`npm run export failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
}, 300_000)
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('npm run export (PDF)', () => {
  it('writes one page per slide', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(slides.length)
  })

  it.each(slides.filter(s => s.title).map(s => [s.no, s.title!] as const))('page %i holds its slide title "%s"', (no, title) => {
    expect(flat(pageText(no))).toContain(flat(title))
  })

  it('embeds the bundled typeface, with no Type 3 stand-in', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.some(line => line.includes(`+${DECK_FONT_FAMILY}`) && /\byes\s+yes\b/.test(line))).toBe(true)
    expect(fonts.filter(line => /Type 3/.test(line))).toEqual([])
  })

  it('draws every glyph with the bundled typeface, with no system fallback font', () => {
    // A character the bundled font lacks is drawn with some other installed font (or as a box).
    const pages = Array.from({ length: slides.length }, (_, i) => i + 1)
    const fallbacks = pages.flatMap((page) => {
      const lines = execFileSync('pdffonts', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
      return lines.filter(line => !line.includes(`+${DECK_FONT_FAMILY}-`)).map(line => `page ${page}: ${line.split(/\s+/)[0]}`)
    })
    expect(fallbacks).toEqual([])
  })

  it('draws every hand-written Mermaid diagram on its slide\'s page', () => {
    const withDiagrams = slides.filter(s => s.content.includes('```mermaid'))
    for (const slide of withDiagrams) {
      const text = flat(pageText(slide.no))
      for (const label of mermaidBlockLabels(slide.content))
        expect(text, `slide ${slide.no} (${slide.file}:${slide.line}) shows "${label}"`).toContain(flat(label))
    }
  })

  it('draws every generated diagram, with all its labels, on its slide\'s page', () => {
    const labels = diagramLabels(loadDeckData('data'))
    const placed = slides.flatMap(slide => diagramIdsIn(slide.content).map(id => ({ slide, id })))
    expect(placed.length).toBeGreaterThan(0)
    for (const { slide, id } of placed) {
      const text = flat(pageText(slide.no))
      for (const label of labels[id] ?? [])
        expect(text, `slide ${slide.no} (${slide.file}:${slide.line}) shows "${label}" of diagram ${id}`).toContain(flat(label))
    }
  })

  it('shows the as-of date on the cover, the aftermath\'s opening and the timeline, and nothing already past as planned', () => {
    const data = loadDeckData('data')
    const opening = slides.find(slide => basename(slide.file) === AFTERMATH_FILE)!
    const timeline = slides.find(slide => slide.content.includes('<Timeline'))!
    for (const page of [1, opening.no, timeline.no])
      expect(flat(pageText(page)), `page ${page}`).toContain(flat(asOfLabel(data)))
    const text = flat(pageText(timeline.no))
    const since = /:since="'([\d-]+)'"/.exec(timeline.content)?.[1]
    const rows = timelineRows(data, { since })
    expect(rows.some(row => row.status === 'unreported')).toBe(true)
    for (const row of rows.filter(row => row.statusLabel))
      expect(text, row.title).toContain(flat(`${row.title} · ${row.statusLabel}`))
    expect(text.split('·예정').length - 1).toBe(rows.filter(row => row.status === 'planned').length)
  })
})
