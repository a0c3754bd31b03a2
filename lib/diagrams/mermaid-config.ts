/**
 * How the deck asks Mermaid to draw, in each colour scheme: one place for the
 * live dev server (setup/mermaid.ts, through Slidev) and for the diagrams a
 * static build draws ahead of time (node/diagram-render.ts).
 */
import type { MermaidConfig } from 'mermaid'
import { DECK_FONT_FAMILY } from '../typography'

export const DIAGRAM_THEMES = ['light', 'dark'] as const
export type DiagramTheme = typeof DIAGRAM_THEMES[number]

/** The deck's own settings, merged over Slidev's (which picks Mermaid's `dark` theme in dark mode). */
export function deckMermaidConfig(theme: DiagramTheme): MermaidConfig {
  const dark = theme === 'dark'
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
}

/**
 * Everything Mermaid is given for one scheme, as Slidev gives it when it draws
 * live: its default theme (`dark` in dark mode), then the deck's settings.
 */
export function mermaidRenderConfig(theme: DiagramTheme): MermaidConfig {
  return { startOnLoad: false, theme: theme === 'dark' ? 'dark' : 'default', ...deckMermaidConfig(theme) }
}
