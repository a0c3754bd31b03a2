/**
 * The build's font subsetting: which characters it keeps, the unicode-range it
 * writes, the CSS and references it rewrites, and, on a real Pretendard file
 * in a bundle shaped like Slidev's, the subset it ships.
 */
import type { Rolldown } from 'vite'
import type { DeckFontFile } from '../../tools/deck-fonts'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lz from 'lz-string'
import { afterAll, describe, expect, it } from 'vitest'
import { woff2CodePoints } from '../../node/font-cmap'
import {
  collectCodePoints,
  decodeHtmlEntities,
  decodeJsEscapes,
  decodeLzProps,
  folderCache,
  fontFaceFiles,
  fontSubset,
  injectFontFaces,
  PRINTABLE_ASCII,
  replaceFileReferences,
  rewriteFontFaces,
  subsetCacheKey,
  subsetFileName,
  subsetWoff2,
  takeFontFaces,
  unicodeRange,
} from '../../node/vite-plugin-font-subset'
import { deckFontFiles } from '../../tools/deck-fonts'

const [{ file: REGULAR }, { file: BOLD }] = deckFontFiles('.') as [DeckFontFile, DeckFontFile]
const point = (char: string) => char.codePointAt(0)!
/** HarfBuzz in WebAssembly, and WOFF2 decoding and encoding, take seconds on a busy 2-core machine. */
const SUBSETTING = { timeout: 60_000 }

describe('decodeJsEscapes', () => {
  it('turns \\u, \\u{} and \\x escapes into their characters, surrogate pairs into one', () => {
    expect(decodeJsEscapes('"\\uD55C\\uae00" \\u{1F600} \\uD83D\\uDE00 \\x41')).toBe('"한글" 😀 😀 A')
  })

  it('leaves other text and out-of-range escapes alone', () => {
    expect(decodeJsEscapes('u00AC \\u{110000} 한')).toBe('u00AC \\u{110000} 한')
  })
})

describe('decodeHtmlEntities', () => {
  it('decodes numeric references and the common named ones, and leaves unknown names', () => {
    expect(decodeHtmlEntities('&#xD55C;&#44544; &middot; &amp; &rarr; &bogus;')).toBe('한글 · & → &bogus;')
  })
})

describe('decodeLzProps', () => {
  const code = 'flowchart TB\n  accTitle: 떠받치는 네 가지\n  D[방대한 학습 데이터] --> FM'
  it('reads the Mermaid code Slidev compresses into a code-lz prop, in a compiled chunk or in HTML', () => {
    const chunk = `r(p,{"code-lz":\`${lz.compressToBase64(code)}\`},null,8,[\`code-lz\`])`
    expect(decodeLzProps(chunk)).toEqual([code])
    expect(decodeLzProps(`<Mermaid code-lz="${lz.compressToBase64(code)}" />`)).toEqual([code])
    expect(decodeLzProps('x={"steps-lz":"","code":"no"}')).toEqual([])
  })

  it('feeds collectCodePoints: a label found only in compressed code is kept', () => {
    const chunk = `r(p,{"code-lz":\`${lz.compressToBase64(code)}\`})`
    expect(chunk).not.toContain('떠')
    expect(collectCodePoints([chunk]).has(point('떠'))).toBe(true)
  })
})

describe('collectCodePoints', () => {
  it('keeps printable ASCII even with no text', () => {
    const points = collectCodePoints([])
    expect([...points].sort((a, b) => a - b)).toEqual(PRINTABLE_ASCII)
    expect(points.has(0x20) && points.has(0x7E) && !points.has(0x7F)).toBe(true)
  })

  it('collects characters as written, escaped in scripts and as HTML references', () => {
    const points = collectCodePoints(['const a="소버린"', 'x="\\uBAA8\\uB378"', '<p>&#xD558;&middot;</p>'])
    for (const char of '소버린모델하·')
      expect(points.has(point(char)), char).toBe(true)
    expect(points.has(point('갃'))).toBe(false)
  })

  it('leaves out control characters and unpaired surrogates', () => {
    const points = collectCodePoints(['a\n\tb\u0085\\uD800z'])
    expect([0x0A, 0x09, 0x85, 0xD800].filter(p => points.has(p))).toEqual([])
  })
})

describe('unicodeRange', () => {
  it('lists the code points in order, consecutive ones as ranges', () => {
    expect(unicodeRange([0xAC01, 0x41, 0x43, 0x42, 0xB7, 0xAC00, 0x20, 0x41, 0x1F600])).toBe('U+20,U+41-43,U+B7,U+AC00-AC01,U+1F600')
  })

  it('refuses an empty set', () => {
    expect(() => unicodeRange([])).toThrow('at least one code point')
  })
})

