/**
 * When Slidev's print view (/print) of the deck is ready to print: every page
 * drawn by the one slide contract (slide-ready.ts), every page holding its
 * slide's title, and every character set in the deck's typeface, with a
 * loaded face that has its glyph. Run in the page, so it is self-contained:
 * Playwright sends only its source.
 */

/** What a page of the print view must show: the slide number and its title (from the Markdown). */
export interface ExpectedPage {
  no: number
  title?: string
}

/**
 * What the print view still waits for, as `slide N: what`, or '' when every
 * page is ready. `slideNotReady` is the slide contract (lib/slide-ready.ts),
 * passed in because the page gets only this function's source.
 */
export function printNotReady(slideNotReady: (el: Element) => string, expected: ExpectedPage[], family: string): string {
  // Slidev's Markdown sets straight quotes as typographic ones: "startup's" shows as "startup’s".
  const flat = (text: string) => text.replace(/\s+/g, '').replace(/[‘’]/g, '\'').replace(/[“”]/g, '"')
  const containers = [...document.querySelectorAll('.print-slide-container')]
  if (containers.length === 0)
    return 'slide 1: the print view to show'
  const seen = new Set<number>()
  for (const container of containers) {
    const page = container.querySelector('.slidev-page')
    const no = Number(page?.getAttribute('data-slidev-no'))
    if (!page)
      return `a page of the print view (${container.id}): its slide`
    seen.add(no)
    const waiting = slideNotReady(page)
    if (waiting)
      return `slide ${no}: ${waiting}`
    const title = expected.find(e => e.no === no)?.title
    if (title && !flat(container.textContent ?? '').includes(flat(title)))
      return `slide ${no}: its title "${title}"`
  }
  const missing = expected.find(e => !seen.has(e.no))
  if (missing)
    return `slide ${missing.no}: its page in the print view`

  // The deck's typeface: each face is one weight (and possibly one character range) of the family.
  const faces = [...document.fonts].filter(face => face.family.replace(/["']/g, '') === family)
  if (faces.length === 0)
    return `the typeface ${family} to be declared`
  const failed = faces.find(face => face.status === 'error')
  if (failed)
    return `the typeface ${family} (weight ${failed.weight}) to load: its file failed`
  const ranges = faces.filter(face => face.status === 'loaded').map((face) => {
    const spans = face.unicodeRange.split(',').map((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
      const start = Number.parseInt(from!.replace(/\?/g, '0'), 16)
      const end = to ? Number.parseInt(to, 16) : Number.parseInt(from!.replace(/\?/g, 'F'), 16)
      return [start, end] as const
    })
    return spans
  })
  const drawable = (code: number) => ranges.some(spans => spans.some(([start, end]) => code >= start && code <= end))

  const textNodes = function* (root: Node): Generator<Text> {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      if (node instanceof Text)
        yield node
      else if (node instanceof Element && node.shadowRoot)
        yield* textNodes(node.shadowRoot)
    }
  }
  for (const container of containers) {
    const no = container.querySelector('.slidev-page')?.getAttribute('data-slidev-no')
    for (const text of textNodes(container)) {
      const shown = text.data.replace(/\s+/g, '')
      const parent = text.parentElement
      if (!shown || !parent || !parent.checkVisibility() || parent.closest('style, script, title, desc'))
        continue
      const first = getComputedStyle(parent).fontFamily.split(',')[0]!.trim().replace(/["']/g, '')
      if (first !== family)
        return `slide ${no}: "${shown.slice(0, 40)}" to be set in ${family}, not ${first}`
      const lacking = [...shown].find(char => !drawable(char.codePointAt(0)!))
      if (lacking)
        return `slide ${no}: a face of ${family} with "${lacking}" (U+${lacking.codePointAt(0)!.toString(16).toUpperCase()}), in "${shown.slice(0, 40)}"`
    }
  }
  return ''
}
