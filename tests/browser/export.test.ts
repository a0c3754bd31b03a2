/**
 * Runs the real `npm run export` (PDF, handout, PNG) into a temporary folder
 * and reads the files back with poppler and pdf-lib: one page per slide, each
 * page holding its slide's title as written, the outline, the structure tags,
 * the metadata, the bundled typeface alone, and the diagrams drawn.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import process from 'node:process'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { citeEntries } from '../../lib/citations'
import { asOfLabel, reviewScoring, scheduleSlipRows, teamPath } from '../../lib/data/views'
import { diagramIdsIn, diagramLabels, generatedDiagrams } from '../../lib/diagrams/index'
import { mermaidBlocks } from '../../lib/diagrams/markdown-blocks'
import { localizedData, UI } from '../../lib/i18n'
import { ko } from '../../lib/i18n/ko'
import { DECK_FONT_FAMILY } from '../../lib/typography'
import { loadDeck } from '../../node/deck-slides'
import { loadDeckData } from '../../node/load-data'
import { handoutTimes } from '../../node/talk-plan'
import { editionEntry } from '../../tools/edition'
import { exportDeck } from '../../tools/print/export-deck'
import { AFTERMATH_FILE } from '../../tools/talk/rules'
import { mermaidAccTitle, mermaidBlockLabels } from '../../tools/talk/text'
import { decodePng, inkRows } from './png-pixels'
import { printedPages } from './printed-pages'

const { slides } = await loadDeck()
const english = (await loadDeck(editionEntry('en'))).slides
/** Where each slide prints: a slide whose steps replace each other prints a page per step. */
const printedAt = { ko: printedPages(slides), en: printedPages(english) }
/** The page of slide `no` at its last step, as the room last sees it. */
const pageOf = (no: number, lang: 'ko' | 'en' = 'ko') => printedAt[lang].of(no).last
const outDir = mkdtempSync(join(tmpdir(), 'deck-export-'))
const pdf = join(outDir, 'deck.pdf')
const pdfEn = join(outDir, 'deck.en.pdf')
const handout = join(outDir, 'handout.pdf')
const pngDir = join(outDir, 'png')

/** Straight quotes for typographic ones, which Slidev's Markdown sets ("startup's" shows as "startup’s"). */
const quotes = (text: string) => text.replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
/** Collapses whitespace so line breaks in the PDF do not matter. */
const flat = (text: string) => quotes(text).replace(/\s+/g, '')
/** Whitespace runs as one space: a title must keep its spaces, wherever its lines break. */
const spaced = (text: string) => quotes(text).replace(/\s+/g, ' ').trim()

/** A page's text in drawing order, so a wrapped label's lines stay together (layout order interleaves columns). */
function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' })
}

/** Runs `npm run export` and resolves with what it printed to its error stream (notices, not errors: it must succeed). */
function exportWith(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'export', '--', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.on('data', chunk => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', status => status === 0 ? resolve(stderr) : reject(new Error(`npm run export ${args.join(' ')} failed (${status}):\n${stdout}\n${stderr}`)))
  })
}

interface OutlineItem { title: string, page: number, children: OutlineItem[] }

/** The PDF's outline as poppler reads it (`pdftohtml -xml` prints it as nested <outline> lists). */
function outlineOf(file: string): OutlineItem[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file], { encoding: 'utf8' })
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
  const stack: OutlineItem[][] = []
  let top: OutlineItem[] = []
  for (const [tag] of xml.matchAll(/<outline>|<\/outline>|<item page="\d+">[^<]*<\/item>/g)) {
    if (tag === '<outline>') {
      const list: OutlineItem[] = []
      if (stack.length === 0)
        top = list
      else
        stack.at(-1)!.at(-1)!.children = list
      stack.push(list)
    }
    else if (tag === '</outline>') {
      stack.pop()
    }
    else {
      const [, page, title] = /<item page="(\d+)">([^<]*)<\/item>/.exec(tag)!
      stack.at(-1)!.push({ title: decode(title!), page: Number(page), children: [] })
    }
  }
  return top
}