const CSS = [
  '.a{color:red}',
  '@font-face{font-family:Pretendard;font-weight:400;src:url(/assets/Pretendard-Regular.subset-AAAAAAAA.woff2)format("woff2")}',
  '@font-face {\n  font-family: "Pretendard";\n  font-weight: 700;\n  src: url("./Pretendard-Bold.subset-BBBBBBBB.woff2?v=1") format("woff2");\n  unicode-range: U+0-10FFFF;\n}',
  '@font-face{font-family:Other;src:url(/assets/Other-CCCCCCCC.woff2)}',
].join('\n')

describe('fontFaceFiles', () => {
  it('names the files the family\'s @font-face rules load, and no other family\'s', () => {
    expect(fontFaceFiles(CSS, 'Pretendard')).toEqual(['Pretendard-Regular.subset-AAAAAAAA.woff2', 'Pretendard-Bold.subset-BBBBBBBB.woff2'])
    expect(fontFaceFiles(CSS, 'Missing')).toEqual([])
  })
})

describe('rewriteFontFaces', () => {
  const renames = [
    { from: 'Pretendard-Regular.subset-AAAAAAAA.woff2', to: 'Pretendard-Regular.subset-NEWREG01.woff2', unicodeRange: 'U+20-7E,U+AC00' },
    { from: 'Pretendard-Bold.subset-BBBBBBBB.woff2', to: 'Pretendard-Bold.subset-NEWBOLD1.woff2', unicodeRange: 'U+20-7E' },
  ]
  const out = rewriteFontFaces(CSS, renames)

  it('points each renamed face at its new file and gives it the subset\'s unicode-range', () => {
    expect(out).toContain('@font-face{font-family:Pretendard;font-weight:400;src:url(/assets/Pretendard-Regular.subset-NEWREG01.woff2)format("woff2");unicode-range:U+20-7E,U+AC00}')
    expect(out).toContain('src: url("./Pretendard-Bold.subset-NEWBOLD1.woff2?v=1") format("woff2");unicode-range:U+20-7E}')
    expect(out).not.toContain('AAAAAAAA')
    expect(out).not.toContain('BBBBBBBB')
  })

  it('replaces a face\'s old unicode-range and leaves other rules as they were', () => {
    expect(out).not.toContain('U+0-10FFFF')
    expect(out.startsWith('.a{color:red}\n')).toBe(true)
    expect(out.endsWith('@font-face{font-family:Other;src:url(/assets/Other-CCCCCCCC.woff2)}')).toBe(true)
  })
})

describe('takeFontFaces and injectFontFaces', () => {
  const css = 'body{color:red}@font-face{font-family:Pretendard;src:url(./Pretendard-A.woff2)}@font-face{font-family:Other;src:url(o.woff2)}'

  it('takes only the rules that load the given files, with URLs relative to the build\'s top', () => {
    const taken = takeFontFaces(css, ['Pretendard-A.woff2'], 'assets/index-1.css')
    expect(taken.css).toBe('body{color:red}@font-face{font-family:Other;src:url(o.woff2)}')
    expect(taken.rules).toEqual(['@font-face{font-family:Pretendard;src:url(assets/Pretendard-A.woff2)}'])
  })

  it('keeps absolute URLs as they are', () => {
    const absolute = '@font-face{font-family:Pretendard;src:url(/talk/assets/Pretendard-A.woff2)}'
    expect(takeFontFaces(absolute, ['Pretendard-A.woff2'], 'assets/index-1.css').rules).toEqual([absolute])
  })

  it('puts the rules at the end of <head>, and says so when there is none', () => {
    expect(injectFontFaces('<head><title>t</title></head><body></body>', ['@font-face{}'])).toBe('<head><title>t</title><style data-deck-fonts>@font-face{}</style>\n</head><body></body>')
    expect(() => injectFontFaces('<body></body>', [])).toThrow('index.html has no </head>')
  })
})

describe('replaceFileReferences', () => {
  it('renames every mention of a file', () => {
    expect(replaceFileReferences('f("/assets/a-1.woff2");g("assets/a-1.woff2");"b-2.woff2"', [{ from: 'a-1.woff2', to: 'a-9.woff2' }]))
      .toBe('f("/assets/a-9.woff2");g("assets/a-9.woff2");"b-2.woff2"')
  })
})

