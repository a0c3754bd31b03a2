/** The deck's bundled typeface (see styles/index.css), shared by slide text and Mermaid labels. */
export const DECK_FONT_FAMILY = 'Pretendard'

/** The weights styles/index.css declares; nothing else is bundled. */
export const DECK_FONT_WEIGHTS = [400, 700] as const
