import { defineMermaidSetup } from '@slidev/types'
import { deckMermaidConfig } from '../lib/diagrams/mermaid-config'
import { DECK_FONT_FAMILY, DECK_FONT_WEIGHTS } from '../lib/typography'

/**
 * Live Mermaid, as `npm run dev` draws it (a static build draws its diagrams
 * ahead of time with the same settings: node/vite-plugin-prerendered-diagrams.ts).
 * Mermaid measures every label's width when it draws. If the typeface is not
 * loaded yet it measures a fallback font and the real glyphs are later clipped,
 * so the deck's font is loaded before the first diagram is drawn.
 * Slidev calls this before each render, so the colours can follow dark mode.
 */
export default defineMermaidSetup(async () => {
  if (typeof document !== 'undefined' && document.fonts) {
    await Promise.all(
      DECK_FONT_WEIGHTS.map(weight => document.fonts.load(`${weight} 16px ${DECK_FONT_FAMILY}`, '한글 Aa')),
    )
  }
  const dark = typeof document !== 'undefined' && document.documentElement.classList.contains('dark')
  return deckMermaidConfig(dark ? 'dark' : 'light')
})
