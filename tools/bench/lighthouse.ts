/**
 * Lighthouse for the benchmark only (not a dependency of the deck): installed
 * once from the npm registry into node_modules/.cache, outside the lockfile,
 * then run offline as a command on a page served from this machine. Its
 * report is read down to the figures the targets name, and to what the time
 * and the bytes went to.
 */
import type { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { QUIET_CHROMIUM_ARGS } from '../../node/browser'
import { chromiumScratch } from '../../node/chromium'

export const LIGHTHOUSE_VERSION = '12.2.3'

/** Installs Lighthouse into the project's cache the first time; returns its command. */
export function ensureLighthouse(projectRoot: string): string {
  const dir = join(projectRoot, 'node_modules', '.cache', 'sovereign-ai-deck', `lighthouse-${LIGHTHOUSE_VERSION}`)
  const bin = join(dir, 'node_modules', '.bin', 'lighthouse')
  if (!existsSync(bin)) {
    console.log(`Installing lighthouse@${LIGHTHOUSE_VERSION} into ${relative(projectRoot, dir)} for the page measures`)
    mkdirSync(dir, { recursive: true })
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE_VERSION}`], { stdio: 'inherit' })
  }
  return bin
}

/** What one Lighthouse run of a page found. */
export interface LighthouseRun {
  /** Category scores, 0 to 100. */
  performance: number
  accessibility: number
  totalBlockingTimeMs: number
  /** Bytes transferred for the page, as Lighthouse counts them (total-byte-weight). */
  transferBytes: number
  firstContentfulPaintMs: number
  largestContentfulPaintMs: number
  /** Scripts by main-thread time, the largest first. */
  scripts: { url: string, totalMs: number, scriptingMs: number }[]
  /** Main-thread tasks of 50 ms or more. */
  longTasks: { url: string, startMs: number, durationMs: number }[]
  /** The largest transfers, the largest first. */
  largest: { url: string, bytes: number }[]
  /** Failed accessibility audits, by id and title. */
  accessibilityFailures: string[]
}

interface Audit { score: number | null, numericValue?: number, title?: string, details?: { items?: Record<string, unknown>[] } }
interface Report {
  categories: Record<string, { score: number | null, auditRefs?: { id: string, weight: number }[] }>
  audits: Record<string, Audit>
}

const items = (audit: Audit | undefined) => audit?.details?.items ?? []
const num = (value: unknown) => typeof value === 'number' ? value : 0
const str = (value: unknown) => typeof value === 'string' ? value : ''

/** The figures of a Lighthouse JSON report; addresses are shown relative to `origin`. */
export function readLighthouseReport(json: unknown, origin = ''): LighthouseRun {
  const report = json as Report
  const short = (url: string) => origin && url.startsWith(origin) ? url.slice(origin.length) || '/' : url
  const score = (category: string) => Math.round((report.categories[category]?.score ?? 0) * 100)
  const audit = (id: string) => report.audits[id]
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    totalBlockingTimeMs: num(audit('total-blocking-time')?.numericValue),
    transferBytes: num(audit('total-byte-weight')?.numericValue),
    firstContentfulPaintMs: num(audit('first-contentful-paint')?.numericValue),
    largestContentfulPaintMs: num(audit('largest-contentful-paint')?.numericValue),
    scripts: items(audit('bootup-time')).map(item => ({ url: short(str(item.url)), totalMs: num(item.total), scriptingMs: num(item.scripting) })),
    longTasks: items(audit('long-tasks')).map(item => ({ url: short(str(item.url)), startMs: num(item.startTime), durationMs: num(item.duration) })),
    largest: items(audit('total-byte-weight')).map(item => ({ url: short(str(item.url)), bytes: num(item.totalBytes) })),
    accessibilityFailures: (report.categories.accessibility?.auditRefs ?? [])
      .filter(ref => ref.weight > 0 && audit(ref.id)?.score !== null && (audit(ref.id)?.score ?? 1) < 1)
      .map(ref => `${ref.id}: ${audit(ref.id)?.title ?? ''}`),
  }
}

/**
 * One Lighthouse run of `url`, desktop, with no throttling (the page and the
 * machine as they are), performance and accessibility only. Resolves with its figures.
 */
export async function runLighthouse(bin: string, url: string, chromePath: string): Promise<LighthouseRun> {
  // Lighthouse's Chromium keeps its profile and temporary files in the scratch folder (node/chromium.ts).
  const scratch = chromiumScratch()
  const out = join(scratch.dir, 'report.json')
  try {
    const args = [
      url,
      `--chrome-path=${chromePath}`,
      `--chrome-flags=--headless=new ${QUIET_CHROMIUM_ARGS.join(' ')}`,
      '--preset=desktop',
      '--throttling-method=provided',
      '--only-categories=performance,accessibility',
      '--disable-full-page-screenshot',
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ]
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'], env: scratch.env })
    let errors = ''
    child.stderr.on('data', (chunk: Buffer) => errors = (errors + chunk.toString()).slice(-4000))
    const code = await new Promise<number | null>(done => child.on('exit', done))
    if (code !== 0 || !existsSync(out))
      throw new Error(`lighthouse ${url} failed (exit ${code}):\n${errors}`)
    return readLighthouseReport(JSON.parse(readFileSync(out, 'utf8')), new URL(url).origin)
  }
  finally {
    scratch.remove()
  }
}