/** The figures of a tagged PDF's structure tree: the page each is on (1-based) and its alternative text. */
async function figuresOf(file: string): Promise<{ page: number, alt: string }[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  const pages = doc.getPages().map(page => page.ref.toString())
  const figures: { page: number, alt: string }[] = []
  const walk = (node: unknown, page?: string): void => {
    const value = node instanceof PDFRef ? doc.context.lookup(node) : node
    if (value instanceof PDFArray)
      return value.asArray().forEach(kid => walk(kid, page))
    if (!(value instanceof PDFDict))
      return
    const on = value.get(PDFName.of('Pg'))?.toString() ?? page
    if (value.get(PDFName.of('S'))?.toString() === '/Figure') {
      const alt = value.lookup(PDFName.of('Alt'))
      figures.push({ page: pages.indexOf(on ?? '') + 1, alt: alt instanceof PDFHexString || alt instanceof PDFString ? alt.decodeText() : '' })
    }
    walk(value.get(PDFName.of('K')), on)
  }
  walk(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')))
  return figures
}

/** Each diagram an edition's slides show, with the slide, its accessible title and its labels. */
async function editionDiagrams(lang: 'ko' | 'en') {
  const deck = lang === 'ko' ? slides : english
  const data = localizedData(loadDeckData('data'), lang)
  const generated = new Map(generatedDiagrams(data, UI[lang]).map(d => [d.id, d]))
  const labels = diagramLabels(data, UI[lang])
  return deck.flatMap(slide => [
    ...diagramIdsIn(slide.content).map(id => ({ slide, what: `diagram ${id}`, title: generated.get(id)!.accTitle, labels: labels[id] ?? [] })),
    ...mermaidBlocks(slide.content).map(block => ({ slide, what: `the block at line ${block.line}`, title: mermaidAccTitle(block.code), labels: mermaidBlockLabels(`\`\`\`mermaid\n${block.code}\n\`\`\``) })),
  ])
}

/** What the exports printed besides the files: the Korean PDF's run today, the English one's on a day 100 days after the data's. */
const printed = { today: '', later: '' }
const asOf = loadDeckData('data').asOf
const hundredDaysOn = new Date(Date.parse(`${asOf}T00:00:00Z`) + 100 * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  // Side by side, two at a time: each export waits on Chromium much of its time, so two share 2 cores well.
  ;[printed.today] = await Promise.all([
    exportWith(['--output', pdf], { DECK_TODAY: asOf }),
    exportWith(['--handout', '--output', handout]),
  ])
  ;[, printed.later] = await Promise.all([
    exportWith(['--format', 'png', '--dark', '--output', pngDir]),
    exportWith(['--lang', 'en', '--output', pdfEn], { DECK_TODAY: hundredDaysOn }),
  ])
}, 600_000)
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

