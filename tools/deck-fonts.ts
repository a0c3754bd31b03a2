/**
 * The deck's typeface files as its npm package ships them (Pretendard's
 * KS X 1001 subset, which styles/index.css bundles), one per weight the deck
 * sets: the one list the benchmark and the font tests read.
 */
import { join } from 'node:path'
import { DECK_FONT_WEIGHTS } from '../lib/typography'

export interface DeckFontFile {
  weight: typeof DECK_FONT_WEIGHTS[number]
  /** Pretendard's name for the weight: Regular, Bold. */
  name: string
  file: string
}

const WEIGHT_NAMES = { 400: 'Regular', 700: 'Bold' } as const

/** The typeface's files in `root`'s node_modules, WOFF2 (what the deck bundles) or WOFF. */
export function deckFontFiles(root: string, format: 'woff2' | 'woff' = 'woff2'): DeckFontFile[] {
  const dir = join(root, 'node_modules', 'pretendard', 'dist', 'web', 'static', `${format}-subset`)
  return DECK_FONT_WEIGHTS.map(weight => ({ weight, name: WEIGHT_NAMES[weight], file: join(dir, `Pretendard-${WEIGHT_NAMES[weight]}.subset.${format}`) }))
}
