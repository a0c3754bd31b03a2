/**
 * Which diagrams a build draws ahead of time: every ```mermaid block of every
 * slide of each edition, found at its file and line, and every diagram of the
 * registry in the edition's language. Walks the real slides and the registry,
 * so a new slide or a new generated diagram is covered as it is added.
 */
import type { SlideSource } from '../../../lib/diagrams/deck-diagrams'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { describe, expect, it } from 'vitest'
import { dataDiagrams, DiagramError, markdownDiagrams } from '../../../lib/diagrams/deck-diagrams'
import { generatedDiagrams } from '../../../lib/diagrams/index'
import { mermaidBlocks } from '../../../lib/diagrams/markdown-blocks'
import { diagramText } from '../../../lib/diagrams/prerendered'
import { DECK_LANGS, localizedData, UI } from '../../../lib/i18n'
import { loadDeckData } from '../../../node/load-data'
import { editionEntry } from '../../../tools/edition'

const root = resolve(__dirname, '../../..')
const data = loadDeckData(resolve(root, 'data'))

/** The slides of an edition as Slidev's parser gives them to a build. */
async function editionSlides(lang: typeof DECK_LANGS[number]): Promise<SlideSource[]> {
  const parsed = await load({ userRoot: root, roots: [root] } as never, resolve(root, editionEntry(lang)))
  return parsed.slides.map(slide => slide.source)
}

describe.each(DECK_LANGS)('the %s edition', async (lang) => {
  const slides = await editionSlides(lang)
  const blocks = markdownDiagrams(slides, root)

  it('finds every ```mermaid block of the slides, once, at the line its fence opens', () => {
    const expected = new Set(slides.flatMap(slide => mermaidBlocks(slide.content).map(block => diagramText(block.code))))
    expect(expected.size).toBeGreaterThan(0)
    expect(new Set(blocks.map(b => b.code))).toEqual(expected)
    for (const block of blocks) {
      const [file, line] = block.origin.split(':')
      const lines = readFileSync(resolve(root, file!), 'utf8').split('\n')
      expect(lines[Number(line) - 1], block.origin).toMatch(/^\s*(?:`{3,}|~{3,})mermaid\b/)
      expect(lines.slice(Number(line)).join('\n'), block.origin).toContain(block.code.split('\n')[0])
    }
  })

  it('lists every diagram of the registry in the edition\'s language, named by its id and component', () => {
    const registry = generatedDiagrams(localizedData(data, lang), UI[lang])
    const listed = dataDiagrams(data, lang)
    expect(listed.map(d => d.code)).toEqual(registry.map(d => diagramText(d.code)))
    registry.forEach((diagram, index) => {
      expect(listed[index]!.origin).toContain(`"${diagram.id}"`)
      expect(listed[index]!.origin).toContain(diagram.component)
    })
  })
})

describe('markdownDiagrams', () => {
  const slide = (raw: string, start = 0): SlideSource => {
    const content = raw.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->\s*$/, '').trim()
    return { filepath: `${root}/slides/x.md`, start, raw, content }
  }

  it('counts lines from where the slide starts in its file, past its frontmatter', () => {
    const raw = '---\nlayout: statement\n---\n\n# Q\n\n```mermaid\nflowchart TB\n  A --> B\n```\n'
    expect(markdownDiagrams([slide(raw, 40)], root)).toEqual([{ code: 'flowchart TB\n  A --> B', origin: 'slides/x.md:47' }])
  })

  it('lists a slide imported twice once', () => {
    const one = slide('# Q\n\n```mermaid\npie\n  "A" : 1\n```\n', 3)
    expect(markdownDiagrams([one, { ...one }], root)).toHaveLength(1)
  })

  it('stops at options a drawing made ahead of time cannot follow, naming the file and line', () => {
    const raw = '# Q\n\n```mermaid {theme: \'neutral\', scale: 0.8}\npie\n  "A" : 1\n```\n'
    expect(() => markdownDiagrams([slide(raw, 9)], root)).toThrow(DiagramError)
    expect(() => markdownDiagrams([slide(raw, 9)], root)).toThrow(/^slides\/x\.md:12: the block's options set theme/)
  })
})
