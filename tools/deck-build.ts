/**
 * The deck's static build, kept in a cache keyed by a hash of every input, so
 * that export and present reuse an up-to-date build and build only after an
 * edit. Builds live in node_modules/.cache/sovereign-ai-deck/builds/<hash>/;
 * dist/ (the user's own `npm run build`) is never touched.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { processAlive, removeOnExit } from '../node/on-exit'
import { buildDeck } from './slidev'

/** Folders whose every file goes into the deck (slides, code it runs, data, styles, assets). */
export const INPUT_DIRS = ['slides', 'components', 'layouts', 'lib', 'node', 'data', 'styles', 'setup', 'public'] as const
/** Files at the project's top that shape the build; `slides*.md` (every edition's entry) are added to these. */
export const INPUT_FILES = ['vite.config.ts', 'uno.config.ts', 'custom-nav-controls.vue', 'package.json', 'package-lock.json', 'tsconfig.json'] as const

/** How many builds the cache keeps: the newest few (about 5 MB each), so that switching edition or base, or a test fixture's build, does not evict the deck's; `npm test` uses seven. */
export const KEPT_BUILDS = 8

function filesUnder(root: string, dir: string): string[] {
  const at = join(root, dir)
  if (!existsSync(at))
    return []
  return readdirSync(at, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && !entry.name.startsWith('.'))
    .map(entry => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
}

/**
 * Every file the build reads from the project, as sorted project-relative
 * paths. An entry in a folder of its own (a test fixture) brings that folder.
 */
export function deckInputFiles(root: string, entry = 'slides.md'): string[] {
  const top = readdirSync(root).filter(name => /^slides(?:\..+)?\.md$/.test(name))
  const entryDir = dirname(entry)
  const own = entryDir === '.' ? [] : filesUnder(root, entryDir).filter(file => !file.split('/').includes('node_modules'))
  const files = [...top, ...own, ...INPUT_FILES.filter(name => existsSync(join(root, name))), ...INPUT_DIRS.flatMap(dir => filesUnder(root, dir))]
  return [...new Set(files)].sort()
}

export interface BuildKey {
  /** The entry Markdown, project-relative (an edition's). */
  entry: string
  /** The hosting sub-path the build is made for. */
  base: string
  /** True for a build without the speaker notes (`slidev build --without-notes`): what an audience may be sent. */
  withoutNotes?: boolean
}

/** A hash of the build's options and of every input file's path and bytes. */
export function deckInputHash(root: string, key: BuildKey): string {
  const hash = createHash('sha256')
  // A build with notes keeps the key it always had, so that existing builds stay valid.
  hash.update(JSON.stringify(key.withoutNotes ? { entry: key.entry, base: key.base, withoutNotes: true } : { entry: key.entry, base: key.base }))
  for (const file of deckInputFiles(root, key.entry)) {
    hash.update(`\0${file}\0`)
    hash.update(readFileSync(join(root, file)))
  }
  return hash.digest('hex').slice(0, 16)
}

/** Set to keep builds elsewhere (the benchmark does, so that its edits never evict the user's builds). */
export const BUILD_CACHE_ENV = 'DECK_BUILD_CACHE'

/** A partial build's folder: `<hash>.building-<pid>-<time>`. */
const BUILDING = '.building-'

/** Where the cache keeps its builds. */
export function buildCacheDir(root: string): string {
  return process.env[BUILD_CACHE_ENV] || join(root, 'node_modules', '.cache', 'sovereign-ai-deck', 'builds')
}

export interface DeckBuild {
  /** The built site (its index.html is at the top). */
  dir: string
  hash: string
  /** False when an up-to-date build was reused. */
  built: boolean
}

export interface EnsureBuildOptions extends Partial<BuildKey> {
  /** The project folder; the current folder when not given. */
  root?: string
  /** Builds the deck into an empty folder; `slidev build` when not given. */
  build?: (outDir: string, key: BuildKey) => Promise<void>
  /** Told when no cached build fits and a build starts (it takes a while). */
  onBuild?: (key: BuildKey) => void
}

/**
 * The up-to-date build of the deck: reused when one with the inputs' hash is
 * cached, built (into a temporary folder, then moved in whole) when not. A
 * build that failed leaves nothing in the cache.
 */
export async function ensureDeckBuild(options: EnsureBuildOptions = {}): Promise<DeckBuild> {
  const root = resolve(options.root ?? process.cwd())
  const key: BuildKey = { entry: options.entry ?? 'slides.md', base: options.base ?? '/', ...(options.withoutNotes ? { withoutNotes: true } : {}) }
  if (!existsSync(join(root, key.entry)))
    throw new Error(`${join(root, key.entry)} does not exist: no deck to build.`)
  const hash = deckInputHash(root, key)
  const cache = buildCacheDir(root)
  clearInterruptedBuilds(cache)
  const dir = join(cache, hash)
  if (existsSync(join(dir, 'index.html'))) {
    const now = new Date()
    utimesSync(dir, now, now)
    holdBuild(dir)
    return { dir, hash, built: false }
  }
  options.onBuild?.(key)
  mkdirSync(cache, { recursive: true })
  const temporary = join(cache, `${hash}${BUILDING}${process.pid}-${Date.now()}`)
  // Removed however the run ends, Ctrl-C included (node/on-exit.ts).
  const removeTemporary = removeOnExit(temporary)
  const build = options.build ?? ((outDir, k) => buildDeck({ dir: root, outDir, entry: k.entry, base: k.base, withoutNotes: k.withoutNotes }))
  try {
    await build(temporary, key)
    if (!existsSync(join(temporary, 'index.html')))
      throw new Error(`the build of ${key.entry} wrote no index.html`)
    // Another run may have finished the same build meanwhile: keep the one in place.
    if (!existsSync(join(dir, 'index.html'))) {
      rmSync(dir, { recursive: true, force: true })
      renameSync(temporary, dir)
    }
  }
  finally {
    removeTemporary()
  }
  holdBuild(dir)
  pruneBuilds(cache, dir)
  return { dir, hash, built: true }
}

const HOLD_PREFIX = '.in-use-'
const heldMarks = new Set<string>()

/**
 * Marks a build as in use by this process until it exits: `npm run present`,
 * an export or the tests serve it meanwhile, and another process pruning the
 * cache must not delete it under them.
 */
function holdBuild(dir: string): void {
  const mark = join(dir, `${HOLD_PREFIX}${process.pid}`)
  if (existsSync(mark))
    return
  writeFileSync(mark, '')
  // One exit listener for every mark: `export --watch` holds a build per edit.
  if (heldMarks.size === 0)
    process.once('exit', () => heldMarks.forEach(held => rmSync(held, { force: true })))
  heldMarks.add(mark)
}

/** Ends this process's hold on a build before it exits. */
export function releaseBuild(dir: string): void {
  rmSync(join(dir, `${HOLD_PREFIX}${process.pid}`), { force: true })
}

/** Whether a live process holds the build (a mark left by one that was killed does not count). */
export function buildInUse(dir: string): boolean {
  return readdirSync(dir).filter(name => name.startsWith(HOLD_PREFIX)).some(name => processAlive(Number(name.slice(HOLD_PREFIX.length))))
}

/**
 * Removes the partial builds of runs that were stopped before they could
 * (killed outright): those whose process is gone. Returns what it removed.
 */
export function clearInterruptedBuilds(cache: string): string[] {
  if (!existsSync(cache))
    return []
  const left = readdirSync(cache).filter((name) => {
    const pid = /\.building-(\d+)-/.exec(name)?.[1]
    return pid !== undefined && !processAlive(Number(pid))
  }).map(name => join(cache, name))
  for (const path of left)
    rmSync(path, { recursive: true, force: true })
  return left
}

/** Keeps the newest few builds (by last use), the one just made and any in use; removes the rest. */
function pruneBuilds(cache: string, keep: string): void {
  const complete = readdirSync(cache).filter(name => !name.includes(BUILDING)).map(name => join(cache, name)).filter(path => path !== keep).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  for (const path of complete.slice(KEPT_BUILDS - 1).filter(path => !buildInUse(path)))
    rmSync(path, { recursive: true, force: true })
}
