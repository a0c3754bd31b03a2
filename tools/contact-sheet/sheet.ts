/**
 * A contact sheet: one PNG showing every slide of an edition in one colour
 * mode, as thumbnails in a grid under their slide numbers. Made from the
 * cached static build through the print view the PDF export uses, so each
 * slide is drawn exactly as it prints (diagrams rendered, fonts loaded).
 */
import type { Edition } from '../edition'
import type { ComposeSpec } from './compose'
import type { SheetOptions } from './layout'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { loadDeck } from '../../node/deck-slides'
import { ensureDeckBuild } from '../deck-build'
import { editionEntry } from '../edition'
import { openPrintView, pageRects, pageScreenshot } from '../print/print-view'
import { serveStatic } from '../static-server'
import { composeSheet } from './compose'
import { DEFAULT_SHEET, SHEET_SPACING, sheetLayout } from './layout'
import { pngSize, readPngText, withPngText } from './png-text'

/** The mark every sheet carries (a PNG text chunk); a file without it is not ours to overwrite. */
export const SHEET_MARK = { keyword: 'Software', text: 'sovereign-ai-deck contact sheet (npm run contact-sheet)' } as const

/** `contact-sheet.ko.png`, `contact-sheet.en.dark.png` */
export function sheetFileName(lang: Edition, dark: boolean): string {
  return `contact-sheet.${lang}${dark ? '.dark' : ''}.png`
}

/** Whether a file may be written: it does not exist, or it is a sheet this tool wrote. */
export function isOurs(path: string): boolean {
  if (!existsSync(path))
    return true
  try {
    return readPngText(readFileSync(path))[SHEET_MARK.keyword] === SHEET_MARK.text
  }
  catch {
    return false
  }
}

/** The files among `paths` that exist and were not written by this tool, as an error to show, or '' when none. */
export function foreignFiles(paths: string[]): string {
  const foreign = paths.filter(path => !isOurs(path))
  return foreign.length
    ? `Not overwriting ${foreign.join(', ')}: not a contact sheet this command wrote. Move it, or choose another folder with --out.`
    : ''
}

export interface SheetRequest {
  lang: Edition
  dark: boolean
  executablePath: string
  timeoutMs: number
  options?: SheetOptions
}

export interface Sheet {
  png: Buffer
  /** Thumbnails drawn: one per page of the PDF (a slide whose steps replace each other has one per step). */
  pages: number
  width: number
  height: number
}

/** Draws one edition's sheet in one colour mode. */
export async function makeContactSheet(request: SheetRequest): Promise<Sheet> {
  const entry = editionEntry(request.lang)
  const build = await ensureDeckBuild({ entry })
  const deck = await loadDeck(resolve(entry))
  if (deck.errors.length)
    throw new Error(deck.errors.map(e => `${e.file}:${e.line}: ${e.message}`).join('\n'))
  const server = await serveStatic(build.dir)
  try {
    const view = await openPrintView({ url: server.url, slides: deck.slides, executablePath: request.executablePath, dark: request.dark, timeoutMs: request.timeoutMs })
    try {
      const layout = sheetLayout(view.pages.map(p => p.no), request.options ?? DEFAULT_SHEET)
      const scale = layout.thumb.width / 980
      const images: string[] = []
      for (const rect of await pageRects(view.page)) {
        images.push(await pageScreenshot(view.page, rect, scale))
      }
      const title = typeof deck.slides[0]?.frontmatter.title === 'string' ? deck.slides[0].frontmatter.title : ''
      const spec: ComposeSpec = {
        heading: `${title} · ${request.lang} · ${request.dark ? 'dark' : 'light'} · ${view.pages.length} pages`,
        dark: request.dark,
        font: DECK_FONT_FAMILY,
        layout,
        spacing: SHEET_SPACING,
        images,
      }
      await view.page.send('Emulation.setDeviceMetricsOverride', { width: layout.width, height: layout.height, deviceScaleFactor: 1, mobile: false })
      const problem = await view.page.evaluate<string>(`(${composeSheet.toString()})(${JSON.stringify(spec)})`)
      if (problem)
        throw new Error(`Contact sheet (${request.lang}, ${request.dark ? 'dark' : 'light'}): ${problem}`)
      const { data } = await view.page.send<{ data: string }>('Page.captureScreenshot', {
        format: 'png',
        clip: { x: 0, y: 0, width: layout.width, height: layout.height, scale: 1 },
        captureBeyondViewport: true,
      })
      const png = Buffer.from(data, 'base64')
      return { png, pages: view.pages.length, ...pngSize(png) }
    }
    finally {
      await view.close()
    }
  }
  finally {
    await server.close()
  }
}

/** Writes a sheet with the mark of this tool, refusing to replace a file it did not write. */
export function writeSheet(dir: string, lang: Edition, dark: boolean, png: Buffer): string {
  const path = join(dir, sheetFileName(lang, dark))
  const refused = foreignFiles([path])
  if (refused)
    throw new Error(refused)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, withPngText(png, SHEET_MARK.keyword, SHEET_MARK.text))
  return path
}