describe('npm run export (PDF)', () => {
  it('writes one page per slide and per step of a slide whose steps replace each other, with no blank page after the last', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(printedAt.ko.count).toBeGreaterThan(slides.length)
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(printedAt.ko.count)
  })

  it('prints each step of a slide whose steps replace each other, each under the slide\'s title, each different', () => {
    const switching = slides.filter(slide => /<v-switch\b/.test(slide.content))
    expect(switching.length).toBeGreaterThan(0)
    for (const slide of switching) {
      const { first, last } = printedAt.ko.of(slide.no)
      expect(last, `slide ${slide.no} (${slide.file}:${slide.line})`).toBeGreaterThan(first)
      const texts = Array.from({ length: last - first + 1 }, (_, i) => pageText(pdf, first + i))
      for (const text of texts)
        expect(spaced(text), `slide ${slide.no}`).toContain(spaced(slide.title!))
      expect(new Set(texts).size, `slide ${slide.no}: its steps' pages`).toBe(texts.length)
    }
  })

  it.each(slides.filter(s => s.title).map(s => [s.no, s.title!] as const))('page %i holds its slide title "%s", spaces and all', (no, title) => {
    expect(spaced(pageText(pdf, pageOf(no)))).toContain(spaced(title))
  })

  it('has an outline of the talk\'s sections, each holding its slides, every slide once, on its page', () => {
    const outline = outlineOf(pdf)
    const flatten = (items: OutlineItem[]): OutlineItem[] => items.flatMap(item => [item, ...flatten(item.children)])
    expect(flatten(outline).map(item => [item.page, item.title])).toEqual(slides.map(slide => [printedAt.ko.of(slide.no).first, slide.title]))
    const sections = slides.filter(slide => slide.layout === 'section')
    expect(sections.length).toBeGreaterThan(0)
    for (const section of sections) {
      const entry = outline.find(item => item.page === printedAt.ko.of(section.no).first)
      expect(entry, section.title).toBeDefined()
      expect(entry!.children.map(child => child.page)).toEqual(slides.filter(s => s.file === section.file && s !== section).map(s => printedAt.ko.of(s.no).first))
    }
  })

  it('is tagged, and carries the deck\'s title, author, subject and language', async () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    const head = slides[0]!.frontmatter
    const doc = await PDFDocument.load(readFileSync(pdf), { updateMetadata: false })
    expect(doc.getTitle()).toBe(head.title)
    expect(doc.getAuthor()).toBe(head.author)
    expect(doc.getSubject()).toBe(String(head.info).trim().split('\n')[0])
    expect((doc.catalog.lookup(PDFName.of('Lang'), PDFString)).decodeText()).toBe('ko')
  })

  it('keeps the essay\'s link clickable on the cover', () => {
    const links = execFileSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' })
    const essay = loadDeckData('data').essay.url
    expect(links).toMatch(new RegExp(`^\\s*1\\s+Annotation\\s+${essay.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'))
  })

  it('embeds the bundled typeface, with no Type 3 stand-in', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.some(line => line.includes(`+${DECK_FONT_FAMILY}`) && /\byes\s+yes\b/.test(line))).toBe(true)
    expect(fonts.filter(line => /Type 3/.test(line))).toEqual([])
  })

  it('draws every glyph with the bundled typeface, with no system fallback font, in the slides and the handout', () => {
    for (const file of [pdf, handout]) {
      const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
      expect(lines.filter(line => !line.includes(`+${DECK_FONT_FAMILY}-`)).map(line => `${basename(file)}: ${line.split(/\s+/)[0]}`)).toEqual([])
    }
  })

  it('shows the as-of date on the cover, the aftermath\'s opening and the schedule slip, with each review\'s result and what is still to come', () => {
    const data = loadDeckData('data')
    const opening = slides.find(slide => basename(slide.file) === AFTERMATH_FILE)!
    const slip = slides.find(slide => slide.content.includes('<ScheduleSlip'))!
    for (const page of [1, opening.no, slip.no].map(no => pageOf(no)))
      expect(flat(pageText(pdf, page)), `page ${page}`).toContain(flat(asOfLabel(data, ko)))
    const text = flat(pageText(pdf, pageOf(slip.no)))
    const rows = scheduleSlipRows(data, ko)
    expect(rows.filter(row => !row.happened).map(row => row.status)).toEqual(['planned'])
    for (const row of rows) {
      expect(text, row.name).toContain(flat(row.name))
      if (row.happened)
        expect(text, row.name).toContain(flat(ko.slip.happened(row.happened.when)))
    }
  })

  it('shows the second review\'s published scoring and its sources, and Motif Technologies\' path', () => {
    const data = loadDeckData('data')
    const scoring = slides.find(slide => slide.content.includes('<ReviewScoring'))!
    const text = flat(pageText(pdf, pageOf(scoring.no)))
    const view = reviewScoring(data, 'second-evaluation', ko)!
    for (const segment of view.segments) {
      expect(text, segment.name).toContain(flat(segment.name))
      if (segment.top)
        expect(text, segment.name).toContain(flat(ko.scoring.top(segment.top.score, ko.list(segment.top.teams))))
    }
    // The footnote line names the ministry's release and note by their numbers on the sources pages.
    for (const entry of citeEntries(data.sources, ['msit-2026-08-18', 'msit-2026-08-20'], ko))
      expect(text).toMatch(new RegExp(`\\[(?:\\d+,)*${entry.n}(?:,\\d+)*\\]`))
    const path = slides.find(slide => slide.content.includes('<TeamPath'))!
    const pathText = flat(pageText(pdf, pageOf(path.no)))
    for (const step of teamPath(data, 'motif-technologies', ko).filter(s => s.outcome === 'selected' || s.outcome === 'eliminated'))
      expect(pathText, step.text).toContain(flat(step.when))
  })
})

describe('npm run export -- --lang en', () => {
  it('writes the English edition: a page per slide, each with its title, the outline, English metadata, the typeface alone', async () => {
    const info = execFileSync('pdfinfo', [pdfEn], { encoding: 'utf8' })
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(printedAt.en.count)
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    for (const slide of english)
      expect(spaced(pageText(pdfEn, pageOf(slide.no, 'en'))), `slide ${slide.no}`).toContain(spaced(slide.title!))
    const flatten = (items: OutlineItem[]): OutlineItem[] => items.flatMap(item => [item, ...flatten(item.children)])
    expect(flatten(outlineOf(pdfEn)).map(item => item.title)).toEqual(english.map(slide => slide.title))
    const doc = await PDFDocument.load(readFileSync(pdfEn), { updateMetadata: false })
    expect(doc.getTitle()).toBe(english[0]!.frontmatter.title)
    expect((doc.catalog.lookup(PDFName.of('Lang'), PDFString)).decodeText()).toBe('en')
    const fonts = execFileSync('pdffonts', [pdfEn], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(fonts.filter(line => !line.includes(`+${DECK_FONT_FAMILY}-`))).toEqual([])
  })
})

describe('npm run export, shown later than its data', () => {
  it('prints one line naming the data\'s date and how many days ago it was, and the export still succeeds', () => {
    expect(printed.today).not.toMatch(/Note: data checked/)
    const notes = printed.later.split('\n').filter(line => line.startsWith('Note: '))
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(new RegExp(`^Note: data checked ${asOf}, 100 days ago`))
    expect(readFileSync(pdfEn).subarray(0, 5).toString()).toBe('%PDF-')
  })
})

describe.each([['ko', () => pdf], ['en', () => pdfEn]] as const)('the diagrams in the %s PDF', (lang, file) => {
  it('each sits on its slide\'s page, every label kept as text, tagged as a figure named by its accTitle', async () => {
    const diagrams = await editionDiagrams(lang)
    const figures = await figuresOf(file())
    expect(diagrams.length).toBeGreaterThan(0)
    for (const { slide, what, title, labels } of diagrams) {
      const page = pageOf(slide.no, lang)
      const text = flat(pageText(file(), page)).replace(/<br\s*\/?>/g, '')
      for (const label of labels)
        expect(text, `slide ${slide.no} (${slide.file}:${slide.line}), ${what}: "${label}"`).toContain(flat(label).replace(/<br\s*\/?>/g, ''))
      expect(figures.filter(figure => figure.page === page).map(figure => figure.alt), `slide ${slide.no}, ${what}`).toContain(title)
    }
  })
})

describe('npm run export -- --handout', () => {
  it('gives one A4 page per page of the slides\' PDF, the slide with its speaker notes', () => {
    const info = execFileSync('pdfinfo', [handout], { encoding: 'utf8' })
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(printedAt.ko.count)
    const [width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!.slice(1).map(Number)
    expect(Math.round(width!)).toBe(596)
    expect(Math.round(height!)).toBe(842)
    for (const slide of slides) {
      const text = flat(pageText(handout, pageOf(slide.no)))
      expect(text, `slide ${slide.no}: title`).toContain(flat(slide.title!))
      const firstNote = slide.notes?.split('\n').find(line => line.trim())?.replace(/[*_`>#-]/g, '').slice(0, 30)
      if (firstNote)
        expect(text, `slide ${slide.no}: notes (${slide.file}:${slide.line})`).toContain(flat(firstNote))
    }
    expect(slides.filter(slide => slide.notes).length).toBeGreaterThan(slides.length / 2)
  })

  it('prints each page\'s planned time, the plan up to it and the slot; the sources outside the slot', () => {
    const times = handoutTimes(slides, editionEntry('ko'), 'data', ko)
    expect(Object.keys(times)).toHaveLength(slides.length)
    for (const slide of slides)
      expect(flat(pageText(handout, pageOf(slide.no))), `slide ${slide.no}`).toContain(flat(times[slide.no]!))
    expect(times[1]).toMatch(/^계획 \d+:\d\d \(여기까지 \d+:\d\d \/ 20:00\)$/)
    expect(times[slides.at(-1)!.no]).toBe(ko.pace.reference)
  })
})

