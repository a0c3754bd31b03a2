/**
 * The bench's copy of a project keeps the project's own Vite config and adds
 * its overrides (a cache folder of its own, the linked node_modules allowed):
 * a copy whose config does not load measures nothing.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadConfigFromFile } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { copyProject } from '../../../tools/bench/copies'

const work = mkdtempSync(join(tmpdir(), 'deck-bench-copy-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('a copy of the project for the bench', () => {
  it('loads the project\'s Vite config with the bench\'s overrides merged in', async () => {
    const project = join(work, 'project')
    mkdirSync(project)
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir')
    writeFileSync(join(project, 'vite.config.ts'), `import { defineConfig } from 'vite'\n\nexport default defineConfig({ define: { __PROJECT_CONFIG__: '1' } })\n`)
    const copy = join(work, 'copy')
    copyProject(project, copy)
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, join(copy, 'vite.config.ts'), copy, 'silent')
    expect(loaded?.config.define).toEqual({ __PROJECT_CONFIG__: '1' })
    expect(loaded?.config.server?.fs?.allow).toEqual([realpathSync(join(project, 'node_modules'))])
  }, 60_000)
})
