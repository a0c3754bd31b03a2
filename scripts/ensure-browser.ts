/**
 * Makes sure a Chromium and poppler's PDF tools are on the machine for the
 * browser and export tests, installing them by the platform's own means when
 * they are missing: apt-get as root on Debian or Ubuntu, else Playwright's
 * installer. Says what it does; fails with one clear line when it cannot.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { findChromium, isDebianLike, missingBrowserMessage } from '../lib/browser'

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function run(command: string, args: string[]): void {
  console.log(`[ensure-browser] ${command} ${args.join(' ')}`)
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}

export async function ensureBrowser(): Promise<string> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const canApt = isRoot && isDebianLike() && has('apt-get')
  const missing: string[] = []
  if (!(await findChromium()))
    missing.push('chromium')
  if (!has('pdffonts') || !has('pdftotext'))
    missing.push('poppler-utils')

  if (missing.length && canApt) {
    console.log(`[ensure-browser] missing ${missing.join(', ')}: installing with apt-get`)
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing])
  }
  else if (missing.includes('chromium')) {
    console.log('[ensure-browser] no Chromium found: installing Playwright\'s with `npx playwright install chromium`')
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

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureBrowser().then(
    path => console.log(`[ensure-browser] using ${path}`),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error))
      process.exit(1)
    },
  )
}
