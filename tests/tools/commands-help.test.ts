/**
 * Every command of the project answers `npm run <command> -- --help` with its
 * options and stops there (exit 0, nothing started), and an unknown option is
 * a clear error (exit 2) that names it and says where the options are listed.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const COMMANDS = ['dev', 'build', 'preview', 'present', 'export', 'diagrams', 'check:slides', 'contact-sheet', 'bench', 'screenshot'] as const

/** `npm run <script> -- <args>`, as a user types it; resolves with its exit code and output. */
function npmRun(script: string, args: string[]): Promise<{ status: number | null, stdout: string, stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('exit', status => done({ status, stdout, stderr }))
  })
}

describe('npm run <command> -- --help', () => {
  it('names a script for each command', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts)
    expect(scripts).toEqual(expect.arrayContaining([...COMMANDS]))
  })

  // Each runs a command of its own, mostly starting Node: run side by side, they take half the time on 2 cores.
  it.concurrent.for(COMMANDS)('%s prints its usage and options, and stops', { timeout: 60_000 }, async (command, { expect }) => {
    const run = await npmRun(command, ['--help'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toBe(`Usage: npm run ${command} [-- options]${command === 'screenshot' ? ' [SLIDE[:CLICKS] …]' : ''}`)
    expect(lines).toContain('Options:')
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}-h, --help +Prints this help and stops\.$/)]))
    // At least one option of its own, each with a line of help.
    expect(lines.filter(line => /^ {2}--[a-z-]+(?: \S+)? {2,}\S/.test(line)).length).toBeGreaterThan(0)
  })

  it.concurrent.for(COMMANDS.filter(command => command !== 'dev' && command !== 'build'))('%s refuses an unknown option, naming it', { timeout: 60_000 }, async (command, { expect }) => {
    const run = await npmRun(command, ['--no-such-option'])
    expect(run.status).toBe(2)
    expect(run.stderr.trim()).toBe(`Unknown option '--no-such-option'. \`npm run ${command} -- --help\` lists the options.`)
  })
})
