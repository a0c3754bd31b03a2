/**
 * The commands leave nothing in the temp directory: an export, a contact
 * sheet, and an export stopped with Ctrl-C each run with a temp directory of
 * their own (TMPDIR), compared before and after, with no process of theirs
 * left running. What may stay is named: the compile caches of tsx, of jiti
 * (which Slidev loads its config with) and of Node itself (node-compile-cache,
 * which npm turns on under Node 22 and later), one folder each that every run
 * reuses, as node_modules/.cache is.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'

const REUSED_CACHES = [`tsx-${userInfo().uid}`, 'jiti', 'node-compile-cache']
const made: string[] = []
afterAll(() => made.forEach(dir => rmSync(dir, { recursive: true, force: true })))

/** A fresh temp directory for one command (a short path, as the system's is), and its output folder. */
function fresh() {
  const [tmp, out] = ['dt-', 'do-'].map(prefix => mkdtempSync(join(tmpdir(), prefix)))
  made.push(tmp!, out!)
  return { tmp: tmp!, out: out! }
}

function npmRun(script: string, args: string[], tmp: string): ChildProcess {
  // In a process group of its own, as a terminal runs a command: Ctrl-C goes to the whole group.
  return spawn('npm', ['run', script, '--', ...args], { env: { ...process.env, TMPDIR: tmp }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
}

async function finished(child: ChildProcess): Promise<{ status: number | string, output: string }> {
  let output = ''
  const keep = (chunk: string) => {
    output += chunk
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const status = await new Promise<number | string>(done => child.once('exit', (code, signal) => done(code ?? signal!)))
  return { status, output }
}

/** What the command left in its temp directory, the reused caches aside. */
function left(tmp: string): string[] {
  return readdirSync(tmp).filter(name => !REUSED_CACHES.includes(name))
}

/** Processes still running that were started with `dir` on their command line (Chromium names its profile there). */
function processesUsing(dir: string): string[] {
  return readdirSync('/proc').filter(name => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
      return command.includes(dir) && !/^\d+ \(.*\) Z/.test(stat) ? [`${pid}: ${command.slice(0, 120)}`] : []
    }
    catch {
      return [] // ended meanwhile
    }
  })
}

describe('the temp directory before and after a command', () => {
  // Each command runs to its end with a temp directory of its own, empty before.
  const commands = [
    { name: 'an export', script: 'export', args: (out: string) => ['--output', join(out, 'deck.pdf')], writes: ['deck.pdf'] },
    { name: 'a contact sheet', script: 'contact-sheet', args: (out: string) => ['--lang', 'en', '--light', '--out', out], writes: ['contact-sheet.en.png'] },
  ]
  for (const { name, script, args, writes } of commands) {
    it(`${name} leaves nothing`, async () => {
      const { tmp, out } = fresh()
      expect(readdirSync(tmp)).toEqual([])
      const run = await finished(npmRun(script, args(out), tmp))
      expect(run.status, run.output).toBe(0)
      expect(readdirSync(out)).toEqual(writes)
      expect(left(tmp)).toEqual([])
      expect(processesUsing(tmp)).toEqual([])
    }, 300_000)
  }

  it('an export stopped with Ctrl-C while Chromium prints leaves nothing, and no process', async () => {
    const { tmp, out } = fresh()
    const child = npmRun('export', ['--output', join(out, 'deck.pdf')], tmp)
    const run = finished(child)
    // Stopped once its Chromium has started (its scratch folder is there).
    await expect.poll(() => readdirSync(tmp).some(name => name.startsWith('deck-chromium-')), { timeout: 240_000, interval: 50 }).toBe(true)
    process.kill(-child.pid!, 'SIGINT')
    const { status } = await run
    expect(status).not.toBe(0)
    await expect.poll(() => processesUsing(tmp), { timeout: 10_000 }).toEqual([])
    expect(left(tmp)).toEqual([])
    expect(readdirSync(out)).toEqual([])
  }, 300_000)
})
