/**
 * Draws Mermaid diagrams to SVG ahead of time, in the Chromium the project
 * finds (node/browser.ts), with the deck's typeface loaded and the settings
 * the live deck uses (lib/diagrams/mermaid-config.ts): a static build then
 * ships the drawings and no Mermaid.
 *
 * Each drawing is kept in node_modules/.cache, keyed by the diagram's text,
 * the colour scheme, Mermaid's version, the settings, the typeface's files and
 * this page's own code: a rebuild draws only what changed, and starts no
 * browser when nothing did.
 */
import type { DeckDiagram } from '../lib/diagrams/deck-diagrams'
import type { DiagramTheme } from '../lib/diagrams/mermaid-config'
import type { CdpPage } from './cdp'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { DiagramError } from '../lib/diagrams/deck-diagrams'
import { DIAGRAM_THEMES, mermaidRenderConfig } from '../lib/diagrams/mermaid-config'
import { finishDrawing } from '../lib/diagrams/sankey-finish'
import { DECK_FONT_FAMILY } from '../lib/typography'
import { findChromium, missingBrowserMessage } from './browser'
import { CdpBrowser } from './cdp'

/** A diagram's drawing in each colour scheme. */
export type DiagramDrawings = Record<DiagramTheme, string>

/** One face of the deck's typeface: its weight and its file. */
export interface FontFile {
  weight: number
  path: string
}

/** The deck's typeface as styles/index.css declares it: each @font-face of the family, with its file. */
export function deckFontFiles(root: string, family = DECK_FONT_FAMILY): FontFile[] {
  const sheet = join(root, 'styles', 'index.css')
  const css = readFileSync(sheet, 'utf8')
  const faces: FontFile[] = []
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const declared = /font-family:\s*([^;}]*)/.exec(rule)?.[1]?.trim().replace(/^['"]|['"]$/g, '')
    const url = /url\(([^)]*)\)/.exec(rule)?.[1]?.trim().replace(/^['"]|['"]$/g, '')
    if (declared !== family || !url)
      continue
    faces.push({ weight: Number(/font-weight:\s*(\d+)/.exec(rule)?.[1] ?? 400), path: resolve(dirname(sheet), url) })
  }
  if (!faces.length)
    throw new Error(`${sheet} declares no @font-face for ${family}: the diagrams cannot be drawn in the deck's typeface`)
  return faces
}

/**
 * The page diagrams are drawn in: the canvas's width (980 px, as a slide is
 * laid out), and the text settings a slide gives its diagrams (styles/index.css),
 * so that labels are measured as they will be shown.
 */
export const RENDER_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
html { font-family: '${DECK_FONT_FAMILY}', sans-serif; font-size: 16px; line-height: 1.5; word-break: keep-all; overflow-wrap: break-word; }
body { margin: 0; }
#diagrams { width: 980px; }
</style></head><body><div id="diagrams"></div></body></html>`

/**
 * Runs in the render page (self-contained, as only its source is sent): draws
 * one diagram with Mermaid and returns its SVG markup, made ready to sit inline
 * in a slide, or Mermaid's own message when it cannot parse the text.
 */
export async function drawInPage(code: string, id: string, config: Record<string, unknown>): Promise<{ svg?: string, error?: string }> {
  const mermaid = (globalThis as unknown as { mermaid: {
    initialize: (config: Record<string, unknown>) => void
    parse: (text: string) => Promise<unknown>
    render: (id: string, text: string, container: Element) => Promise<{ svg: string }>
  } }).mermaid
  const container = document.getElementById('diagrams')!
  mermaid.initialize(config)
  let svg: string
  try {
    await mermaid.parse(code)
    svg = (await mermaid.render(id, code, container)).svg
  }
  catch (error) {
    container.replaceChildren()
    return { error: error instanceof Error ? error.message : String(error) }
  }
  // In the page while it is worked on, so that its style sheet is parsed and can be matched against it.
  container.innerHTML = svg
  const drawing = container.querySelector('svg')!
  // A sankey's words, which Mermaid cannot read (lib/diagrams/sankey-finish.ts, installed by DiagramRenderer.start).
  const finish = (globalThis as unknown as { deckFinishDrawing?: (svg: SVGSVGElement, code: string) => void }).deckFinishDrawing
  finish?.(drawing, code)
  // A picture with a name (its accTitle, through aria-labelledby), as screen readers and a tagged PDF know it.
  drawing.setAttribute('role', 'img')
  drawing.removeAttribute('aria-roledescription')
  // Inline in a slide, the deck's own rules (`.slidev-layout p`, say) would reach the labels' HTML, which
  // Mermaid measured without them. Reverted first, so Mermaid's rules, which come after, still apply.
  const style = drawing.querySelector('style')
  if (style) {
    // Mermaid's style sheet styles every kind of node it can draw: only the rules that style this drawing
    // are kept, as written (a rule whose selector has a pseudo-class always is), and the animations they name.
    const css = style.textContent ?? ''
    const rules: string[] = []
    for (let at = 0, depth = 0, start = 0; at < css.length; at++) {
      if (css[at] === '{') {
        depth++
      }
      else if (css[at] === '}' && --depth === 0) {
        rules.push(css.slice(start, at + 1))
        start = at + 1
      }
    }
    const styles = (rule: string) => {
      const selector = rule.slice(0, rule.indexOf('{')).trim()
      if (selector.startsWith('@') || selector.includes(':'))
        return true
      try {
        return drawing.matches(selector) || drawing.querySelector(selector) !== null
      }
      catch {
        return true
      }
    }
    const styling = rules.filter(styles)
    const kept = styling.filter((rule) => {
      const animation = /^\s*@keyframes\s+([\w-]+)/.exec(rule)?.[1]
      return !animation || styling.some(other => new RegExp(`animation[^;}]*\\b${animation}\\b`).test(other))
    })
    style.textContent = `#${id} foreignObject *{all:revert;}${kept.join('')}`
  }
  // Path coordinates to a hundredth of a pixel: Mermaid writes up to 17 digits, which made one box's outline 31 kB.
  for (const path of drawing.querySelectorAll('path[d]'))
    path.setAttribute('d', path.getAttribute('d')!.replace(/-?\d*\.\d{3,}/g, number => String(Math.round(Number(number) * 100) / 100)))
  const markup = container.innerHTML
  container.replaceChildren()
  return { svg: markup }
}

