import type { DeckLang } from '../lib/i18n/strings'
/**
 * The deck's editions: Korean (the first, and the default) and English. Each
 * has its own entry Markdown beside the other; the commands take `--lang`.
 */
import type { OptionSpec } from './command'
import { DECK_LANGS } from '../lib/i18n/strings'
import { UsageError } from './command'

/** The editions are the deck's languages (lib/i18n). */
export const EDITIONS = DECK_LANGS
export type Edition = DeckLang

export const DEFAULT_EDITION: Edition = 'ko'

/** The `--lang` option the commands share (tools/command.ts). */
export const LANG_OPTION = { type: 'string', value: EDITIONS.join('|'), help: `The edition: ${EDITIONS.join(' or ')} (default: ${DEFAULT_EDITION}).` } as const satisfies OptionSpec

/** The entry Markdown of an edition, relative to the project folder. */
export function editionEntry(lang: Edition): string {
  return lang === 'ko' ? 'slides.md' : `slides.${lang}.md`
}

/** The exported file's base name (no extension): `sovereign-ai-deck`, `sovereign-ai-deck.en`. */
export function editionFileName(lang: Edition): string {
  return lang === 'ko' ? 'sovereign-ai-deck' : `sovereign-ai-deck.${lang}`
}

/** Reads a `--lang` value; the error names the editions there are. */
export function parseEdition(value: string | undefined): Edition {
  if (value === undefined || value === '')
    return DEFAULT_EDITION
  if ((EDITIONS as readonly string[]).includes(value))
    return value as Edition
  throw new UsageError(`--lang ${value}: no such edition; the deck has ${EDITIONS.join(' and ')}.`)
}
