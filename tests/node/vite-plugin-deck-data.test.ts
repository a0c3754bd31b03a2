/**
 * The Vite plugin that serves data/ as `virtual:deck-data`: valid data becomes
 * a module, broken data stops the load with the file, record and field (Vite
 * shows a plugin's load error in the terminal and in the dev overlay), and an
 * edit to a data file invalidates the module so that the views update live.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deckData } from '../../node/vite-plugin-deck-data'

const fixture = resolve(__dirname, '../fixtures/data/valid')
const work = mkdtempSync(join(tmpdir(), 'deck-plugin-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function copyOfFixture(name: string): string {
  const dir = join(work, name)
  cpSync(fixture, dir, { recursive: true })
  return dir
}

/** Calls the plugin's hooks with the little of Rollup's context they use. */
function run(dir: string) {
  const plugin = deckData(dir)
  const watched: string[] = []
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (error: { message: string }) => {
      throw Object.assign(new Error(error.message), { plugin: 'deck-data' })
    },
  }
  const hook = <T>(h: unknown) => (typeof h === 'function' ? h : (h as { handler: T }).handler) as T
  const resolved = hook<(id: string) => string | undefined>(plugin.resolveId).call(context, 'virtual:deck-data')
  const load = () => hook<(id: string) => string | undefined>(plugin.load).call(context, resolved!)
  return { plugin, resolved, load, watched, hook }
}

describe('the deck-data Vite plugin', () => {
  it('serves valid data as a module and watches every data file', () => {
    const { resolved, load, watched } = run(copyOfFixture('valid'))
    expect(resolved).toBe('\0virtual:deck-data')
    const code = load()!
    expect(code.startsWith('export default ')).toBe(true)
    expect(JSON.parse(code.slice('export default '.length)).consortia.map((c: { id: string }) => c.id)).toEqual(['naver-cloud', 'upstage', 'skt', 'nc-ai', 'lg', 'kakao', 'kt', 'kaist', 'konan', 'motif', 'lunit', 'bionexus', 'sionic', 'junctionmed', 'pion'])
    expect(watched.map(f => f.split('/').pop()).sort()).toEqual(['as-of.yaml', 'consortia.yaml', 'ecosystem.yaml', 'essay.yaml', 'glossary.yaml', 'program.yaml', 'record.yaml', 'sources.yaml', 'talk.yaml', 'timeline.yaml'])
  })

  it('stops the load with file, record and field when the data is broken', () => {
    const dir = copyOfFixture('broken')
    const program = join(dir, 'program.yaml')
    const text = readFileSync(program, 'utf8')
    const broken = text.replace('      teams: 10\n      eliminated: 5', '      teams: 9\n      eliminated: 5')
    expect(broken).not.toBe(text)
    writeFileSync(program, broken)
    const { load } = run(dir)
    expect(load).toThrow('data/program.yaml → program.stages[document-review].teams: states 9, but consortia.yaml gives 10')
  })

  it('invalidates the data module when a data file changes, and ignores other files', () => {
    const dir = copyOfFixture('hot')
    const { plugin, hook } = run(dir)
    const module = { id: '\0virtual:deck-data' }
    const invalidated: unknown[] = []
    const server = {
      moduleGraph: {
        getModuleById: (id: string) => (id === module.id ? module : undefined),
        invalidateModule: (m: unknown) => invalidated.push(m),
      },
    }
    const handleHotUpdate = hook<(ctx: { file: string, server: typeof server }) => unknown>(plugin.handleHotUpdate)
    expect(handleHotUpdate({ file: join(dir, 'slides.md'), server })).toBeUndefined()
    expect(handleHotUpdate({ file: join(dir, 'timeline.yaml'), server })).toEqual([module])
    expect(invalidated).toEqual([module])
  })

  it('sends the problem to the dev overlay, also to a browser that connects later, and forgets it once a data file changes', () => {
    const dir = copyOfFixture('overlay')
    const sources = join(dir, 'sources.yaml')
    writeFileSync(sources, readFileSync(sources, 'utf8').replace('publisher: Example News', 'publisher: ""'))
    const { plugin, load, hook } = run(dir)
    const sent: { type: string, err?: { message: string, id?: string } }[] = []
    let onConnection = () => {}
    const server = {
      ws: {
        send: (payload: (typeof sent)[number]) => sent.push(payload),
        on: (event: string, listener: () => void) => {
          if (event === 'connection')
            onConnection = listener
        },
      },
      moduleGraph: { getModuleById: () => ({ id: '\0virtual:deck-data' }), invalidateModule: () => {} },
    }
    hook<(s: typeof server) => void>(plugin.configureServer)(server)
    expect(load).toThrow('data/sources.yaml → sources[src-call].publisher: expected non-empty text, got ""')
    expect(sent).toEqual([{ type: 'error', err: expect.objectContaining({ id: sources, message: expect.stringContaining('sources[src-call].publisher') }) }])
    onConnection()
    expect(sent).toHaveLength(2)
    hook<(ctx: { file: string, server: typeof server }) => unknown>(plugin.handleHotUpdate)({ file: sources, server })
    onConnection()
    expect(sent).toHaveLength(2)
  })
})
