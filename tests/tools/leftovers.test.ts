/**
 * What a stopped run leaves is cleared: a command's folders go on Ctrl-C
 * (node/on-exit.ts), and the next run removes what a run killed outright
 * left: Chromium's scratch folders (node/chromium.ts) and partial builds
 * (tools/deck-build.ts), but never those of a run still going.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clearChromiumLeftovers } from '../../node/chromium'
import { clearInterruptedBuilds } from '../../tools/deck-build'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'leftovers-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The id of a process that has ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(run.stdout)
}

/** Whether the process runs (an ended one not yet reaped, a zombie, does not). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  }
  catch {
    return false
  }
}

describe('the next run', () => {
  it('removes the Chromium scratch folders of runs that are gone, and keeps a live run\'s', () => {
    const dead = join(dir, `deck-chromium-${deadPid()}-abc123`)
    const live = join(dir, `deck-chromium-${process.pid}-def456`)
    const other = join(dir, 'someone-elses')
    for (const path of [dead, live, other])
      mkdirSync(join(path, 'profile'), { recursive: true })
    expect(clearChromiumLeftovers(dir)).toEqual([dead])
    expect(readdirSync(dir).sort()).toEqual([live, other].map(p => p.slice(dir.length + 1)).sort())
  })

  it('removes the partial builds of runs that are gone, and keeps finished builds and a live run\'s', () => {
    const names = [`0123456789abcdef.building-${deadPid()}-1700000000000`, `fedcba9876543210.building-${process.pid}-1700000000000`, '0123456789abcdef']
    for (const name of names)
      mkdirSync(join(dir, name, 'assets'), { recursive: true })
    expect(clearInterruptedBuilds(dir)).toEqual([join(dir, names[0]!)])
    expect(readdirSync(dir).sort()).toEqual(names.slice(1).sort())
  })
})

describe('a command stopped with Ctrl-C', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('removes its folders and ends what it started (%s)', async (signal) => {
    const folder = join(dir, 'work')
    const script = join(dir, 'command.ts')
    // A command with a folder to remove and a child in a process group of its own (as Chromium and Slidev are).
    writeFileSync(script, `
      import { spawn } from 'node:child_process'
      import { mkdirSync } from 'node:fs'
      import { onExit, removeOnExit } from ${JSON.stringify(resolve('node/on-exit.ts'))}
      mkdirSync(${JSON.stringify(folder)})
      removeOnExit(${JSON.stringify(folder)})
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' })
      onExit(() => process.kill(-child.pid, 'SIGKILL'))
      console.log(child.pid)
      setInterval(() => {}, 1000)
    `)
    const command = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    const childPid = await new Promise<number>(done => command.stdout.once('data', chunk => done(Number(String(chunk).trim()))))
    expect(existsSync(folder)).toBe(true)
    const exited = new Promise(done => command.once('exit', (code, sig) => done(code ?? sig)))
    command.kill(signal)
    expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143)
    expect(existsSync(folder)).toBe(false)
    await expect.poll(() => running(childPid)).toBe(false)
  }, 30_000)
})