describe('subsetFileName', () => {
  it('keeps the folder and stem and hashes the new content', () => {
    const one = subsetFileName('assets/Pretendard-Regular.subset-BZqc2FCe.woff2', 'Pretendard-Regular.subset.woff2', new Uint8Array([1, 2, 3]))
    const again = subsetFileName('assets/Pretendard-Regular.subset-BZqc2FCe.woff2', 'Pretendard-Regular.subset.woff2', new Uint8Array([1, 2, 3]))
    const other = subsetFileName('assets/Pretendard-Regular.subset-BZqc2FCe.woff2', 'Pretendard-Regular.subset.woff2', new Uint8Array([1, 2, 4]))
    expect(one).toMatch(/^assets\/Pretendard-Regular\.subset-[\w-]{8}\.woff2$/)
    expect(one).toBe(again)
    expect(other).not.toBe(one)
  })
})

describe('subsetWoff2 on Pretendard', () => {
  it('keeps the characters asked for and drops the rest', SUBSETTING, async () => {
    const full = readFileSync(REGULAR)
    const asked = collectCodePoints(['소버린 AI'])
    const { font, codePoints } = await subsetWoff2(full, asked)
    // Read back from the bytes it returns, not from what was asked.
    expect(woff2CodePoints(font)).toEqual(codePoints)
    for (const char of '소버린AI')
      expect(codePoints.has(point(char)), char).toBe(true)
    // In the full file, but not asked for.
    for (const char of '모델가')
      expect(woff2CodePoints(full).has(point(char)) && !codePoints.has(point(char)), char).toBe(true)
    expect(font.length).toBeLessThan(full.length / 10)
  })
})

describe('the subset cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'font-subset-cache-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('keys a subset by the font\'s bytes and the set of characters, in any order', () => {
    const font = new Uint8Array([1, 2, 3])
    expect(subsetCacheKey(font, [0x41, 0xAC00, 0x41])).toBe(subsetCacheKey(font, [0xAC00, 0x41]))
    expect(subsetCacheKey(font, [0x41, 0xAC01])).not.toBe(subsetCacheKey(font, [0x41, 0xAC00]))
    expect(subsetCacheKey(new Uint8Array([1, 2, 4]), [0x41])).not.toBe(subsetCacheKey(font, [0x41]))
  })

  it('keeps subsets in a folder, only the most recent few', () => {
    const dir = join(work, 'folder')
    const cache = folderCache(dir, 2)
    expect(cache.get('a')).toBeUndefined()
    cache.set('a', new Uint8Array([1]))
    cache.set('b', new Uint8Array([2]))
    expect(cache.get('a')).toEqual(new Uint8Array([1]))
    cache.set('c', new Uint8Array([3]))
    expect(readdirSync(dir)).toHaveLength(2)
    expect(cache.get('c')).toEqual(new Uint8Array([3]))
    cache.set('d', new Uint8Array([4]))
    expect(readdirSync(dir)).toHaveLength(2)
    expect(cache.get('d')).toEqual(new Uint8Array([4]))
  })

  it('serves a second identical subset from the cache and replaces a damaged entry', SUBSETTING, async () => {
    const stored = new Map<string, Uint8Array>()
    let hits = 0
    const cache = {
      get: (key: string) => {
        const found = stored.get(key)
        hits += found ? 1 : 0
        return found
      },
      set: (key: string, font: Uint8Array) => void stored.set(key, font),
    }
    const full = readFileSync(REGULAR)
    const first = await subsetWoff2(full, collectCodePoints(['모델']), cache)
    expect(stored.size).toBe(1)
    const second = await subsetWoff2(full, collectCodePoints(['델모']), cache)
    expect(hits).toBe(1)
    expect(second.font).toBe(first.font)
    const key = [...stored.keys()][0]!
    stored.set(key, new Uint8Array([0, 1, 2, 3]))
    const remade = await subsetWoff2(full, collectCodePoints(['모델']), cache)
    expect(remade.codePoints.has(point('모'))).toBe(true)
    expect(stored.get(key)).toBe(remade.font)
  })
})

/** A bundle as Slidev's build hands it over: a style sheet with the deck's faces, a script, index.html, the two fonts. */
function slidevLikeBundle(regular: Uint8Array, bold: Uint8Array): Rolldown.OutputBundle {
  const asset = (fileName: string, source: string | Uint8Array, name: string) =>
    ({ type: 'asset', fileName, source, names: [name], originalFileNames: [`node_modules/pretendard/${name}`], name, originalFileName: null, needsCodeReference: false }) as unknown as Rolldown.OutputAsset
  const css = '@font-face{font-family:Pretendard;font-weight:400;src:url(/assets/Pretendard-Regular.subset-OLDREG01.woff2)format("woff2")}'
    + '@font-face{font-family:Pretendard;font-weight:700;src:url(/assets/Pretendard-Bold.subset-OLDBOLD1.woff2)format("woff2")}'
  const chunk = { type: 'chunk', fileName: 'assets/md-1.js', code: 'const t="독자 파운데이션",u="\\uBAA8\\uB378",f="/assets/Pretendard-Bold.subset-OLDBOLD1.woff2";' } as unknown as Rolldown.OutputChunk
  return {
    'assets/index-1.css': asset('assets/index-1.css', css, 'index.css'),
    'assets/md-1.js': chunk,
    'index.html': asset('index.html', '<head><title>소버린 AI</title><link href="/assets/Pretendard-Regular.subset-OLDREG01.woff2"></head><body></body>', 'index.html'),
    'assets/Pretendard-Regular.subset-OLDREG01.woff2': asset('assets/Pretendard-Regular.subset-OLDREG01.woff2', regular, 'Pretendard-Regular.subset.woff2'),
    'assets/Pretendard-Bold.subset-OLDBOLD1.woff2': asset('assets/Pretendard-Bold.subset-OLDBOLD1.woff2', bold, 'Pretendard-Bold.subset.woff2'),
  }
}

