/**
 * Finds a Chromium for export and the browser tests, without downloading one:
 * the CHROMIUM_PATH environment variable first, then the usual system paths,
 * then a browser that Playwright's own installer put in its cache. For the
 * tests, `ensureBrowser` installs what is missing by the platform's own means.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import process from 'node:process'

export const BROWSER_ENV = 'CHROMIUM_PATH'

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

export type BrowserOrigin = 'env' | 'system' | 'playwright'

export interface FoundBrowser {
  path: string
  origin: BrowserOrigin
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

export interface FindOptions {
  env?: NodeJS.ProcessEnv
  systemPaths?: string[]
  /** Where Playwright would put its browser; injected in tests. */
  playwrightPath?: () => string | undefined
}

async function playwrightExecutable(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}

/**
 * Returns the browser to use, or undefined when none is installed.
 * A CHROMIUM_PATH that points nowhere is an error, not a reason to look elsewhere:
 * the user asked for that browser.
 */
export async function findChromium(options: FindOptions = {}): Promise<FoundBrowser | undefined> {
  const env = options.env ?? process.env
  const fromEnv = env[BROWSER_ENV]
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`${BROWSER_ENV} is set to "${fromEnv}", but no executable browser is there.`)
    return { path: fromEnv, origin: 'env' }
  }
  for (const path of options.systemPaths ?? SYSTEM_CHROMIUM_PATHS) {
    if (isExecutable(path))
      return { path, origin: 'system' }
  }
  const fromPlaywright = options.playwrightPath ? options.playwrightPath() : await playwrightExecutable()
  if (fromPlaywright && existsSync(fromPlaywright))
    return { path: fromPlaywright, origin: 'playwright' }
  return undefined
}

/** True on Debian and Ubuntu, where apt-get can install Debian's chromium. */
export function isDebianLike(osRelease = '/etc/os-release'): boolean {
  try {
    const text = readFileSync(osRelease, 'utf8')
    return /^(?:ID|ID_LIKE)=.*\b(?:debian|ubuntu)\b/m.test(text)
  }
  catch {
    return false
  }
}

/** One line that tells a person how to get a browser on this machine. */
export function missingBrowserMessage(): string {
  const install = isDebianLike()
    ? 'sudo apt-get install chromium'
    : 'npx playwright install chromium'
  return `No Chromium found. Install one with \`${install}\`, or set ${BROWSER_ENV}=/path/to/chromium.`
}

/** Flags that keep headless Chromium quiet and offline on a closed network. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** The installer's progress, on stdout. */
function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function run(command: string, args: string[]): void {
  say(`[ensure-browser] ${command} ${args.join(' ')}`)
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}

/**
 * Makes sure a Chromium and poppler's PDF tools are on the machine for the
 * browser and export tests: apt-get as root on Debian or Ubuntu, else
 * Playwright's installer. Says what it does; fails with one clear line when it
 * cannot. Returns the browser's path.
 */
export async function ensureBrowser(): Promise<string> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const canApt = isRoot && isDebianLike() && has('apt-get')
  const missing: string[] = []
  if (!(await findChromium()))
    missing.push('chromium')
  if (!has('pdffonts') || !has('pdftotext'))
    missing.push('poppler-utils')

  if (missing.length && canApt) {
    say(`[ensure-browser] missing ${missing.join(', ')}: installing with apt-get`)
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing])
  }
  else if (missing.includes('chromium')) {
    say('[ensure-browser] no Chromium found: installing Playwright\'s with `npx playwright install chromium`')
    try {
      run('npx', ['playwright', 'install', 'chromium'])
    }
    catch {
      throw new Error(missingBrowserMessage())
    }
  }

  const browser = await findChromium()
  if (!browser)
    throw new Error(missingBrowserMessage())
  if (!has('pdffonts') || !has('pdftotext'))
    throw new Error('poppler-utils (pdffonts, pdftotext) is missing: install it with `sudo apt-get install poppler-utils` (Debian/Ubuntu) or `brew install poppler` (macOS).')
  return browser.path
}
