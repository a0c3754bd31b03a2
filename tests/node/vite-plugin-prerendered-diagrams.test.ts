/**
 * The build's swap of live Mermaid for drawings made ahead of time, with a
 * stand-in for the drawing itself (the browser tests draw for real): which
 * diagrams it asks for, how Slidev's component is replaced, what the deck
 * imports, and how a diagram that cannot be drawn stops the build.
 */
import type { DeckDiagram } from '../../lib/diagrams/deck-diagrams'
import type { DiagramDrawings } from '../../node/diagram-render'
import type { DeckBeingBuilt } from '../../node/vite-plugin-prerendered-diagrams'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DiagramError } from '../../lib/diagrams/deck-diagrams'
import { generatedDiagrams } from '../../lib/diagrams/index'
import { diagramText } from '../../lib/diagrams/prerendered'
import { localizedData, UI } from '../../lib/i18n'
import { ko } from '../../lib/i18n/ko'
import { diagramId } from '../../node/diagram-render'
import { loadDeckData } from '../../node/load-data'
import { deckDiagrams, PRERENDERED_COMPONENT, prerenderedDiagrams } from '../../node/vite-plugin-prerendered-diagrams'

const root = resolve(__dirname, '../..')
const dataDir = resolve(root, 'tests/fixtures/data/valid')

function deckOf(markdown: string, lang: 'ko' | 'en' = 'ko'): DeckBeingBuilt {
  return {
    userRoot: root,
    data: {
      slides: [{ source: { filepath: resolve(root, 'slides/x.md'), start: 0, raw: markdown, content: markdown } }],
      config: { htmlAttrs: { lang } },
    },
  }
}

const block = '# Steps\n\n```mermaid\nflowchart LR\n  A --> B\n```\n'
const stand = (diagrams: DeckDiagram[]) => Promise.resolve(new Map<string, DiagramDrawings>(diagrams.map(d => [d.code, { light: `<svg id="${diagramId(d.code, 'light')}"></svg>`, dark: `<svg id="${diagramId(d.code, 'dark')}"></svg>` }])))

/** Runs a hook as Vite would, with a context whose error() throws as Vite's does. */
async function run(hook: unknown, ...args: unknown[]): Promise<any> {
  return (hook as (...a: unknown[]) => unknown).call({ error: (message: string) => {
    throw new Error(message)
  } }, ...args)
}

describe('deckDiagrams', () => {
  it('asks for the slides\' blocks and every generated diagram in the deck\'s edition', () => {
    const data = loadDeckData(dataDir)
    for (const lang of ['ko', 'en'] as const) {
      const asked = deckDiagrams(deckOf(block, lang), root, dataDir)
      expect(asked[0]).toEqual({ code: 'flowchart LR\n  A --> B', origin: 'slides/x.md:3' })
      expect(asked.slice(1).map(d => d.code)).toEqual(generatedDiagrams(localizedData(data, lang), UI[lang]).map(d => diagramText(d.code)))
    }
  })

  it('asks for no generated diagram when the deck has no data folder', () => {
    expect(deckDiagrams(deckOf(block), root, resolve(root, 'no-such-folder'))).toHaveLength(1)
  })
})

describe('prerenderedDiagrams', () => {
  it('puts its stand-in in place of Slidev\'s <Mermaid>, however the path is written', async () => {
    const plugin = prerenderedDiagrams(deckOf(block), { draw: stand })
    for (const path of ['/home/me/deck/node_modules/@slidev/client/builtin/Mermaid.vue', '/@fs/srv/node_modules/@slidev/client/builtin/Mermaid.vue', 'C:\\deck\\node_modules\\@slidev\\client\\builtin\\Mermaid.vue'])
      expect(await run(plugin.resolveId, path)).toBe(PRERENDERED_COMPONENT)
    expect(await run(plugin.resolveId, '/deck/components/Mermaid.vue')).toBeUndefined()
    expect(plugin.apply).toBe('build')
    // The stand-in is the page's component, in lib/ (the build fails to load a path that is not there).
    expect(PRERENDERED_COMPONENT).toBe(resolve('lib/diagrams/DiagramDrawing.vue'))
    expect(existsSync(PRERENDERED_COMPONENT)).toBe(true)
  })

  it('gives the deck each drawing by its text, one module per colour scheme', async () => {
    const plugin = prerenderedDiagrams(deckOf(block), { draw: stand, dataDir })
    await run(plugin.buildStart)
    const map = await run(plugin.load, await run(plugin.resolveId, 'virtual:prerendered-diagrams')) as string
    const code = 'flowchart LR\n  A --> B'
    expect(map).toContain(`[${JSON.stringify(code)}, { light: () => import("virtual:prerendered-diagram/${diagramId(code, 'light')}"), dark: () => import("virtual:prerendered-diagram/${diagramId(code, 'dark')}") }]`)
    for (const diagram of generatedDiagrams(loadDeckData(dataDir), ko))
      expect(map).toContain(JSON.stringify(diagramText(diagram.code)))
    const dark = await run(plugin.resolveId, `virtual:prerendered-diagram/${diagramId(code, 'dark')}`)
    expect(await run(plugin.load, dark)).toBe(`export default ${JSON.stringify(`<svg id="${diagramId(code, 'dark')}"></svg>`)}\n`)
  })

  it('stops the build with each diagram\'s origin and the drawing\'s message when a diagram cannot be drawn', async () => {
    const draw = () => Promise.reject(new DiagramError([{ origin: 'diagram "funding" (<FundingDiagram />)', message: 'Mermaid cannot draw this diagram:\n    Parse error on line 2' }]))
    const plugin = prerenderedDiagrams(deckOf(block), { draw })
    await expect(run(plugin.buildStart)).rejects.toThrow('diagram "funding" (<FundingDiagram />): Mermaid cannot draw this diagram:\n    Parse error on line 2')
  })
})
