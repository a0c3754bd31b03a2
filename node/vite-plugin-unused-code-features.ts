/**
 * Build only: what Slidev's client loads on every page for code blocks the
 * deck does not have is left out of the build.
 *
 * Slidev's client installs Twoslash's pop-ups (Shiki's Vue plugin) and
 * imports the style sheets of Twoslash and of Shiki Magic Move on every page,
 * whatever the slides hold, and Slidev has no setting that stops it. The
 * build named the chunk that held the plugin `modules/shiki` and put Vue's
 * own runtime in it too, so every page fetched a 227 kB "Shiki" script.
 * Code blocks themselves are highlighted when the deck is built, so a deck
 * with no ```ts twoslash block needs none of the pop-ups, and one with no
 * magic-move block none of its styles. Those imports then resolve to empty
 * modules; a deck that has such blocks keeps them.
 */
import type { Plugin } from 'vite'
import { fencedBlocks } from '../lib/markdown-fences.ts'

const PLUGIN = 'deck-unused-code-features'

/** What Slidev's client imports for each feature, and what stands in for it when no slide uses it. */
const FEATURES = {
  twoslash: {
    // Installed with app.use(): the stand-in is a Vue plugin that installs nothing.
    '@shikijs/vitepress-twoslash/client': 'export default { install() {} }\n',
    '@shikijs/vitepress-twoslash/style.css': '',
  },
  magicMove: {
    '@shikijs/magic-move/style.css': '',
  },
} as const

export type CodeFeature = keyof typeof FEATURES

/** The code-block features a deck's Markdown uses, by the fences' info strings (```ts twoslash, ````md magic-move). */
export function usedCodeFeatures(markdown: Iterable<string>): Set<CodeFeature> {
  const used = new Set<CodeFeature>()
  for (const text of markdown) {
    for (const { info } of fencedBlocks(text)) {
      if (/\btwoslash\b/.test(info))
        used.add('twoslash')
      if (/\bmagic-move\b/.test(info))
        used.add('magicMove')
    }
  }
  return used
}

/** The imports left out of a build whose slides use `used`, with what each resolves to instead. */
export function leftOut(used: Set<CodeFeature>): Map<string, string> {
  return new Map(Object.entries(FEATURES)
    .filter(([feature]) => !used.has(feature as CodeFeature))
    .flatMap(([, imports]) => Object.entries(imports)))
}

export function unusedCodeFeatures(deck: { data: { slides: { source: { content: string } }[] } }): Plugin {
  const stubs = leftOut(usedCodeFeatures(deck.data.slides.map(slide => slide.source.content)))
  const prefix = `\0${PLUGIN}:`
  return {
    name: PLUGIN,
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      // An id that does not end in .css, so that no style sheet is made from the empty stand-in.
      if (stubs.has(id))
        return `${prefix}${id.replace(/\.css$/, '-css')}`
    },
    load(id) {
      if (!id.startsWith(prefix))
        return
      const original = id.slice(prefix.length).replace(/-css$/, '.css')
      return stubs.get(original)
    },
  }
}
