/**
 * `npm run build` with broken data stops with the data's message alone: the
 * file, record and field, and no bundler stack trace after it. The same holds
 * for the builds export and present make (buildDeck).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DataError } from '../../lib/data/load'
import { buildDeck } from '../../tools/slidev'

const project = resolve(__dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'deck-broken-data-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A deck folder whose data has one broken field: a source's date that is not ISO. */
function brokenDeck(): string {
  const dir = join(work, 'deck')
  cpSync(join(project, 'tests/fixtures/data/valid'), join(dir, 'data'), { recursive: true })
  writeFileSync(join(dir, 'slides.md'), '# A slide\n')
  const sources = join(dir, 'data', 'sources.yaml')
  writeFileSync(sources, readFileSync(sources, 'utf8').replace(/published: 2025-06-20/, 'published: 20 June 2025'))
  return dir
}

describe('a data error stops the build with the data message alone', () => {
  const dir = brokenDeck()

  it('npm run build prints the data problem, names file, record and field, and exits 1', () => {
    const run = spawnSync(join(project, 'node_modules/.bin/tsx'), [join(project, 'tools/commands/build.ts')], { cwd: dir, encoding: 'utf8' })
    expect(run.status).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines[0]).toBe('Deck data is invalid:')
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}data\/sources\.yaml → sources\[[\w-]+\]\.published: expected an ISO date, YYYY-MM-DD, got "20 June 2025"$/)])
    expect(run.stdout).toBe('')
  }, 60_000)

  it('buildDeck (export and present) rejects with the same DataError before starting Slidev', async () => {
    const failure = await buildDeck({ dir, outDir: join(work, 'out') }).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(DataError)
    expect((failure as DataError).message).toMatch(/^Deck data is invalid:\n {2}data\/sources\.yaml → /)
  })
})
