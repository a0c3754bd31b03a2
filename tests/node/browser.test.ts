import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BROWSER_ENV, findChromium, isDebianLike, missingBrowserMessage } from '../../node/browser'

const dir = mkdtempSync(join(tmpdir(), 'browser-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
function fakeExecutable(name: string): string {
  const path = join(dir, name)
  writeFileSync(path, '#!/bin/sh\n')
  chmodSync(path, 0o755)
  return path
}

describe('findChromium', () => {
  it('prefers the CHROMIUM_PATH environment variable over system paths', async () => {
    const fromEnv = fakeExecutable('env-chrome')
    const system = fakeExecutable('system-chrome')
    const found = await findChromium({ env: { [BROWSER_ENV]: fromEnv }, systemPaths: [system], playwrightPath: () => undefined })
    expect(found).toEqual({ path: fromEnv, origin: 'env' })
  })

  it('rejects a CHROMIUM_PATH that points at nothing, naming the variable and the path', async () => {
    await expect(findChromium({ env: { [BROWSER_ENV]: '/nowhere/chrome' }, systemPaths: [] }))
      .rejects
      .toThrow('CHROMIUM_PATH is set to "/nowhere/chrome", but no executable browser is there.')
  })

  it('takes the first executable system path, skipping missing and non-executable files', async () => {
    const notExecutable = join(dir, 'plain-file')
    writeFileSync(notExecutable, '')
    const system = fakeExecutable('chromium')
    const found = await findChromium({ env: {}, systemPaths: ['/nowhere/chromium', notExecutable, system], playwrightPath: () => undefined })
    expect(found).toEqual({ path: system, origin: 'system' })
  })

  it('falls back to a browser Playwright installed', async () => {
    const installed = fakeExecutable('playwright-chrome')
    const found = await findChromium({ env: {}, systemPaths: [], playwrightPath: () => installed })
    expect(found).toEqual({ path: installed, origin: 'playwright' })
  })

  it('returns undefined when no browser exists anywhere', async () => {
    const found = await findChromium({ env: {}, systemPaths: ['/nowhere/chromium'], playwrightPath: () => '/nowhere/playwright/chrome' })
    expect(found).toBeUndefined()
  })
})

describe('platform detection', () => {
  it('recognises Debian and Ubuntu, and nothing else', () => {
    const debian = join(dir, 'os-debian')
    writeFileSync(debian, 'PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n')
    const mint = join(dir, 'os-mint')
    writeFileSync(mint, 'ID=linuxmint\nID_LIKE="ubuntu debian"\n')
    const fedora = join(dir, 'os-fedora')
    writeFileSync(fedora, 'ID=fedora\n')
    expect(isDebianLike(debian)).toBe(true)
    expect(isDebianLike(mint)).toBe(true)
    expect(isDebianLike(fedora)).toBe(false)
    expect(isDebianLike(join(dir, 'missing'))).toBe(false)
  })

  it('tells in one line how to get a browser', () => {
    const message = missingBrowserMessage()
    expect(message).not.toContain('\n')
    expect(message).toMatch(/apt-get install chromium|playwright install chromium/)
    expect(message).toContain(BROWSER_ENV)
  })
})
