import { spawnSync } from 'node:child_process'
/**
 * `npm run present` runs tools/commands/present.ts compiled once (tools/commands/present-start.mjs):
 * tried in a copy of the tools, it compiles on the first start, reuses the
 * compiled module while no source changed, and compiles again after an edit.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const project = resolve(__dirname, '../..')
let copy: string
const compiled = () => join(copy, 'node_modules', '.cache', 'sovereign-ai-deck', 'present', 'present.mjs')

function start(): { status: number | null, stderr: string } {
  const run = spawnSync(process.execPath, ['tools/commands/present-start.mjs', '--lang', 'xx'], { cwd: copy, encoding: 'utf8', timeout: 60_000 })
  return { status: run.status, stderr: run.stderr }
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'present-start-'))
  for (const dir of ['tools', 'setup', 'lib', 'node'])
    cpSync(join(project, dir), join(copy, dir), { recursive: true })
  mkdirSync(join(copy, 'node_modules'))
  for (const name of ['esbuild', 'ws', 'uqr', 'yaml', 'zod'])
    symlinkSync(join(project, 'node_modules', name), join(copy, 'node_modules', name))
})
afterAll(() => rmSync(copy, { recursive: true, force: true }))

describe('tools/commands/present-start.mjs', () => {
  it('compiles the command once, reuses it, and compiles again after a source changed', () => {
    const first = start()
    expect(first.status).toBe(2)
    expect(first.stderr).toContain('--lang xx: no such edition')
    const inputs = JSON.parse(readFileSync(join(compiled(), '..', 'inputs.json'), 'utf8')) as { files: string[] }
    expect(inputs.files).toEqual(expect.arrayContaining(['tools/commands/present.ts', 'tools/present/remote-server.ts', 'setup/relay/protocol.ts']))
    const builtAt = statSync(compiled()).mtimeMs

    expect(start().stderr).toContain('--lang xx: no such edition')
    expect(statSync(compiled()).mtimeMs).toBe(builtAt)

    const edition = join(copy, 'tools', 'edition.ts')
    writeFileSync(edition, readFileSync(edition, 'utf8').replace('no such edition', 'no edition by that name'))
    const edited = start()
    expect(edited.stderr).toContain('--lang xx: no edition by that name')
    expect(statSync(compiled()).mtimeMs).toBeGreaterThan(builtAt)
  }, 120_000)
})
