/**
 * The two decks the benchmark measures, in its work folder: a copy of the
 * project (the user's files are never written to) and a plain Slidev deck
 * with as many slides; and the slide headings its edits mark.
 */
import type { ViteOverrides } from './baseline-deck'
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { loadDeck } from '../../node/deck-slides'
import { baselineDeckFiles, viteOverridesSource } from './baseline-deck'
import { markSlideHeading } from './edit'

const EXCLUDED_FROM_COPY = new Set(['node_modules', '.git', 'dist', 'bench', '.slidev', 'test-results', 'slides-export', 'coverage'])

/**
 * Vite's dependency cache goes to node_modules/.vite by default, and node_modules
 * is shared by link: each deck and each step (dev, export) gets its own cache
 * folder instead, so that they do not evict one another and "warm" means warm.
 */
export const CACHE_ENV = 'BENCH_VITE_CACHE_DIR'

/**
 * node_modules is linked, so Vite sees its files outside the deck folder and
 * would refuse to serve them (fonts, for one) unless allowed, as they are when
 * node_modules lies inside the project.
 */
function overrides(projectRoot: string): ViteOverrides {
  return { cacheDirEnv: CACHE_ENV, allow: [realpathSync(join(projectRoot, 'node_modules'))] }
}

function wrapProjectViteConfig(projectRoot: string, dir: string): void {
  const config = ['vite.config.ts', 'vite.config.mts', 'vite.config.js', 'vite.config.mjs'].find(name => existsSync(join(dir, name)))
  const extra = viteOverridesSource(overrides(projectRoot))
  if (!config) {
    writeFileSync(join(dir, 'vite.config.ts'), `import { defineConfig } from 'vite'\n\nexport default defineConfig(${extra})\n`)
    return
  }
  const ext = config.slice('vite.config'.length)
  renameSync(join(dir, config), join(dir, `vite.config.project${ext}`))
  writeFileSync(join(dir, config), [
    `import { defineConfig, mergeConfig, type UserConfig } from 'vite'`,
    `import project from './vite.config.project'`,
    '',
    'export default defineConfig(async (env) => {',
    '  const base: UserConfig = typeof project === \'function\' ? await project(env) : await project',
    `  return mergeConfig(base, ${extra})`,
    '})',
    '',
  ].join('\n'))
}

/** A copy of the project in `into`, its node_modules linked, for the benchmark to build and edit. */
export function copyProject(projectRoot: string, into: string): void {
  cpSync(projectRoot, into, {
    recursive: true,
    filter: (source) => {
      const rel = relative(projectRoot, source)
      if (rel === '')
        return true
      const top = rel.split(/[\\/]/)[0]!
      return !EXCLUDED_FROM_COPY.has(top) && !/\.(?:pdf|pptx)$/i.test(source)
    },
  })
  symlinkSync(join(projectRoot, 'node_modules'), join(into, 'node_modules'), 'dir')
  wrapProjectViteConfig(projectRoot, into)
}

/** The plain Slidev deck of `slides` slides the deck is measured against, in `into`. */
export function writeBaseline(projectRoot: string, into: string, slides: number): void {
  for (const [path, text] of Object.entries(baselineDeckFiles(slides, overrides(projectRoot)))) {
    const target = join(into, path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, text)
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(into, 'node_modules'), 'dir')
}

export interface EditTarget {
  file: string
  line: number
  title: string
  no: number
}

/** A slide to edit: the first with a title outside the entry file (as an author edits slides/*.md), else any. */
export async function editTargets(dir: string): Promise<EditTarget[]> {
  const { slides } = await loadDeck(join(dir, 'slides.md'))
  const titled = slides.filter(s => s.title)
  const outside = titled.filter(s => basename(s.file) !== 'slides.md' || dirname(s.file) !== dir)
  return [...outside, ...titled.filter(s => !outside.includes(s))]
    .map(s => ({ file: s.file, line: s.line, title: s.title!, no: s.no }))
    .filter((target) => {
      // A title set in frontmatter need not match the heading; only slides whose heading can be marked are usable.
      try {
        markSlideHeading(readFileSync(target.file, 'utf8'), target.line, target.title, 'probe')
        return true
      }
      catch {
        return false
      }
    })
}
