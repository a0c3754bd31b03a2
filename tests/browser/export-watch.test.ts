/**
 * `npm run export -- --watch` on a copy of the project with a three-slide
 * deck (never the user's slides): the first PDF, a fresh one after a saved
 * edit to a slide, the last good PDF kept when the data is broken (with the
 * file named), and after Ctrl-C (SIGINT to its process group, as a terminal
 * sends it) no process of its group and no temporary folder left behind.
 */
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'deck-export-watch-'))
const project = join(work, 'project')
const pdf = join(work, 'deck.pdf')
const slidesFile = join(project, 'slides.md')
const programFile = join(project, 'data', 'program.yaml')
/**
 * The watch's own temporary folder (TMPDIR): Chromium's profile and anything else it makes there must be gone after
 * it ends. A short path, as the system's is: under a long one Chromium keeps its socket folder in the system's (node/chromium.ts).
 */
const temp = mkdtempSync(join(tmpdir(), 'dw-'))

function deck(secondTitle: string): string {
  return [
    '---',
    'theme: none',
    'title: export watch test',
    'fonts:',
    '  provider: none',
    '  sans: Pretendard',
    'htmlAttrs:',
    '  lang: ko',
    'colorSchema: light',
    '---',
    '',
    '# 첫 장',
    '',
    '<AsOf />',
    '',
    '---',
    '',
    `# ${secondTitle}`,
    '',
    '본문',
    '',
    '---',
    '',
    '# 마지막 장',
    '',
  ].join('\n')
}

function prepareCopy(): void {
  const skip = /^\/(?:node_modules|\.git|dist|bench|test-results|\.slidev|slides-export|coverage)(?:\/|$)|\.(?:pdf|pptx)$/
  cpSync(root, project, { recursive: true, filter: source => !skip.test(source.slice(root.length)) })
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir')
  writeFileSync(slidesFile, deck('두 번째 장'))
}

let watcher: ChildProcess
let output = ''
let exitCode: Promise<number | null>

/** Waits until the watch has printed `count` lines matching `pattern`; fails with what it printed. */
async function waitForLines(pattern: RegExp, count: number, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const lines = output.split('\n').filter(line => pattern.test(line))
    if (lines.length >= count)
      return lines[count - 1]!
    if (watcher.exitCode !== null || watcher.signalCode !== null)
      throw new Error(`export --watch ended (${watcher.exitCode ?? watcher.signalCode}) before printing ${pattern}:\n${output}`)
    if (Date.now() > deadline)
      throw new Error(`export --watch printed no line matching ${pattern} (${count}) within ${timeoutMs / 1000} s:\n${output}`)
    await new Promise(done => setTimeout(done, 200))
  }
}

const pdfText = () => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
const EXPORTED = /deck\.pdf \(3 pages\) in [\d.]+ s/

beforeAll(() => {
  prepareCopy()
  // What `npm run export` runs (package.json), without npm in between: npm itself ends by the signal it was sent.
  watcher = spawn(process.execPath, ['--import', 'tsx', 'tools/commands/export.ts', '--watch', '--output', pdf], {
    cwd: project,
    env: { ...process.env, DECK_BUILD_CACHE: join(work, 'builds'), TMPDIR: temp },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  for (const stream of [watcher.stdout!, watcher.stderr!]) {
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => (output += chunk))
  }
  exitCode = new Promise(done => watcher.on('exit', code => done(code)))
})

afterAll(() => {
  try {
    process.kill(-watcher.pid!, 'SIGKILL')
  }
  catch {} // ended, as the last test expects
  rmSync(work, { recursive: true, force: true })
  rmSync(temp, { recursive: true, force: true })
})

describe('npm run export -- --watch', () => {
  it('writes the PDF, then a fresh one after a saved edit to a slide', async () => {
    await waitForLines(EXPORTED, 1, 240_000)
    expect(pdfText()).toContain('두 번째 장')
    writeFileSync(slidesFile, deck('고친 제목'))
    const line = await waitForLines(EXPORTED, 2, 180_000)
    expect(line).toContain('after a change to slides.md')
    const text = pdfText()
    expect(text).toContain('고친 제목')
    expect(text).not.toContain('두 번째 장')
  }, 420_000)

  it('keeps the last good PDF when an edit breaks the data, and says which file', async () => {
    const before = readFileSync(pdf)
    writeFileSync(programFile, `${readFileSync(programFile, 'utf8')}\nbroken: [not closed\n`)
    const line = await waitForLines(/not exported after a change to data\/program\.yaml/, 1, 60_000)
    expect(line).toContain('the last good export')
    expect(output).toMatch(/data\/program\.yaml → \(file\): not valid YAML/)
    expect(readFileSync(pdf).equals(before)).toBe(true)
  }, 120_000)

  it('leaves no process and no temporary folder behind after Ctrl-C', async () => {
    process.kill(-watcher.pid!, 'SIGINT')
    const code = await Promise.race([exitCode, new Promise(done => setTimeout(done, 30_000, 'still running'))])
    expect(code, output).toBe(0)
    // Nothing of its process group (its Chromium and Chromium's helpers) is left.
    await new Promise(done => setTimeout(done, 500))
    expect(() => process.kill(-watcher.pid!, 0)).toThrow(/ESRCH/)
    // tsx's and jiti's compile caches stay by design (every later run reuses them, a one-shot export's too).
    expect(readdirSync(temp).filter(name => !/^(?:tsx-\d+|jiti)$/.test(name))).toEqual([])
    const builds = join(work, 'builds')
    expect(existsSync(builds) ? readdirSync(builds).filter(name => name.includes('.building-')) : []).toEqual([])
  }, 60_000)
})
