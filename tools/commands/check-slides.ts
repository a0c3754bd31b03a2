/**
 * `npm run check:slides [-- --lang ko|en] [--dist <built deck>] [--entry slides.md] [--mode light|dark] [--plan]`
 * Prints the talk's time plan against its slot (node/talk-plan.ts; `--plan`:
 * only that, no browser). Builds the deck (unless --dist names a build), walks
 * every slide at every click step in light and dark mode, and prints what fails
 * where, with screenshots, then every slide's words against its word budget
 * (tools/talk/word-budget.ts). Exits 1 when a slide fails or the talk runs over
 * its slot, 2 when the checks could not run.
 */
import type { ColorMode } from '../slide-checks/types'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { findChromium, missingBrowserMessage } from '../../node/browser'
import { launchChromium } from '../../node/chromium'
import { loadDeck } from '../../node/deck-slides'
import { removeOnExit } from '../../node/on-exit'
import { deckSlotProblem, formatPlanReport, planOfSlides } from '../../node/talk-plan'
import { runCommand, UsageError } from '../command'
import { editionEntry, LANG_OPTION, parseEdition } from '../edition'
import { formatReport } from '../slide-checks/report'
import { checkDeck } from '../slide-checks/run'
import { buildDeck } from '../slidev'
import { serveStatic } from '../static-server'
import { formatWordReport, wordCounts } from '../talk/word-budget'

runCommand({
  run: 'npm run check:slides',
  summary: 'Builds the deck and checks every slide at every click step, light and dark: fit, overlap, contrast, accessibility, word budgets. Exits 1 when a slide fails, 2 when the checks could not run.',
  failureCode: 2,
  options: {
    lang: LANG_OPTION,
    dist: { type: 'string', value: 'DIR', help: 'Check this built deck instead of building one.' },
    entry: { type: 'string', value: 'FILE', help: 'Another deck\'s entry Markdown (instead of --lang).' },
    mode: { type: 'string', multiple: true, value: 'light|dark', help: 'Check only this colour mode (default: both).' },
    plan: { type: 'boolean', help: 'Print the time plan only (no browser) and exit 1 when the talk runs over its slot.' },
  },
}, async ({ values }) => {
  // --lang picks the edition's entry (Korean by default); --entry names another deck.
  const entryFile = values.entry ?? editionEntry(parseEdition(values.lang))
  const entry = resolve(entryFile)
  const modes = (values.mode?.length ? values.mode : ['light', 'dark']) as ColorMode[]
  if (modes.some(m => m !== 'light' && m !== 'dark'))
    throw new UsageError('--mode is light or dark')
  const deck = await loadDeck(entry)
  for (const error of deck.errors)
    console.error(`${error.file}:${error.line}: ${error.message}`)
  if (deck.errors.length > 0)
    return 2
  // A deck with no `duration:` in its headmatter (a test fixture) has no slot to plan for.
  const plan = deck.slides[0]?.frontmatter.duration === undefined ? undefined : planOfSlides(deck.slides, entry, resolve('data'))
  console.log(plan ? `${formatPlanReport(plan, process.cwd())}\n` : `No time plan: ${entryFile} sets no duration in its headmatter.\n`)
  const overSlot = plan !== undefined && deckSlotProblem(plan) !== undefined
  if (values.plan)
    return overSlot ? 1 : 0

  const browserPath = await findChromium()
  if (!browserPath) {
    console.error(missingBrowserMessage())
    return 2
  }

  let buildDir: string | undefined
  let dist = values.dist
  if (!dist) {
    buildDir = mkdtempSync(join(tmpdir(), 'slide-checks-build-'))
    removeOnExit(buildDir)
    dist = join(buildDir, 'dist')
    console.log(`Building ${entryFile} …`)
    await buildDeck({ entry, outDir: dist })
  }
  const screenshotDir = mkdtempSync(join(tmpdir(), 'slide-checks-'))
  // Kept only when a slide fails: the report points to it.
  const removeScreenshots = removeOnExit(screenshotDir)
  const server = await serveStatic(dist)
  const browser = await launchChromium(browserPath.path)
  try {
    console.log(`Checking ${deck.slides.length} slides in ${modes.join(' and ')} mode …`)
    const result = await checkDeck({
      browser,
      url: server.url,
      slideCount: deck.slides.length,
      modes,
      screenshotDir,
      onStep: (step, findings) => {
        if (findings.length > 0)
          console.log(`  slide ${step.slide}, click ${step.clicks}, ${step.mode}: ${findings.length} problem${findings.length === 1 ? '' : 's'}`)
      },
    })
    console.log(`\n${formatReport({ ...result, stepsChecked: result.steps.length, slides: deck.slides, modes, root: process.cwd() })}`)
    const words = wordCounts(deck.slides, result.readings, values.entry ? 'ko' : parseEdition(values.lang))
    console.log(`\n${formatWordReport(words, process.cwd())}`)
    console.log(`\nChecked in ${(result.durationMs / 1000).toFixed(1)} s.${result.findings.length > 0 ? ` Screenshots of failing steps: ${screenshotDir}` : ''}`)
    if (result.findings.length === 0)
      removeScreenshots()
    else
      removeScreenshots.cancel()
    if (plan && overSlot)
      console.log(`\n${deckSlotProblem(plan, process.cwd())}`)
    return result.findings.length > 0 || words.some(w => w.problems.length > 0) || overSlot ? 1 : 0
  }
  finally {
    await browser.close()
    await server.close()
    if (buildDir)
      rmSync(buildDir, { recursive: true, force: true })
  }
})
