/**
 * Walks a built deck in a real browser, slide by slide and click by click,
 * once per colour mode, and judges every step. One page per mode: the deck
 * loads once and is advanced with the keyboard, as a speaker would.
 */
import type { Browser, Page } from 'playwright-core'
import type { StepReading } from '../talk/word-budget'
import type { AxeViolation, ColorMode, Finding, Step } from './types'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { waitForSlide } from '../slide-ready'
import { installColours } from './colours'
import { judgeAxe, judgeSlide } from './judge'
import { measureSlide } from './measure'
import { readSlide } from './reading'
import { stepKey } from './report'

export interface CheckDeckOptions {
  browser: Browser
  /** The served deck's root address, e.g. http://127.0.0.1:4173/ */
  url: string
  /** How many slides the deck has (from loadDeck()). */
  slideCount: number
  modes?: ColorMode[]
  /** Where to save a screenshot of each step that has a problem. */
  screenshotDir?: string
  /** Called after each step, for progress output. */
  onStep?: (step: Step, findings: Finding[]) => void
}

export interface DeckCheckResult {
  steps: Step[]
  findings: Finding[]
  /** The words shown at each step, for the word budget (tools/talk/word-budget.ts). */
  readings: StepReading[]
  screenshots: Record<string, string>
  durationMs: number
}

export const CANVAS = { width: 980, height: 552 }

// Slide transitions and click animations would be measured mid-flight; the checks look at where things end up.
const NO_MOTION = '*, *::before, *::after { transition: none !important; animation: none !important; }'

let axeSource: string | undefined
/** axe-core's browser bundle, resolved through @axe-core/playwright so that it is the copy that package pins. */
function loadAxeSource(): string {
  if (!axeSource) {
    const require = createRequire(import.meta.url)
    const fromPlaywright = createRequire(require.resolve('@axe-core/playwright'))
    axeSource = readFileSync(join(dirname(fromPlaywright.resolve('axe-core')), 'axe.min.js'), 'utf8')
  }
  return axeSource
}

/** The slide number and click step in a deck address such as /5?clicks=2. */
export function parseStepUrl(address: string, root: string): { slide: number, clicks: number } | undefined {
  const url = new URL(address)
  const base = new URL(root).pathname
  if (!url.pathname.startsWith(base))
    return undefined
  const slide = Number(url.pathname.slice(base.length).replace(/\/$/, '') || '1')
  const clicks = Number(url.searchParams.get('clicks') ?? '0')
  return Number.isInteger(slide) && slide > 0 && Number.isInteger(clicks) ? { slide, clicks } : undefined
}

async function open(page: Page, url: string, mode: ColorMode): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.addStyleTag({ content: NO_MOTION })
  await page.evaluate(loadAxeSource())
  const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
  if (dark !== (mode === 'dark'))
    throw new Error(`The deck did not switch to ${mode} mode: set \`colorSchema: auto\` in the headmatter.`)
}

/** Waits until a slide is fully drawn: its content loaded, fonts loaded, Mermaid diagrams rendered, images decoded. */
async function settle(page: Page, step: Step): Promise<void> {
  await waitForSlide(page, step.slide, { label: `Slide ${step.slide} (click ${step.clicks}, ${step.mode})` })
  await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
}

async function runAxe(page: Page, slide: number): Promise<AxeViolation[]> {
  return page.evaluate(async (selector) => {
    interface AxeNode { target: unknown[], html: string }
    interface AxeRule { id: string, impact: string | null, help: string, nodes: AxeNode[] }
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeRule[] }> } }).axe
    // preload fetches every stylesheet again for one rule about screen orientation, which slides do not have.
    const result = await axe.run({ include: [[selector]] }, { resultTypes: ['violations'], preload: false, iframes: false })
    return result.violations.flatMap(rule => rule.nodes.map(node => ({
      rule: rule.id,
      impact: rule.impact,
      help: rule.help,
      target: node.target.flat().join(' >> '),
      html: node.html.replace(/\s+/g, ' '),
    })))
  }, `.slidev-page-${slide}`)
}

/**
 * True the first time a slide shows this content. Click steps change only which
 * parts are revealed (Slidev's classes and styles), which axe-core's rules other
 * than colour contrast do not depend on, so axe runs once per distinct content
 * of a slide per mode; the contrast of what each click reveals is measured by
 * judgeSlide at every step.
 */
