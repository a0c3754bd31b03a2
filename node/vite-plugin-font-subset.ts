/**
 * Build only: the built deck serves its typeface cut down to the characters
 * the deck can show.
 *
 * styles/index.css bundles Pretendard's KS X 1001 subset (2,350 syllables,
 * about 270 kB per weight); the talk uses a few hundred syllables. Once the
 * bundle is complete, this plugin gathers every character in the emitted
 * scripts (with the Mermaid code Slidev stores compressed), styles and HTML,
 * plus printable ASCII, subsets each font file
 * the deck's @font-face rules load to those characters with HarfBuzz
 * (subset-font), and writes the subset under a new name hashed from its own
 * bytes. Each matching @font-face rule then points at the new file and gets a
 * unicode-range read from the subset's own cmap, so a character the font lacks
 * goes to the fallback font at once instead of to a missing glyph.
 *
 * WOFF2 compression takes seconds a font on 2 cores, so subsets are kept
 * in node_modules/.cache, keyed by the font and the characters: a rebuild
 * with the same text reuses them.
 *
 * The dev server keeps the full font: text typed while editing never falls back.
 */
import type { Plugin, Rolldown } from 'vite'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import lz from 'lz-string'
import subsetFont from 'subset-font'
import { DECK_FONT_FAMILY } from '../lib/typography.ts'
import { woff2CodePoints } from './font-cmap.ts'

const PLUGIN = 'deck-font-subset'

/** Space to tilde: always kept, so that short Latin text typed later (or generated) never falls back. */
export const PRINTABLE_ASCII: readonly number[] = Array.from({ length: 0x7F - 0x20 }, (_, i) => 0x20 + i)

/** `\uXXXX`, `\u{X…}` and `\xXX` escapes in script text, as the characters they stand for. */
export function decodeJsEscapes(text: string): string {
  return text.replace(/\\u\{([\da-f]{1,6})\}|\\u([\da-f]{4})|\\x([\da-f]{2})/gi, (match, braced?: string, four?: string, two?: string) => {
    const point = Number.parseInt(braced ?? four ?? two!, 16)
    if (braced !== undefined)
      return point <= 0x10FFFF ? String.fromCodePoint(point) : match
    // A \uXXXX surrogate stays a UTF-16 unit: two escaped halves next to each other make one character again.
    return String.fromCharCode(point)
  })
}

/** Named entities that compiled templates keep (the rest of HTML's list does not occur in the build). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: '\'',
  nbsp: '\u00A0',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  rarr: '→',
  larr: '←',
  times: '×',
}

/** Numeric character references and the common named ones, as the characters they stand for. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(?:#x([\da-f]{1,6})|#(\d{1,7})|([a-z]+));/gi, (match, hex?: string, decimal?: string, name?: string) => {
    if (name !== undefined)
      return NAMED_ENTITIES[name] ?? match
    const point = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal)
    return point <= 0x10FFFF ? String.fromCodePoint(point) : match
  })
}

/**
 * Text Slidev ships compressed: a Mermaid block becomes `<Mermaid code-lz="…">`,
 * its code compressed with lz-string (so are magic-move steps and Monaco
 * diffs, as `steps-lz` and `diff-lz`). Its labels appear nowhere else.
 */
