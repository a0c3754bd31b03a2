/**
 * Runs the real `npm run export` into a temporary folder and reads the PDF
 * back with poppler: one page per slide, each page holding its slide's title,
 * the bundled typeface embedded, and Mermaid diagrams drawn on their pages.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck-slides'
import { mermaidBlockLabels } from '../../lib/slide-text'
import { DECK_FONT_FAMILY } from '../../lib/typography'

const { slides } = await loadDeck()
const outDir = mkdtempSync(join(tmpdir(), 'deck-export-'))
const pdf = join(outDir, 'deck.pdf')

/** Collapses whitespace so line breaks in the PDF do not matter. */
const flat = (text: string) => text.replace(/\s+/g, '')

function pageText(page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
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

  it('draws every hand-written Mermaid diagram on its slide\'s page', () => {
    const withDiagrams = slides.filter(s => s.content.includes('```mermaid'))
    for (const slide of withDiagrams) {
      const text = flat(pageText(slide.no))
      for (const label of mermaidBlockLabels(slide.content))
        expect(text, `slide ${slide.no} (${slide.file}:${slide.line}) shows "${label}"`).toContain(flat(label))
    }
  })
})
