import type { LighthouseRun } from './lighthouse'
import type { Finished } from './processes'
/**
 * The benchmark's comparisons: the export race (the deck's export, warm and
 * after an edit, against Slidev's own exporter and Marp CLI on a text copy of
 * the slides in the same typeface), and the pages Lighthouse measures (the
 * built deck's and Marp's HTML of the same slides).
 */
import type { Exporter, MeasuredPage } from './result'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { loadDeck } from '../../node/deck-slides'
import { BUILD_CACHE_ENV } from '../deck-build'
import { deckFontFiles } from '../deck-fonts'
import { DEFAULT_EXPORT_TIMEOUT_MS } from '../print/export-deck'
import { EXPORT_STEPS_ENV } from '../print/steps'
import { outputTail } from '../slidev'
import { serveStatic } from '../static-server'
import { CACHE_ENV, editTargets } from './copies'
import { markSlideHeading } from './edit'
import { ensureLighthouse, runLighthouse } from './lighthouse'
import { marpDeckMarkdown } from './marp-deck'
import { runMeasured, runMeasuredCommand } from './processes'
import { MEASURED_PAGES } from './result'

const MARP_VERSION = '4.5.1'
const MARP_CLI = `@marp-team/marp-cli@${MARP_VERSION}`

/**
 * Marp CLI for the benchmark only (not a dependency of the deck): installed
 * once from the npm registry into node_modules/.cache, outside the lockfile.
 */
export function ensureMarp(projectRoot: string): string {
  const dir = join(projectRoot, 'node_modules', '.cache', 'sovereign-ai-deck', `marp-cli-${MARP_VERSION}`)
  const bin = join(dir, 'node_modules', '.bin', 'marp')
  if (!existsSync(bin)) {
    console.log(`Installing ${MARP_CLI} into ${relative(projectRoot, dir)} for the export comparison`)
    mkdirSync(dir, { recursive: true })
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', MARP_CLI], { stdio: 'inherit' })
  }
  return bin
}

/** Marp's HTML of the same slides' text, in the same typeface (its font files beside it), in `dir`, ready to serve. */
async function writeMarpHtml(projectRoot: string, dir: string, deckDir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const { slides } = await loadDeck(join(deckDir, 'slides.md'))
  const fonts = deckFontFiles(projectRoot).map((font) => {
    cpSync(font.file, join(dir, basename(font.file)))
    return { weight: font.weight, url: `./${basename(font.file)}` }
  })
  writeFileSync(join(dir, 'deck.md'), marpDeckMarkdown(slides, DECK_FONT_FAMILY, fonts))
  const done = await runMeasuredCommand('marp html', ensureMarp(projectRoot), ['deck.md', '--output', 'index.html'], dir)
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`marp wrote no index.html:\n${outputTail(done.output)}`)
}

/** The slide showing the funding structure (the one that places <FundingDiagram />). */
async function fundingSlide(deckDir: string): Promise<number | undefined> {
  const { slides } = await loadDeck(join(deckDir, 'slides.md'))
  return slides.find(slide => /<FundingDiagram\b/.test(slide.content))?.no
}

/** The four pages Lighthouse measures, each with its address on its own static server. */
export async function preparePages(projectRoot: string, work: string, deckDir: string, deckDist: () => string) {
  const lighthouse = ensureLighthouse(projectRoot)
  const marpDir = join(work, 'marp-html')
  await writeMarpHtml(projectRoot, marpDir, deckDir)
  const funding = await fundingSlide(deckDir)
  const paths: Record<MeasuredPage, string | undefined> = {
    deckFirst: '/1',
    deckFunding: funding ? `/${funding}` : undefined,
    // Marp's HTML shows slide N at #N.
    marpFirst: '/#1',
    marpFunding: funding ? `/#${funding}` : undefined,
  }
  return {
    lighthouse,
    paths,
    /** One Lighthouse run of each page, in an order that starts elsewhere each run. */
    measure: async (run: number, chromium: string): Promise<Partial<Record<MeasuredPage, LighthouseRun>>> => {
      // Compressed, as `npm run present` and `npm run preview` serve the deck (tools/compressed-files.ts); Marp's HTML alike.
      const deck = await serveStatic(deckDist(), { compress: true })
      const marp = await serveStatic(marpDir, { compress: true })
      try {
        const pages = MEASURED_PAGES.filter(page => paths[page])
        const turn = [...pages.slice(run % pages.length), ...pages.slice(0, run % pages.length)]
        const runs: Partial<Record<MeasuredPage, LighthouseRun>> = {}
        for (const page of turn) {
          const server = page.startsWith('deck') ? deck : marp
          runs[page] = await runLighthouse(lighthouse, new URL(paths[page]!.slice(1), server.url).toString(), chromium)
        }
        return runs
      }
      finally {
        await deck.close()
        await marp.close()
      }
    },
  }
}

/** The four exporters, ready to run: each call exports the deck (or Marp's text copy of it) to `pdf`. */
export async function prepareExportRace(projectRoot: string, work: string, deckDir: string, chromium: string) {
  const marp = ensureMarp(projectRoot)
  const marpDir = join(work, 'marp')
  // Marp's Chromium leaves a `marp-cli-*` folder in its TMPDIR on every export: it gets one inside the work folder, removed with it.
  const marpTemp = join(work, 'marp-tmp')
  mkdirSync(marpDir, { recursive: true })
  mkdirSync(marpTemp, { recursive: true })
  const { slides } = await loadDeck(join(deckDir, 'slides.md'))
  const fonts = deckFontFiles(projectRoot).map(font => ({ weight: font.weight, url: pathToFileURL(font.file).href }))
  writeFileSync(join(marpDir, 'deck.md'), marpDeckMarkdown(slides, DECK_FONT_FAMILY, fonts))
  const edit = (await editTargets(deckDir))[0]
  if (!edit)
    throw new Error('no slide heading to edit for the "export after an edit" measure')
    // The copy's builds go to a cache of their own: its edits would otherwise evict the user's builds.
  const cache = { [BUILD_CACHE_ENV]: join(work, 'build-cache') }
  // The export reports how long each of its steps took (tools/print/steps.ts).
  const ours = (label: string, pdf: string) => runMeasuredCommand(label, process.execPath, ['--import', 'tsx', 'tools/commands/export.ts', '--output', pdf], deckDir, { ...cache, [EXPORT_STEPS_ENV]: '1' })
  return {
    run: async (exporter: Exporter, pdf: string, tag: string): Promise<Finished> => {
      if (exporter === 'warm')
        return ours('export, build up to date', pdf)
      if (exporter === 'edited') {
        const original = readFileSync(edit.file, 'utf8')
        writeFileSync(edit.file, markSlideHeading(original, edit.line, edit.title, `bench${tag}${Math.random().toString(36).slice(2, 8)}`))
        try {
          return await ours('export after an edit', pdf)
        }
        finally {
          writeFileSync(edit.file, original)
        }
      }
      if (exporter === 'slidev')
        return runMeasured('slidev export', ['export', '--executable-path', chromium, '--output', pdf, '--timeout', String(DEFAULT_EXPORT_TIMEOUT_MS)], deckDir, { [CACHE_ENV]: '.bench-vite-cache/export' })
      return runMeasuredCommand('marp', marp, ['deck.md', '--pdf', '--allow-local-files', '--output', pdf], marpDir, { CHROME_PATH: chromium, TMPDIR: marpTemp })
    },
  }
}
