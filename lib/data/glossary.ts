/**
 * One name per thing: data/glossary.yaml gives each thing's preferred term
 * and the variants the deck must not use. The data loader and the talk's
 * tests both look for the variants with this one function.
 */
import type { GlossaryEntry } from './schema.ts'

export interface VariantFound {
  variant: string
  term: string
  /** Where in the text the variant starts. */
  index: number
}

/** Each glossary variant in `text`, in order of appearance. */
export function variantsIn(text: string, glossary: readonly GlossaryEntry[]): VariantFound[] {
  const found: VariantFound[] = []
  for (const { term, variants } of glossary) {
    for (const variant of variants) {
      for (let index = text.indexOf(variant); index !== -1; index = text.indexOf(variant, index + variant.length))
        found.push({ variant, term, index })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** "uses "서류 평가"; expected the glossary's term "서면평가"" for each variant found. */
export function variantMessages(text: string, glossary: readonly GlossaryEntry[]): string[] {
  return variantsIn(text, glossary).map(f => `uses "${f.variant}"; expected the glossary's term "${f.term}" (data/glossary.yaml)`)
}
