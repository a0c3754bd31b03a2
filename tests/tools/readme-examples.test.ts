/**
 * Every example of a command's output in the README is what the command
 * prints: each block after an `<!-- example: NAME -->` marker is compared
 * with the output of the scenario the README describes beside it.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { noticeShownLate, showingDay } from '../../tools/shown-late'

const root = resolve(__dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'readme-examples-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The README's examples, by marker name. */
function readmeExamples(): Map<string, string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  return new Map([...readme.matchAll(/<!-- example: ([\w-]+) -->\n```\n([\s\S]*?)\n```/g)].map(([, name, text]) => [name!, text!]))
}

/** A project folder with the real data, changed by `edit` (file name, text) => text. */
function deckWithData(name: string, edit: (file: string, text: string) => string): string {
  const dir = join(work, name)
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true })
  for (const file of ['consortia.yaml', 'as-of.yaml']) {
    const path = join(dir, 'data', file)
    writeFileSync(path, edit(file, readFileSync(path, 'utf8')))
  }
  return dir
}

/** What `npm run <command>` prints to its error stream, run in `dir` (the command's own module, as npm runs it). */
function commandErrors(command: string, dir: string, env: Record<string, string> = {}): string {
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/esm/index.mjs')).href, join(root, 'tools/commands', `${command}.ts`)], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 })
  expect(run.status, run.stderr).toBe(1)
  return run.stderr.trim()
}

const scenarios: Record<string, () => Promise<string> | string> = {
  // `npm run build` with a date written 2025/08/04 in a history entry (Upstage's selection).
  'data-error': () => commandErrors('build', deckWithData('data-error', (file, text) => file === 'consortia.yaml'
    ? text.replace(/(id: upstage[\s\S]*?)date: 2025-08-04, stage: selection/, '$1date: 2025/08/04, stage: selection')
    : text)),
  // `npm run build` with the as-of date moved to 2027-03-15.
  'as-of': () => commandErrors('build', deckWithData('as-of', (file, text) => file === 'as-of.yaml' ? text.replace(/^asOf: .*$/m, 'asOf: 2027-03-15') : text)),
  // The line `npm run present`, `dev` and `export` print with DECK_TODAY=2027-03-08 (the function they call).
  'shown-late': async () => {
    const lines: string[] = []
    await noticeShownLate(root, showingDay({ DECK_TODAY: '2027-03-08' }), line => lines.push(line))
    return lines.join('\n')
  },
  // `DECK_TODAY=2027-02-30 npm run export`.
  'deck-today': () => commandErrors('export', root, { DECK_TODAY: '2027-02-30' }),
}

describe('the README\'s examples of what a command prints', () => {
  const examples = readmeExamples()

  it('each has a scenario here, and each scenario an example there', () => {
    expect([...examples.keys()].sort()).toEqual(Object.keys(scenarios).sort())
  })

  it.each(Object.keys(scenarios))('%s is what the command prints', async (name) => {
    expect(await scenarios[name]!()).toBe(examples.get(name))
  }, 60_000)
})