describe('npm run export -- --format png --dark', () => {
  /** `03-1.png`, `03-2.png` for a slide printed at each step; `04.png` for one printed once. */
  const pngNames = slides.flatMap((slide) => {
    const { first, last } = printedAt.ko.of(slide.no)
    const no = String(slide.no).padStart(2, '0')
    return last > first ? Array.from({ length: last - first + 1 }, (_, step) => `${no}-${step + 1}.png`) : [`${no}.png`]
  })

  it('writes one PNG per page of the PDF at twice the slide\'s size, a slide\'s steps numbered', () => {
    const files = readdirSync(pngDir).sort()
    expect(files).toEqual(pngNames)
    const header = readFileSync(join(pngDir, files[0]!))
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1960, 1104])
  })

  it('draws on each picture every row the PDF page draws, footers included', () => {
    // The PDF page rasterised at the slide's own 96 dpi, the PNG's rows taken in pairs (it is drawn at 2x):
    // the rows that hold ink must match within 2 px, though one is dark and one light.
    const rasterDir = join(outDir, 'pdf-pages')
    mkdirSync(rasterDir)
    execFileSync('pdftoppm', ['-r', '96', '-png', pdf, join(rasterDir, 'page')])
    const pages = readdirSync(rasterDir).sort()
    expect(pages).toHaveLength(pngNames.length)
    const near = (rows: boolean[], y: number) => rows.slice(Math.max(0, y - 2), y + 3).some(Boolean)
    const differing = pngNames.flatMap((name, i) => {
      const slide = slides.find(s => s.no === Number(name.slice(0, 2)))!
      const drawn = inkRows(decodePng(readFileSync(join(pngDir, name))))
      const png = Array.from({ length: drawn.length / 2 }, (_, y) => drawn[2 * y]! || drawn[2 * y + 1]!)
      const printed = inkRows(decodePng(readFileSync(join(rasterDir, pages[i]!))))
      const missing = printed.flatMap((ink, y) => ink && !near(png, y) ? [y] : [])
      const extra = png.flatMap((ink, y) => ink && !near(printed, y) ? [y] : [])
      return missing.length || extra.length
        ? [`${name}, slide ${slide.no} (${slide.file}:${slide.line}): ${missing.length} rows only in the PDF (from y ${missing[0] ?? '-'} px), ${extra.length} only in the PNG (from y ${extra[0] ?? '-'} px)`]
        : []
    })
    expect(differing).toEqual([])
  })
})

describe('a slide that never gets ready', () => {
  it('stops the export, naming the slide, its file and line, and what it waited for', async () => {
    const entry = 'tests/fixtures/broken-slide/slides.md'
    const broken = (await loadDeck(entry)).slides[1]!
    const output = join(outDir, 'broken.pdf')
    const run = exportDeck({ lang: 'ko', entry, format: 'pdf', output, dark: false, withClicks: false, handout: false, timeoutMs: 5000 }, inject('chromiumPath'))
    await expect(run).rejects.toThrow(`slide 2 (${entry}:${broken.line}): still waiting for its Mermaid diagrams to render`)
    expect(readdirSync(outDir)).not.toContain('broken.pdf')
  }, 180_000)
})
