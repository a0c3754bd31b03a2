/**
 * Starting Chromium so that it leaves nothing behind. Every Chromium the
 * project starts (the export's CDP client, the slide checks, the screenshots,
 * the benchmark, the browser tests) gets a folder of its own in the temp
 * directory, `deck-chromium-<pid>-…`: its profile, and its TMPDIR, where
 * Chromium would otherwise leave an `org.chromium.Chromium.*` folder in the
 * system's temp directory on every run. The folder goes when the browser is
 * closed, when the process exits, and on Ctrl-C or SIGTERM (node/on-exit.ts);
 * a folder left by a run that was killed outright is removed by the next
 * launch, once its process is gone.
 */
import type { Browser, LaunchOptions } from 'playwright-core'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { QUIET_CHROMIUM_ARGS } from './browser'
import { processAlive, removeOnExit } from './on-exit'

export const SCRATCH_PREFIX = 'deck-chromium-'

/**
 * The longest TMPDIR Chromium is given: its `org.chromium.Chromium.XXXXXX/SingletonSocket`
 * (46 bytes) must fit in a socket path of 104 bytes (macOS; 108 on Linux).
 */
const MAX_TMPDIR_LENGTH = 56

export interface ChromiumScratch {
  /** The folder, removed as described above. */
  dir: string
  /** Chromium's profile (`--user-data-dir`), inside `dir`. */
  profile: string
  /** Chromium's environment: this process's, with TMPDIR inside `dir`. */
  env: NodeJS.ProcessEnv
  /** Removes the folder now. */
  remove: () => void
}

/**
 * Removes the scratch folders of runs whose process is gone: `deck-chromium-<pid>-…`
 * with a dead pid, and the older `deck-chromium-…` (no pid) once an hour old.
 * Returns the folders removed.
 */
export function clearChromiumLeftovers(dir = tmpdir(), now = Date.now()): string[] {
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir).filter(name => name.startsWith(SCRATCH_PREFIX))
  }
  catch {
    return removed
  }
  for (const name of names) {
    const path = join(dir, name)
    const pid = /^deck-chromium-(\d+)-/.exec(name)?.[1]
    try {
      const left = pid ? !processAlive(Number(pid)) : now - statSync(path).mtimeMs > 3_600_000
      if (left) {
        rmSync(path, { recursive: true, force: true })
        removed.push(path)
      }
    }
    catch {} // removed meanwhile by another run
  }
  return removed
}

/** A new scratch folder for one Chromium (see above). */
export function chromiumScratch(): ChromiumScratch {
  clearChromiumLeftovers()
  const dir = mkdtempSync(join(tmpdir(), `${SCRATCH_PREFIX}${process.pid}-`))
  const remove = removeOnExit(dir)
  const profile = join(dir, 'profile')
  const tmp = join(dir, 't')
  mkdirSync(profile)
  mkdirSync(tmp)
  // Chromium makes a socket in TMPDIR, whose path must stay short (104-108 bytes with its folder's name):
  // under a long temp directory its temporary files stay where they were.
  const env = tmp.length <= MAX_TMPDIR_LENGTH ? { ...process.env, TMPDIR: tmp } : { ...process.env }
  return { dir, profile, env, remove }
}

/**
 * A headless Chromium driven by Playwright, quiet and offline (QUIET_CHROMIUM_ARGS
 * and `args`). Playwright keeps its own profile in this process's temp
 * directory and removes it on close and exit; Chromium's own temporary files
 * go to the scratch folder, removed with the browser.
 */
export async function launchChromium(executablePath: string, args: string[] = [], options: Omit<LaunchOptions, 'executablePath' | 'args' | 'env'> = {}): Promise<Browser> {
  const scratch = chromiumScratch()
  try {
    // Loaded here, not at the top: the build and the dev server import this file for its scratch folder (the CDP
    // client that draws diagrams), and Playwright alone takes most of a second to load on 2 cores.
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ ...options, executablePath, args: [...QUIET_CHROMIUM_ARGS, ...args], env: scratch.env })
    browser.on('disconnected', scratch.remove)
    return browser
  }
  catch (error) {
    scratch.remove()
    throw error
  }
}
