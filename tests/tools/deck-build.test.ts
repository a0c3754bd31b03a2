import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildCacheDir, buildInUse, deckInputFiles, ensureDeckBuild, KEPT_BUILDS, releaseBuild } from '../../tools/deck-build'

let root: string
let builds: string[]

/** Stands in for `slidev build`: writes an index.html and counts the calls. */
async function fakeBuild(outDir: string): Promise<void> {
  builds.push(outDir)
  mkdirSync(outDir, { recursive: true })
  writeFileSync(join(outDir, 'index.html'), `<p>build ${builds.length}</p>`)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-build-'))
  builds = []
  writeFileSync(join(root, 'slides.md'), '# One\n')
  writeFileSync(join(root, 'package.json'), '{}')
  mkdirSync(join(root, 'data'))
  writeFileSync(join(root, 'data', 'program.yaml'), 'name: x\n')
  mkdirSync(join(root, 'tests'))
  writeFileSync(join(root, 'tests', 'a.test.ts'), '')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('the build cache', () => {
  it('lists the entries, top configs and input folders, not tests or node_modules', () => {
    writeFileSync(join(root, 'slides.en.md'), '# One\n')
    mkdirSync(join(root, 'node_modules', 'x'), { recursive: true })
    writeFileSync(join(root, 'node_modules', 'x', 'index.js'), '')
    expect(deckInputFiles(root)).toEqual(['data/program.yaml', 'package.json', 'slides.en.md', 'slides.md'])
  })

  it('builds once, then reuses the build while no input changes', async () => {
    const first = await ensureDeckBuild({ root, build: fakeBuild })
    const second = await ensureDeckBuild({ root, build: fakeBuild })
    expect(first.built).toBe(true)
    expect(second).toEqual({ ...first, built: false })
    expect(builds).toHaveLength(1)
    expect(first.dir.startsWith(buildCacheDir(root))).toBe(true)
  })

  it('rebuilds after a slide, a data file or the lockfile changes, and not after a test changes', async () => {
    const first = await ensureDeckBuild({ root, build: fakeBuild })
    writeFileSync(join(root, 'tests', 'a.test.ts'), 'changed')
    expect((await ensureDeckBuild({ root, build: fakeBuild })).built).toBe(false)
    for (const [file, text] of [['slides.md', '# Two\n'], ['data/program.yaml', 'name: y\n'], ['package-lock.json', '{}']]) {
      writeFileSync(join(root, file!), text!)
      const next = await ensureDeckBuild({ root, build: fakeBuild })
      expect(next.built, file).toBe(true)
      expect(next.hash, file).not.toBe(first.hash)
    }
    expect(builds).toHaveLength(4)
  })

  it('keys builds by entry, base and notes', async () => {
    writeFileSync(join(root, 'slides.en.md'), '# One\n')
    const keys: unknown[] = []
    const build = (outDir: string, key: unknown) => {
      keys.push(key)
      return fakeBuild(outDir)
    }
    const ko = await ensureDeckBuild({ root, build })
    const en = await ensureDeckBuild({ root, entry: 'slides.en.md', build })
    const talk = await ensureDeckBuild({ root, base: '/talk/', build })
    const audience = await ensureDeckBuild({ root, withoutNotes: true, build })
    expect(new Set([ko.hash, en.hash, talk.hash, audience.hash]).size).toBe(4)
    expect(keys.at(-1)).toEqual({ entry: 'slides.md', base: '/', withoutNotes: true })
    expect((await ensureDeckBuild({ root, build })).built).toBe(false)
    expect((await ensureDeckBuild({ root, withoutNotes: true, build })).built).toBe(false)
  })

  it('keeps nothing from a failed build, and says which entry is missing', async () => {
    const broken = async () => {
      throw new Error('slide 3 broke')
    }
    await expect(ensureDeckBuild({ root, build: broken })).rejects.toThrow('slide 3 broke')
    expect(readdirSync(buildCacheDir(root))).toEqual([])
    await expect(ensureDeckBuild({ root, entry: 'slides.fr.md', build: fakeBuild })).rejects.toThrow(/slides\.fr\.md does not exist/)
  })

  it('keeps only the newest few builds, once nothing uses the others', async () => {
    for (let i = 0; i < KEPT_BUILDS + 2; i++) {
      writeFileSync(join(root, 'slides.md'), `# Slide ${i}\n`)
      releaseBuild((await ensureDeckBuild({ root, build: fakeBuild })).dir)
    }
    expect(readdirSync(buildCacheDir(root))).toHaveLength(KEPT_BUILDS)
  })

  it('never removes a build a live process is serving, and ignores the mark of one that has ended', async () => {
    const served = await ensureDeckBuild({ root, build: fakeBuild })
    expect(buildInUse(served.dir)).toBe(true)
    writeFileSync(join(root, 'slides.md'), '# Served by a process that was killed\n')
    const orphan = await ensureDeckBuild({ root, build: fakeBuild })
    releaseBuild(orphan.dir)
    writeFileSync(join(orphan.dir, '.in-use-999999999'), '')
    expect(buildInUse(orphan.dir)).toBe(false)
    for (let i = 0; i < KEPT_BUILDS + 2; i++) {
      writeFileSync(join(root, 'slides.md'), `# Slide ${i}\n`)
      releaseBuild((await ensureDeckBuild({ root, build: fakeBuild })).dir)
    }
    expect(existsSync(served.dir)).toBe(true)
    expect(existsSync(orphan.dir)).toBe(false)
  })
})

describe('an entry in a folder of its own', () => {
  it('brings that folder\'s files into the hash', async () => {
    mkdirSync(join(root, 'fixture'))
    writeFileSync(join(root, 'fixture', 'slides.md'), '# Fixture\n')
    expect(deckInputFiles(root, 'fixture/slides.md')).toContain('fixture/slides.md')
    const first = await ensureDeckBuild({ root, entry: 'fixture/slides.md', build: fakeBuild })
    writeFileSync(join(root, 'fixture', 'slides.md'), '# Fixture, edited\n')
    const second = await ensureDeckBuild({ root, entry: 'fixture/slides.md', build: fakeBuild })
    expect(second.hash).not.toBe(first.hash)
  })
})

describe('the cache folder', () => {
  it('can be moved with DECK_BUILD_CACHE, as the benchmark does', async () => {
    const elsewhere = join(root, 'elsewhere')
    process.env.DECK_BUILD_CACHE = elsewhere
    try {
      const build = await ensureDeckBuild({ root, build: fakeBuild })
      expect(build.dir.startsWith(elsewhere)).toBe(true)
    }
    finally {
      delete process.env.DECK_BUILD_CACHE
    }
  })
})
