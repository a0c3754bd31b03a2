/**
 * Build only: ships Mermaid's own minified ES modules beside the deck instead
 * of bundling Mermaid again.
 *
 * Slidev's client imports `mermaid/dist/mermaid.esm.mjs`, and a build would
 * parse and minify all of Mermaid (every diagram type, 7 MB of source) again
 * on every run: on a 2-core machine that was a third of the deck's build
 * time. Mermaid publishes the same code already minified and split into ES
 * modules (`mermaid.esm.min.mjs` and its chunks), so the build leaves the
 * import pointing at those files and copies them, unchanged but for their
 * names, to `assets/mermaid-<version>/`. The dev server is not affected.
 *
 * The copies end in `.js`, not `.mjs`: some static hosts do not serve `.mjs`
 * as JavaScript, and a browser refuses a module script of another type.
 */
import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, posix } from 'node:path'

/** What Slidev's client imports (modules/mermaid.ts). */
export const SLIDEV_MERMAID_IMPORT = 'mermaid/dist/mermaid.esm.mjs'
const ENTRY = 'mermaid.esm.min.mjs'
const CHUNKS = 'chunks/mermaid.esm.min'

/** A file to ship: its path under the copy's folder, and its text. */
export interface ShippedFile {
  path: string
  text: string
}

/** Relative module specifiers ending in .mjs, in static imports, re-exports and dynamic imports. */
const RELATIVE_MJS = /(\bfrom\s*|\bimport\s*(?:\(\s*)?)(["'])(\.{1,2}\/[^"'\n]+?)\.mjs\2/g

const js = (path: string) => path.replace(/\.mjs$/, '.js')

/**
 * Renames Mermaid's files to .js and points their relative imports at the
 * renamed files. Throws, naming the file and the import, when a file imports
 * a relative path that is not among the files, so that a change in Mermaid's
 * layout fails the build instead of breaking diagrams in the browser.
 */
export function renameToJs(files: ShippedFile[]): ShippedFile[] {
  const paths = new Set(files.map(f => f.path))
  return files.map(({ path, text }) => {
    const renamed = text.replace(RELATIVE_MJS, (_match, lead: string, quote: string, stem: string) => {
      const target = posix.join(posix.dirname(path), `${stem}.mjs`)
      if (!paths.has(target))
        throw new Error(`mermaid-prebuilt: ${path} imports "${stem}.mjs", which is not among Mermaid's minified files`)
      return `${lead}${quote}${stem}.js${quote}`
    })
    return { path: js(path), text: renamed }
  })
}

/** Mermaid's minified entry and chunks, read from the installed package, with the version. */
export function readMermaidDist(root: string): { version: string, files: ShippedFile[] } {
  const packageJson = createRequire(join(root, 'package.json')).resolve('mermaid/package.json')
  const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version
  const dist = join(dirname(packageJson), 'dist')
  const chunkNames = readdirSync(join(dist, CHUNKS)).filter(name => name.endsWith('.mjs'))
  const paths = [ENTRY, ...chunkNames.map(name => `${CHUNKS}/${name}`)]
  return { version, files: paths.map(path => ({ path, text: readFileSync(join(dist, path), 'utf8') })) }
}

/** Stands for the copied entry until each chunk that imports it is written and its relative path is known. */
const PLACEHOLDER = '__deck_mermaid_prebuilt__'

/** The import specifier of `target` from the output file `from`, both relative to the output folder. */
export function relativeSpecifier(from: string, target: string): string {
  const path = posix.relative(posix.dirname(from), target)
  return path.startsWith('.') ? path : `./${path}`
}

export function mermaidPrebuilt(): Plugin {
  let entryFile = ''
  let folder = ''
  let files: ShippedFile[] = []
  /** Whether any chunk imports Mermaid: a deck without diagrams ships no copy. */
  let imported = false
  return {
    name: 'deck-mermaid-prebuilt',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      const mermaid = readMermaidDist(config.root)
      folder = posix.join(config.build.assetsDir, `mermaid-${mermaid.version}`)
      files = renameToJs(mermaid.files)
      entryFile = posix.join(folder, js(ENTRY))
    },
    resolveId(id) {
      if (id !== SLIDEV_MERMAID_IMPORT)
        return
      imported = true
      return { id: PLACEHOLDER, external: true }
    },
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER))
        return
      // Relative, so that the deck works under any base path it is hosted at.
      return { code: code.replaceAll(PLACEHOLDER, relativeSpecifier(chunk.fileName, entryFile)), map: null }
    },
    generateBundle() {
      if (!imported)
        return
      for (const file of files)
        this.emitFile({ type: 'asset', fileName: posix.join(folder, file.path), source: file.text })
    },
  }
}
