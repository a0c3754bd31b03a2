/**
 * Build only: every Mermaid diagram of the deck arrives as SVG drawn at build
 * time, and the built deck loads no Mermaid.
 *
 * Before the bundle is made, the plugin gathers the deck's diagrams (the
 * ```mermaid blocks of its slides, and the diagrams generated from the data
 * in its edition: lib/diagrams/deck-diagrams.ts) and draws each in light and
 * dark (node/diagram-render.ts, cached). Slidev's <Mermaid> component, which
 * both kinds go through, is swapped for lib/diagrams/DiagramDrawing.vue,
 * which finds the drawing by the diagram's text in `virtual:prerendered-diagrams`
 * and fetches it, one small script per drawing, when a slide shows it.
 *
 * A diagram Mermaid cannot parse stops the build, naming the slide's file and
 * line or the generated diagram, with Mermaid's message. The dev server keeps
 * Slidev's live Mermaid, so an edit shows at once.
 */
import type { Plugin } from 'vite'
import type { DeckDiagram, SlideSource } from '../lib/diagrams/deck-diagrams'
import type { DiagramDrawings } from './diagram-render'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { DataError } from '../lib/data/load.ts'
import { dataDiagrams, DiagramError, markdownDiagrams } from '../lib/diagrams/deck-diagrams.ts'
import { DIAGRAM_THEMES } from '../lib/diagrams/mermaid-config.ts'
import { editionOf } from '../lib/i18n/index.ts'
import { diagramId, drawDiagrams } from './diagram-render.ts'
import { loadDeckData } from './load-data.ts'

const PLUGIN = 'deck-prerendered-diagrams'
const MAP_ID = 'virtual:prerendered-diagrams'
const DRAWING_ID = 'virtual:prerendered-diagram/'

/** Slidev's own <Mermaid> component, however the path reaches the resolver. */
export const SLIDEV_MERMAID_COMPONENT = /[\\/]@slidev[\\/]client[\\/]builtin[\\/]Mermaid\.vue$/

/** The stand-in for Slidev's component in a build. */
export const PRERENDERED_COMPONENT = fileURLToPath(new URL('../lib/diagrams/DiagramDrawing.vue', import.meta.url))

/** What the plugin needs of the deck Slidev is building (a part of Slidev's ResolvedSlidevOptions). */
export interface DeckBeingBuilt {
  userRoot: string
  data: {
    slides: { source: SlideSource }[]
    config: { htmlAttrs?: unknown }
  }
}

export interface PrerenderOptions {
  /** The project: where its typeface, Mermaid and the drawings' cache are found, and what paths in messages are relative to. The deck's folder by default. */
  root?: string
  /** The data folder whose generated diagrams the deck shows; none when not given or absent. */
  dataDir?: string
  /** Draws the diagrams; node/diagram-render.ts by default (the tests give a stand-in). */
  draw?: (diagrams: DeckDiagram[]) => Promise<Map<string, DiagramDrawings>>
}

/** The deck's diagrams: its slides' blocks (their files named relative to `root`), then the generated ones of its edition. */
export function deckDiagrams(deck: DeckBeingBuilt, root: string, dataDir?: string): DeckDiagram[] {
  const blocks = markdownDiagrams(deck.data.slides.map(slide => slide.source), root)
  if (!dataDir || !existsSync(dataDir))
    return blocks
  return [...blocks, ...dataDiagrams(loadDeckData(dataDir), editionOf(deck.data.config.htmlAttrs))]
}

/** The module the stand-in component imports: each diagram's text, with a loader per colour scheme. */
export function drawingsModule(drawn: Map<string, DiagramDrawings>): string {
  const entries = [...drawn.keys()].map((code) => {
    const loaders = DIAGRAM_THEMES.map(theme => `${theme}: () => import(${JSON.stringify(`${DRAWING_ID}${diagramId(code, theme)}`)})`)
    return `  [${JSON.stringify(code)}, { ${loaders.join(', ')} }],`
  })
  return `export default new Map([\n${entries.join('\n')}\n])\n`
}

export function prerenderedDiagrams(deck: DeckBeingBuilt, options: PrerenderOptions = {}): Plugin {
  const root = options.root ?? deck.userRoot
  const draw = options.draw ?? (diagrams => drawDiagrams(diagrams, { root }))
  let drawn = new Map<string, DiagramDrawings>()
  const byId = new Map<string, string>()
  return {
    name: PLUGIN,
    apply: 'build',
    enforce: 'pre',
    async buildStart() {
      try {
        drawn = await draw(deckDiagrams(deck, root, options.dataDir))
      }
      catch (error) {
        if (error instanceof DiagramError || error instanceof DataError)
          this.error(`${PLUGIN}: the deck's diagrams cannot be drawn.\n${error.message}`)
        throw error
      }
      byId.clear()
      for (const [code, drawings] of drawn) {
        for (const theme of DIAGRAM_THEMES)
          byId.set(diagramId(code, theme), drawings[theme])
      }
    },
    resolveId(id) {
      if (SLIDEV_MERMAID_COMPONENT.test(id))
        return PRERENDERED_COMPONENT
      if (id === MAP_ID || id.startsWith(DRAWING_ID))
        return `\0${id}`
    },
    load(id) {
      if (id === `\0${MAP_ID}`)
        return drawingsModule(drawn)
      if (id.startsWith(`\0${DRAWING_ID}`)) {
        const svg = byId.get(id.slice(DRAWING_ID.length + 1))
        if (svg === undefined)
          this.error(`${PLUGIN}: no drawing ${id.slice(1)}`)
        return `export default ${JSON.stringify(svg)}\n`
      }
    },
  }
}