async function isNewContent(page: Page, slide: number): Promise<boolean> {
  return page.evaluate((no) => {
    const el = document.querySelector(`.slidev-page-${no}`)
    const content = (el?.innerHTML ?? '').replace(/\s?slidev-vclick-[\w-]+/g, '').replace(/\sstyle="[^"]*"/g, '')
    const seen = ((window as unknown as { __slideChecksSeen?: Record<number, string[]> }).__slideChecksSeen ??= {})
    const contents = (seen[no] ??= [])
    if (contents.includes(content))
      return false
    contents.push(content)
    return true
  }, slide)
}

/** The highest click step the slide's v-click elements name: a floor for the slide's click count. */
async function knownClicks(page: Page, slide: number): Promise<number> {
  return page.evaluate(no => Math.max(0, ...[...document.querySelectorAll(`.slidev-page-${no} [data-slidev-clicks-start], .slidev-page-${no} [data-slidev-clicks-end]`)]
    .flatMap(el => [Number((el as HTMLElement).dataset.slidevClicksStart), Number((el as HTMLElement).dataset.slidevClicksEnd) - 1])
    .filter(Number.isFinite)), slide)
}

async function checkStep(page: Page, step: Step, options: CheckDeckOptions, result: DeckCheckResult): Promise<void> {
  await settle(page, step)
  await page.evaluate(installColours)
  const measurement = await page.evaluate(measureSlide, `.slidev-page-${step.slide}`)
  const reading = await page.evaluate(readSlide, `.slidev-page-${step.slide}`)
  const axe = await isNewContent(page, step.slide) ? await runAxe(page, step.slide) : []
  const findings = [...judgeSlide(measurement, step), ...judgeAxe(axe, step)]
  if (findings.length > 0 && options.screenshotDir) {
    const path = join(options.screenshotDir, `slide-${String(step.slide).padStart(2, '0')}-click-${step.clicks}-${step.mode}.png`)
    await page.screenshot({ path })
    result.screenshots[stepKey(step)] = path
  }
  result.steps.push(step)
  result.findings.push(...findings)
  result.readings.push({ ...step, ...reading })
  options.onStep?.(step, findings)
}

async function walkDeck(page: Page, mode: ColorMode, options: CheckDeckOptions, result: DeckCheckResult): Promise<void> {
  const root = new URL(options.url).toString()
  await open(page, new URL('1', root).toString(), mode)
  let at = { slide: 1, clicks: 0 }
  for (;;) {
    await checkStep(page, { ...at, mode }, options, result)
    const floor = await knownClicks(page, at.slide)
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForURL(url => url.toString() !== before, { timeout: at.slide === options.slideCount ? 1_500 : 10_000 })
      .then(() => true, () => false)
    const next = moved ? parseStepUrl(page.url(), root) : undefined
    if (next && (next.slide < at.slide || (next.slide === at.slide && next.clicks <= at.clicks)))
      throw new Error(`Going forward from slide ${at.slide} click ${at.clicks} (${mode}) led back to ${page.url()}.`)
    if (next && (next.slide === at.slide || at.clicks >= floor)) {
      at = next
      continue
    }
    // The key went past clicks the slide declares (it was not ready) or nowhere: go there directly.
    if (next || at.slide < options.slideCount) {
      at = at.clicks < floor ? { slide: at.slide, clicks: at.clicks + 1 } : { slide: at.slide + 1, clicks: 0 }
      await open(page, new URL(`${at.slide}${at.clicks ? `?clicks=${at.clicks}` : ''}`, root).toString(), mode)
      continue
    }
    break
  }
}

/**
 * Checks every slide at every click step in each colour mode. The modes run side
 * by side, each in its own page: much of a step is waiting on the page, so the
 * two walks share the CPU well.
 */
export async function checkDeck(options: CheckDeckOptions): Promise<DeckCheckResult> {
  const started = Date.now()
  const modes = options.modes ?? ['light', 'dark'] as ColorMode[]
  const perMode = await Promise.all(modes.map(async (mode) => {
    const result: DeckCheckResult = { steps: [], findings: [], readings: [], screenshots: {}, durationMs: 0 }
    const context = await options.browser.newContext({ viewport: CANVAS, colorScheme: mode })
    // tsx and esbuild wrap named functions in __name(); the function sent to the page needs it defined.
    await context.addInitScript('globalThis.__name ??= (fn) => fn')
    try {
      await walkDeck(await context.newPage(), mode, options, result)
    }
    finally {
      await context.close()
    }
    return result
  }))
  return {
    steps: perMode.flatMap(r => r.steps),
    findings: perMode.flatMap(r => r.findings),
    readings: perMode.flatMap(r => r.readings),
    screenshots: Object.assign({}, ...perMode.map(r => r.screenshots)),
    durationMs: Date.now() - started,
  }
}
