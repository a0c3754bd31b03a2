/**
 * The `--lang` option the deck's commands share: taken out of the arguments,
 * turned into the edition's entry Markdown, everything else left for Slidev.
 */
import type { Edition } from './edition'
import { editionEntry, parseEdition } from './edition'

export interface EditionArgs {
  lang: Edition
  /** The edition's entry Markdown, relative to the project folder. */
  entry: string
  /** The arguments other than `--lang`, in their order. */
  rest: string[]
}

/** Reads `--lang en` or `--lang=en` (Korean when absent) and keeps every other argument. */
export function splitEditionArgs(argv: readonly string[]): EditionArgs {
  const rest: string[] = []
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--lang') {
      value = argv[++i]
      if (value === undefined || value.startsWith('-'))
        throw new Error('--lang needs a value: ko or en')
    }
    else if (arg.startsWith('--lang=')) {
      value = arg.slice('--lang='.length)
    }
    else {
      rest.push(arg)
    }
  }
  const lang = parseEdition(value)
  return { lang, entry: editionEntry(lang), rest }
}
