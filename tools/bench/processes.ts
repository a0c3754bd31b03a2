import type { ProcEntry } from './proc'
/**
 * The benchmark's processes: a command run to completion, timed, with the
 * peak memory of its process tree sampled from /proc. Every process started
 * here ends with the benchmark, Ctrl-C included (tools/slidev.ts spawnTool).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { outputTail, spawnTool } from '../slidev'
import { parseProcStat, treeRssBytes } from './proc'

export const SAMPLE_EVERY_MS = 100
export const STEP_TIMEOUT_MS = 300_000

const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096
  }
  catch {
    return 4096
  }
})()

function procSnapshot(): ProcEntry[] {
  const entries: ProcEntry[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name))
      continue
    try {
      const entry = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'))
      if (entry)
        entries.push(entry)
    }
    catch {} // the process ended between readdir and read
  }
  return entries
}

const canSampleMemory = existsSync('/proc/self/stat')

export interface Finished {
  ms: number
  peakRssBytes: number | undefined
  output: string
}

/** Runs `slidev <args>` to completion, timing it and sampling its process tree's summed RSS. */
export async function runMeasured(label: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  return runMeasuredCommand(label, join(cwd, 'node_modules', '.bin', 'slidev'), args, cwd, env)
}

/** Runs a command to completion, timing it and sampling its process tree's summed RSS. */
export async function runMeasuredCommand(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  const start = performance.now()
  const { child, output, exited, stop } = spawnTool(command, args, cwd, env)
  let peak = 0
  const sampler = canSampleMemory
    ? setInterval(() => {
        if (child.pid !== undefined)
          peak = Math.max(peak, treeRssBytes(child.pid, procSnapshot(), PAGE_SIZE))
      }, SAMPLE_EVERY_MS)
    : undefined
  const timer = setTimeout(stop, STEP_TIMEOUT_MS, 'SIGKILL')
  const code = await exited
  const ms = performance.now() - start
  clearInterval(sampler)
  clearTimeout(timer)
  if (code !== 0)
    throw new Error(`${label} failed (exit ${code}):\n${outputTail(output(), 25)}`)
  return { ms, peakRssBytes: canSampleMemory ? peak : undefined, output: output() }
}

export function dirBytes(dir: string): number {
  let total = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    total += stat.isDirectory() ? dirBytes(path) : stat.size
  }
  return total
}

export function pdfPages(pdf: string): number | undefined {
  try {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const match = /^Pages:\s+(\d+)/m.exec(info)
    return match ? Number(match[1]) : undefined
  }
  catch {
    return undefined // poppler not installed: page count is a sanity check only
  }
}

export const sleep = (ms: number) => new Promise(done => setTimeout(done, ms))