function mermaidPackage(root: string): { version: string, script: string } {
  const packageJson = createRequire(join(root, 'package.json')).resolve('mermaid/package.json')
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }
  return { version, script: join(dirname(packageJson), 'dist', 'mermaid.min.js') }
}

/** A short, stable name for a diagram's text: its SVG's id (and its CSS scope) is built from it. */
export function diagramId(code: string, theme: DiagramTheme): string {
  return `deck-diagram-${createHash('sha256').update(code).digest('hex').slice(0, 12)}-${theme}`
}

/** Draws diagrams in one Chromium page; start() loads Mermaid and the typeface once. */
export class DiagramRenderer {
  private constructor(private readonly browser: CdpBrowser, private readonly page: CdpPage) {}

  static async start(executablePath: string, root: string, fonts: FontFile[]): Promise<DiagramRenderer> {
    const browser = await CdpBrowser.launch(executablePath)
    try {
      const page = await browser.newPage()
      await Promise.all([
        page.send('Page.enable'),
        page.send('Emulation.setDeviceMetricsOverride', { width: 980, height: 552, deviceScaleFactor: 1, mobile: false }),
        // tsx compiles named inner functions with a `__name(fn, 'name')` helper; the page gets their source and needs the helper too.
        page.send('Page.addScriptToEvaluateOnNewDocument', { source: 'globalThis.__name = fn => fn' }),
      ])
      await page.goto(`data:text/html;charset=utf-8,${encodeURIComponent(RENDER_PAGE)}`, 30_000)
      await page.evaluate(readFileSync(mermaidPackage(root).script, 'utf8'))
      await page.evaluate(`globalThis.deckFinishDrawing = ${finishDrawing.toString()}`)
      const faces = fonts.map(font => ({ weight: font.weight, data: readFileSync(font.path).toString('base64') }))
      await page.evaluate(`(async (family, faces) => {
        for (const { weight, data } of faces) {
          const face = new FontFace(family, Uint8Array.from(atob(data), c => c.charCodeAt(0)), { weight: String(weight) })
          document.fonts.add(await face.load())
        }
        await document.fonts.ready
        return true
      })(${JSON.stringify(DECK_FONT_FAMILY)}, ${JSON.stringify(faces)})`)
      return new DiagramRenderer(browser, page)
    }
    catch (error) {
      await browser.close()
      throw error
    }
  }

  /** The diagram's SVG in one scheme; rejects with Mermaid's message when it cannot parse the text. */
  async draw(code: string, theme: DiagramTheme): Promise<string> {
    const result = await this.page.evaluate<{ svg?: string, error?: string }>(
      `(${drawInPage.toString()})(${JSON.stringify(code)}, ${JSON.stringify(diagramId(code, theme))}, ${JSON.stringify(mermaidRenderConfig(theme))})`,
    )
    if (result.error !== undefined || !result.svg)
      throw new Error(result.error ?? 'Mermaid drew nothing')
    return result.svg
  }

  close(): Promise<void> {
    return this.browser.close()
  }
}

