import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('npm run export without a usable browser', () => {
  it('stops with one clear line, not a stack trace', () => {
    const result = spawnSync('npx', ['tsx', 'tools/commands/export.ts', '--output', '/tmp/never.pdf'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' },
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.split('\n').filter(line => line.trim() && !line.startsWith('npm warn'))
    expect(lines).toEqual(['CHROMIUM_PATH is set to "/nowhere/chromium", but no executable browser is there.'])
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  }, 60_000)
})
