// @vitest-environment happy-dom
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import mermaid from 'mermaid'
import { afterEach, describe, expect, it } from 'vitest'
import { loadDeckData } from '../../node/load-data'
import { GENERATED_MARKER, writeDiagrams } from '../../tools/write-diagrams'

const fixtureData = () => loadDeckData(resolve(__dirname, '../fixtures/data/valid'))

const dirs: string[] = []
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'diagrams-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach(dir => rmSync(dir, { recursive: true, force: true })))

describe('writeDiagrams', () => {
  it('writes one marked .mmd file per diagram, each still valid Mermaid, and rewrites its own files', async () => {
    const dir = join(tempDir(), 'out')
    writeDiagrams(fixtureData(), dir)
    expect(readdirSync(dir).sort()).toEqual(['ecosystem-now.mmd', 'ecosystem.mmd', 'funding.mmd', 'race-essay.mmd'])
    const text = readFileSync(join(dir, 'ecosystem.mmd'), 'utf8')
    expect(text).toContain(GENERATED_MARKER)
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
    // The funding sankey draws in Mermaid as written: its words ride in a comment line Mermaid skips.
    const sankey = readFileSync(join(dir, 'funding.mmd'), 'utf8')
    expect(sankey).toContain(GENERATED_MARKER)
    await expect(mermaid.parse(sankey)).resolves.toMatchObject({ diagramType: 'sankey' })
    expect(() => writeDiagrams(fixtureData(), dir)).not.toThrow()
  })

  it('never overwrites a file someone else wrote', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'ecosystem.mmd'), 'flowchart LR\n  mine --> yours\n')
    expect(() => writeDiagrams(fixtureData(), dir)).toThrow(/Not overwriting .*ecosystem\.mmd/)
    expect(readFileSync(join(dir, 'ecosystem.mmd'), 'utf8')).toBe('flowchart LR\n  mine --> yours\n')
    expect(readdirSync(dir)).toEqual(['ecosystem.mmd'])
  })
})

describe('npm run diagrams', () => {
  it('prints every diagram to stdout with --stdout, from the live data', () => {
    const out = execFileSync('npx', ['tsx', 'tools/commands/diagrams.ts', '--stdout'], { encoding: 'utf8' })
    for (const id of ['race-essay', 'funding', 'ecosystem', 'ecosystem-now'])
      expect(out).toContain(`%% ${id}: <`)
    // The three flowcharts carry accTitle in their text; the sankey's grammar has none (its title rides in its comment line).
    expect(out.match(/accTitle: /g)).toHaveLength(3)
  }, 60_000)
})
