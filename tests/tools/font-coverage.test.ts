import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { deckFontFiles } from '../../tools/deck-fonts'
import { fontCodePoints, missingCharacters } from '../../tools/font-coverage'

// The .woff twins of the .woff2 files styles/index.css serves: the same subset, in a format node:zlib can read.
const [regular, bold] = deckFontFiles('.', 'woff')
const FONTS = { regular: regular!.file, bold: bold!.file }

function strings(node: unknown): string[] {
  if (typeof node === 'string')
    return [node]
  if (Array.isArray(node))
    return node.flatMap(strings)
  if (node && typeof node === 'object')
    return Object.values(node).flatMap(strings)
  return []
}

/** Every text either edition can show: slides and notes, data values, component templates, each edition's words. */
function deckTexts(): { file: string, text: string }[] {
  const texts: { file: string, text: string }[] = ['slides.md', 'slides.en.md'].map(file => ({ file, text: readFileSync(file, 'utf8') }))
  for (const folder of ['slides', 'slides/en', 'lib/i18n']) {
    for (const name of readdirSync(folder).filter(n => n.endsWith('.md') || n.endsWith('.ts')))
      texts.push({ file: `${folder}/${name}`, text: readFileSync(join(folder, name), 'utf8') })
  }
  for (const name of readdirSync('data').filter(n => n.endsWith('.yaml')))
    texts.push({ file: `data/${name}`, text: strings(parse(readFileSync(join('data', name), 'utf8'))).join('\n') })
  for (const name of readdirSync('components').filter(n => n.endsWith('.vue'))) {
    const template = /<template>([\s\S]*)<\/template>/.exec(readFileSync(join('components', name), 'utf8'))?.[1] ?? ''
    texts.push({ file: `components/${name}`, text: template })
  }
  return texts
}

describe('the bundled typeface', () => {
  it.each(Object.entries(FONTS))('(%s) maps Hangul, Latin and digits', (_weight, path) => {
    const covered = fontCodePoints(path)
    expect(missingCharacters('가나다 한글 소버린 AI 2025-08-04 ₩ → · 「」', covered)).toEqual([])
    // Rare syllables outside the subset: known to be missing, so the check can fail.
    expect(missingCharacters('갃쀍', covered)).toEqual(['갃', '쀍'])
  })

  it.each(Object.entries(FONTS))('(%s) draws every character the deck shows', (_weight, path) => {
    const covered = fontCodePoints(path)
    const problems = deckTexts()
      .map(({ file, text }) => ({ file, missing: missingCharacters(text, covered) }))
      .filter(entry => entry.missing.length)
    expect(problems, 'characters with no glyph in the bundled font would show as boxes: reword, or bundle a fuller font').toEqual([])
  })
})