export function decodeLzProps(text: string): string[] {
  const decoded: string[] = []
  for (const [, value] of text.matchAll(/[\w-]-lz["'`]?[:=]["'`]([\w+/=]+)["'`]/g)) {
    const plain = lz.decompressFromBase64(value!)
    if (plain)
      decoded.push(plain)
  }
  return decoded
}

/**
 * Every code point the texts can show: their characters as written, as
 * escapes in scripts, as HTML character references and inside Slidev's
 * compressed props, plus printable ASCII. Control characters and unpaired
 * surrogates are left out.
 */
export function collectCodePoints(texts: Iterable<string>): Set<number> {
  const points = new Set<number>(PRINTABLE_ASCII)
  for (const text of texts) {
    const decoded = decodeHtmlEntities(decodeJsEscapes(text))
    for (const form of [text, decoded, ...decodeLzProps(decoded)]) {
      for (const char of form) {
        const point = char.codePointAt(0)!
        if (point >= 0x20 && !(point >= 0x7F && point < 0xA0) && !(point >= 0xD800 && point <= 0xDFFF))
          points.add(point)
      }
    }
  }
  return points
}

/** A CSS unicode-range value listing exactly the code points given, consecutive ones as ranges: `U+20-7E,U+B7,U+AC00-AC01`. */
export function unicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b)
  if (!sorted.length)
    throw new Error('a unicode-range needs at least one code point')
  const hex = (point: number) => point.toString(16).toUpperCase()
  const ranges: string[] = []
  let start = sorted[0]!
  let end = start
  for (const point of [...sorted.slice(1), Number.NaN]) {
    if (point === end + 1) {
      end = point
      continue
    }
    ranges.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)
    start = end = point
  }
  return ranges.join(',')
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2')

/** The font files (their base names) that the @font-face rules of `family` in `css` load. */
export function fontFaceFiles(css: string, family: string): string[] {
  const files = new Set<string>()
  for (const [rule] of css.matchAll(FONT_FACE)) {
    const declared = /font-family:([^;}]*)/.exec(rule)?.[1]
    if (unquote(declared ?? '') !== family)
      continue
    for (const [, url] of rule.matchAll(/url\(([^)]*)\)/g))
      files.add(posix.basename(unquote(url!).split(/[?#]/)[0]!))
  }
  return [...files]
}

/** A font file replaced by its subset: the old and new base names, and the subset's unicode-range. */
export interface FontRename {
  from: string
  to: string
  unicodeRange: string
}

/**
 * Points every @font-face rule that loads a renamed file at the new file and
 * gives it the subset's unicode-range (replacing any it had). Other rules and
 * the rest of the style sheet are left as they are.
 */
export function rewriteFontFaces(css: string, renames: readonly FontRename[]): string {
  return css.replace(FONT_FACE, (rule) => {
    const rename = renames.find(r => rule.includes(r.from))
    if (!rename)
      return rule
    const open = rule.indexOf('{')
    const body = rule.slice(open + 1, -1)
      .replaceAll(rename.from, rename.to)
      .replace(/unicode-range\s*:[^;}]*;?/gi, '')
      .trim()
      .replace(/;$/, '')
    return `${rule.slice(0, open)}{${body};unicode-range:${rename.unicodeRange}}`
  })
}

/**
 * Takes the @font-face rules that load one of `files` out of a style sheet at
 * `sheetPath` (in the build), with their URLs made relative to the build's
 * top, for index.html. Returns the rest of the sheet and the rules.
 */
export function takeFontFaces(css: string, files: readonly string[], sheetPath: string): { css: string, rules: string[] } {
  const rules: string[] = []
  const rest = css.replace(FONT_FACE, (rule) => {
    if (!files.some(file => rule.includes(file)))
      return rule
    rules.push(rule.replace(/url\(([^)]*)\)/g, (whole, raw: string) => {
      const url = unquote(raw)
      if (/^(?:[a-z]+:|\/)/i.test(url))
        return whole
      return `url(${posix.normalize(posix.join(posix.dirname(sheetPath), url))})`
    }))
    return ''
  })
  return { css: rest, rules }
}

/** `html` with `rules` in a <style> at the end of its <head>. */
export function injectFontFaces(html: string, rules: readonly string[]): string {
  const at = html.indexOf('</head>')
  if (at < 0)
    throw new Error('index.html has no </head> to put the @font-face rules before')
  return `${html.slice(0, at)}<style data-deck-fonts>${rules.join('')}</style>\n${html.slice(at)}`
}

/** Every mention of a renamed file's base name in `text`, pointed at its new name. */
export function replaceFileReferences(text: string, renames: readonly Pick<FontRename, 'from' | 'to'>[]): string {
  return renames.reduce((out, { from, to }) => out.replaceAll(from, to), text)
}

/**
 * The subset's file name: the same folder and stem as the full font's
 * (`assets/Pretendard-Regular.subset-…woff2`), with a hash of the subset's
 * own bytes, so that a changed subset never hides behind a cached name.
 */
export function subsetFileName(fileName: string, stem: string, content: Uint8Array): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 8)
  const ext = posix.extname(fileName)
  const dir = posix.dirname(fileName)
  return posix.join(dir, `${posix.basename(stem, ext)}-${hash}${ext}`)
}

/** Subsets already made, by font and characters: WOFF2 compression takes seconds a font on 2 cores. */
export interface SubsetCache {
  get: (key: string) => Uint8Array | undefined
  set: (key: string, font: Uint8Array) => void
}

/** What a subset depends on: the font's bytes and the set of characters (in any order). */
export function subsetCacheKey(font: Uint8Array, points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b)
  return createHash('sha256').update(font).update('\0').update(sorted.join(',')).digest('hex').slice(0, 32)
}

/** A cache in a folder, one WOFF2 file a subset, keeping the `kept` most recently used. */
export function folderCache(dir: string, kept = 8): SubsetCache {
  const path = (key: string) => join(dir, `${key}.woff2`)
  return {
    get(key) {
      if (!existsSync(path(key)))
        return undefined
      const now = new Date()
      utimesSync(path(key), now, now)
      return new Uint8Array(readFileSync(path(key)))
    },
    set(key, font) {
      mkdirSync(dir, { recursive: true })
      writeFileSync(path(key), font)
      // The entry just written stays; of the others, the most recently used.
      const others = readdirSync(dir).filter(name => name.endsWith('.woff2')).map(name => join(dir, name)).filter(file => file !== path(key))
      others.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
      for (const old of others.slice(Math.max(kept - 1, 0)))
        rmSync(old, { force: true })
    },
  }
}

/** Subsets a WOFF2 font to `points` and reads back which of them it really maps. */
export async function subsetWoff2(font: Uint8Array, points: Iterable<number>, cache?: SubsetCache): Promise<{ font: Uint8Array, codePoints: Set<number> }> {
  const asked = [...points]
  const key = cache && subsetCacheKey(font, asked)
  const cached = key ? cache.get(key) : undefined
  if (cached) {
    try {
      return { font: cached, codePoints: woff2CodePoints(cached) }
    }
    catch {
      // A damaged entry: make the subset again.
    }
  }
  const subset = new Uint8Array(await subsetFont(Buffer.from(font), String.fromCodePoint(...asked), { targetFormat: 'woff2' }))
  const codePoints = woff2CodePoints(subset)
  if (key)
    cache.set(key, subset)
  return { font: subset, codePoints }
}

/**
 * Assets whose text the deck shows. Script assets are not read: a script the
 * build copies as it is (a library's own files) holds text no slide shows; the
 * deck's text, diagrams drawn at build time included, is in its own chunks.
 */
const SHOWN_ASSET = /\.(?:css|html?)$/
/** Files that may name a font file. */
const REFERRING_ASSET = /\.(?:m?js|css|html?)$/

function text(file: Rolldown.OutputAsset | Rolldown.OutputChunk): string {
  if (file.type === 'chunk')
    return file.code
  return typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)
}

export interface FontSubsetOptions {
  /** The @font-face family whose files are subset. */
  family?: string
  /** Where subsets are kept between builds; by default node_modules/.cache under the project. */
  cacheDir?: string
}

export function fontSubset(options: FontSubsetOptions = {}): Plugin {
  const family = options.family ?? DECK_FONT_FAMILY
  let cache: SubsetCache | undefined = options.cacheDir ? folderCache(options.cacheDir) : undefined
  return {
    name: PLUGIN,
    apply: 'build',
    // After Vite has emitted the style sheets and index.html.
    enforce: 'post',
    configResolved(config) {
      cache ??= folderCache(join(config.root, 'node_modules', '.cache', 'sovereign-ai-deck', 'font-subsets'))
    },
    async generateBundle(_options, bundle: Rolldown.OutputBundle) {
      const files = Object.values(bundle)
      const shown = files.filter(file => file.type === 'chunk' || SHOWN_ASSET.test(file.fileName))
      const styleSheets = files.filter((file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'))
      const faceFiles = new Set(styleSheets.flatMap(sheet => fontFaceFiles(text(sheet), family)))
      const fonts = Object.values(bundle).filter((file): file is Rolldown.OutputAsset =>
        file.type === 'asset' && faceFiles.has(posix.basename(file.fileName)))
      if (!fonts.length)
        this.error(`${PLUGIN}: no @font-face rule for ${family} loads a font file in the built style sheets`)
      const unsupported = fonts.find(font => !font.fileName.endsWith('.woff2'))
      if (unsupported)
        this.error(`${PLUGIN}: ${unsupported.fileName} is not WOFF2; only WOFF2 fonts are subset`)

      const points = collectCodePoints(shown.map(text))
      const renames: FontRename[] = []
      for (const font of fonts) {
        const source = typeof font.source === 'string' ? new TextEncoder().encode(font.source) : font.source
        let subset: Awaited<ReturnType<typeof subsetWoff2>>
        try {
          subset = await subsetWoff2(source, points, cache)
        }
        catch (error) {
          this.error(`${PLUGIN}: could not subset ${font.fileName} (from ${font.originalFileNames[0] ?? 'an unknown file'}): ${error instanceof Error ? error.message : String(error)}`)
        }
        if (!subset.codePoints.size)
          this.error(`${PLUGIN}: the subset of ${font.fileName} maps no character`)
        const fileName = subsetFileName(font.fileName, font.names[0] ?? posix.basename(font.fileName), subset.font)
        delete bundle[font.fileName]
        this.emitFile({ type: 'asset', fileName, source: subset.font, originalFileName: font.originalFileNames[0] })
        renames.push({ from: posix.basename(font.fileName), to: posix.basename(fileName), unicodeRange: unicodeRange(subset.codePoints) })
      }

      // The rules that load the subsets move from the style sheets to index.html. A style sheet's
      // name carries a hash of its content before this step, so a sheet that held them would keep
      // its name while pointing at new subsets, and a host caching assets/ for long would serve it stale.
      // index.html is not cached that way, and what stays in the sheets depends only on the styles.
      const faces: string[] = []
      for (const file of files.filter(file => file.type === 'chunk' || REFERRING_ASSET.test(file.fileName))) {
        let after = text(file)
        if (!renames.some(r => after.includes(r.from)))
          continue
        if (file.fileName.endsWith('.css')) {
          const taken = takeFontFaces(rewriteFontFaces(after, renames), renames.map(r => r.to), file.fileName)
          faces.push(...taken.rules)
          after = taken.css
        }
        after = replaceFileReferences(after, renames)
        if (file.type === 'chunk')
          file.code = after
        else
          file.source = after
      }
      const html = bundle['index.html']
      if (!html || html.type !== 'asset')
        this.error(`${PLUGIN}: the build has no index.html to hold the @font-face rules of ${family}`)
      html.source = injectFontFaces(text(html), faces)
    },
  }
}