/** Runs the plugin's generateBundle with the little of Rolldown's context it uses. */
async function generate(bundle: Rolldown.OutputBundle) {
  const emitted: { fileName: string, source: Uint8Array }[] = []
  const context = {
    emitFile: (file: { fileName: string, source: Uint8Array }) => {
      emitted.push(file)
      return file.fileName
    },
    error: (message: string) => {
      throw new Error(message)
    },
  }
  const hook = fontSubset().generateBundle as unknown as (this: typeof context, options: object, bundle: Rolldown.OutputBundle, isWrite: boolean) => Promise<void>
  await hook.call(context, {}, bundle, false)
  return emitted
}

const text = (file: Rolldown.OutputAsset | Rolldown.OutputChunk | undefined) => file?.type === 'chunk' ? file.code : String(file?.source)

describe('the font-subset Vite plugin', () => {
  it('is for the build only: the dev server keeps the full font', () => {
    expect(fontSubset().apply).toBe('build')
  })

  it('replaces each font with a subset of the bundle\'s characters, under a new name, and rewrites every reference', SUBSETTING, async () => {
    const regular = readFileSync(REGULAR)
    const bold = readFileSync(BOLD)
    const bundle = slidevLikeBundle(regular, bold)
    const emitted = await generate(bundle)

    expect(Object.keys(bundle).filter(name => name.includes('OLD'))).toEqual([])
    expect(emitted.map(file => file.fileName)).toEqual([
      expect.stringMatching(/^assets\/Pretendard-Regular\.subset-[\w-]{8}\.woff2$/),
      expect.stringMatching(/^assets\/Pretendard-Bold\.subset-[\w-]{8}\.woff2$/),
    ])
    const [newRegular, newBold] = emitted.map(file => file.fileName.split('/').pop()!)
    const covered = woff2CodePoints(emitted[0]!.source)
    // Text from the script (as written and escaped) and from index.html; a syllable in no file is not kept.
    for (const char of '독자파운데이션모델소버린AI')
      expect(covered.has(point(char)), char).toBe(true)
    expect(covered.has(point('가'))).toBe(false)
    expect(emitted[0]!.source.length).toBeLessThan(regular.length / 10)

    // The faces move to index.html, so the style sheet's content (and name) depends on the styles alone.
    expect(text(bundle['assets/index-1.css'])).toBe('')
    const html = text(bundle['index.html'])
    const faces = /<style data-deck-fonts>(.*)<\/style>\n<\/head>/.exec(html)?.[1]
    expect(faces).toContain(`src:url(/assets/${newRegular})format("woff2");unicode-range:${unicodeRange(covered)}}`)
    expect(faces).toContain(`src:url(/assets/${newBold})format("woff2");unicode-range:`)
    expect(text(bundle['assets/md-1.js'])).toContain(`f="/assets/${newBold}"`)
    expect(html).toContain(`href="/assets/${newRegular}"`)
  })

  it('fails the build, naming the font file, when a font cannot be subset', SUBSETTING, async () => {
    const bundle = slidevLikeBundle(new TextEncoder().encode('not a font at all'), readFileSync(REGULAR))
    await expect(generate(bundle)).rejects.toThrow('deck-font-subset: could not subset assets/Pretendard-Regular.subset-OLDREG01.woff2 (from node_modules/pretendard/Pretendard-Regular.subset.woff2)')
  })

  it('fails the build when no style sheet loads the deck\'s family', async () => {
    const bundle = slidevLikeBundle(readFileSync(REGULAR), readFileSync(REGULAR))
    const sheet = bundle['assets/index-1.css'] as Rolldown.OutputAsset
    sheet.source = String(sheet.source).replaceAll('Pretendard;', 'Other;')
    await expect(generate(bundle)).rejects.toThrow('no @font-face rule for Pretendard loads a font file')
  })
})