export interface DrawOptions {
  /** The project folder: Mermaid, the typeface and the cache are found from it. */
  root: string
  /** Where drawings are kept; node_modules/.cache/sovereign-ai-deck/diagrams under the root by default. */
  cacheDir?: string
  /** The browser to draw with; the one node/browser.ts finds by default (looked for only when a drawing is missing). */
  executablePath?: string
  /** How many drawings the cache keeps, the most recently used. */
  kept?: number
}

/**
 * What a drawing depends on besides the diagram's text and scheme: everything
 * that changes its SVG. This file's own source stands for the page's code: the
 * function's compiled text differs between the tools that load it (Slidev's
 * build, the tests), which would each draw again.
 */
function drawingInputs(root: string, fonts: FontFile[]): string {
  const hash = createHash('sha256')
  hash.update(mermaidPackage(root).version)
  const source = fileURLToPath(import.meta.url)
  hash.update(existsSync(source) ? readFileSync(source) : `${RENDER_PAGE}${drawInPage.toString()}`)
  const finishing = join(root, 'lib', 'diagrams', 'sankey-finish.ts')
  hash.update(existsSync(finishing) ? readFileSync(finishing) : finishDrawing.toString())
  for (const font of fonts)
    hash.update(`${font.weight}\0`).update(readFileSync(font.path))
  return hash.digest('hex')
}

/**
 * Each diagram drawn in light and dark, by its text: from the cache when it
 * holds the drawing, else drawn in Chromium (started once, only then). Every
 * diagram Mermaid cannot parse is reported at once, each with its origin and
 * Mermaid's message, in a DiagramError.
 */
export async function drawDiagrams(diagrams: DeckDiagram[], options: DrawOptions): Promise<Map<string, DiagramDrawings>> {
  const fonts = deckFontFiles(options.root)
  const inputs = drawingInputs(options.root, fonts)
  const cacheDir = options.cacheDir ?? join(options.root, 'node_modules', '.cache', 'sovereign-ai-deck', 'diagrams')
  const cacheFile = (code: string, theme: DiagramTheme) =>
    join(cacheDir, `${createHash('sha256').update(JSON.stringify({ code, theme, inputs, config: mermaidRenderConfig(theme) })).digest('hex').slice(0, 32)}.svg`)

  const drawn = new Map<string, DiagramDrawings>()
  const used: string[] = []
  const problems: { origin: string, message: string }[] = []
  let renderer: DiagramRenderer | undefined
  try {
    for (const diagram of diagrams) {
      if (drawn.has(diagram.code))
        continue
      const drawings: Partial<DiagramDrawings> = {}
      for (const theme of DIAGRAM_THEMES) {
        const file = cacheFile(diagram.code, theme)
        used.push(file)
        if (existsSync(file)) {
          const now = new Date()
          utimesSync(file, now, now)
          drawings[theme] = readFileSync(file, 'utf8')
          continue
        }
        renderer ??= await DiagramRenderer.start(await browserPath(options.executablePath, diagrams.length), options.root, fonts)
        try {
          drawings[theme] = await renderer.draw(diagram.code, theme)
        }
        catch (error) {
          problems.push({ origin: diagram.origin, message: `Mermaid cannot draw this diagram:\n${indent(error instanceof Error ? error.message : String(error))}` })
          break
        }
        // Written aside and moved in whole: a build beside this one never reads half a drawing.
        mkdirSync(cacheDir, { recursive: true })
        writeFileSync(`${file}.${process.pid}`, drawings[theme]!)
        renameSync(`${file}.${process.pid}`, file)
      }
      if (drawings.light !== undefined && drawings.dark !== undefined)
        drawn.set(diagram.code, drawings as DiagramDrawings)
    }
  }
  finally {
    await renderer?.close()
  }
  if (problems.length)
    throw new DiagramError(problems)
  pruneDrawings(cacheDir, new Set(used), options.kept ?? 200)
  return drawn
}

async function browserPath(given: string | undefined, count: number): Promise<string> {
  if (given)
    return given
  const found = await findChromium()
  if (!found)
    throw new Error(`The build draws the deck's ${count} Mermaid diagrams ahead of time, in Chromium. ${missingBrowserMessage()}`)
  return found.path
}

function indent(text: string): string {
  return text.split('\n').map(line => `    ${line}`).join('\n')
}

/** Keeps the drawings just used and, of the others, the most recently used, up to `kept` in all. */
function pruneDrawings(dir: string, used: Set<string>, kept: number): void {
  if (!existsSync(dir))
    return
  const others = readdirSync(dir).filter(name => name.endsWith('.svg')).map(name => join(dir, name)).filter(file => !used.has(file))
  others.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  for (const old of others.slice(Math.max(kept - used.size, 0)))
    rmSync(old, { force: true })
}
