import { defineMermaidSetup } from '@slidev/types'
import { DECK_FONT_FAMILY, DECK_FONT_WEIGHTS } from '../lib/typography'

/**
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
  return {
    fontFamily: DECK_FONT_FAMILY,
    themeVariables: {
      fontFamily: DECK_FONT_FAMILY,
      fontSize: '18px',
      // Edge labels (e.g. the date deferred GPU support waits for) keep 4.5:1 contrast in both schemes.
      edgeLabelBackground: dark ? '#1e293b' : '#f1f5f9',
      ...(dark ? { textColor: '#e5e7eb', lineColor: '#cbd5e1' } : {}),
    },
    flowchart: { htmlLabels: true, useMaxWidth: true, wrappingWidth: 220 },
  }
})
