/**
 * Turns Slidev's print view into a handout: on each A4 page one slide, shrunk
 * to the page's width, and below it the slide's speaker notes as the built
 * deck holds them (Markdown already rendered by Slidev). Run in the page once
 * the print view is ready; self-contained, as Playwright sends only its source.
 * Returns '' when done, or what went wrong.
 */
export interface HandoutLabels {
  /** Heading over the notes. */
  notes: string
  /** Shown for a slide that has no notes. */
  none: string
}

/** `planned`: each page's planned time (node/talk-plan.ts handoutTimes), by slide number, printed beside the heading. */
export function makeHandout({ labels, planned = {} }: { labels: HandoutLabels, planned?: Record<number, string> }): string {
  // A4 at 96 px per inch, with a 40 px margin all round.
  const page = { width: 794, height: 1123, margin: 40 }
  const inner = { width: page.width - 2 * page.margin, height: page.height - 2 * page.margin }
  interface SlideMeta { no: number, noteHTML?: string }
  type Routes = { meta?: { slide?: SlideMeta } }[]
  // Slidev provides its context ($slidev: nav, configs) to the app; its slides carry the rendered notes.
  const app = (document.querySelector('#app') as (Element & { __vue_app__?: { _context: { provides: Record<string | symbol, unknown> } } }) | null)?.__vue_app__
  const provides = app?._context.provides ?? {}
  const context = [...Object.getOwnPropertySymbols(provides), ...Object.keys(provides)]
    .map(key => provides[key] as { nav?: { slides?: Routes | { value: Routes } } } | undefined)
    .find(value => value?.nav?.slides)
  const slides = context?.nav?.slides
  const routes = slides && ('value' in slides ? slides.value : slides)
  if (!routes)
    return 'the deck\'s slides (and their notes) are not reachable in the print view'
  const notes = new Map(routes.map(route => route.meta?.slide).filter((slide): slide is SlideMeta => !!slide).map(slide => [slide.no, slide.noteHTML ?? '']))

  const style = document.createElement('style')
  style.textContent = `
@page { size: ${page.width}px ${page.height}px; margin: ${page.margin}px; }
html.print, html.print body, html.print #app, html.print #page-root, #print-container { width: ${inner.width}px !important; background: white !important; }
.print-slide-container { zoom: ${inner.width / 980}; box-shadow: 0 0 0 1px #d0d0d0; break-after: auto !important; }
.deck-handout-notes { color: #1a1a1a; font-size: 13px; line-height: 1.6; padding-top: 14px; overflow: hidden; }
.deck-handout-notes h2 { font-size: 12px; font-weight: 700; letter-spacing: 0.04em; color: #555; margin: 0 0 6px; display: flex; justify-content: space-between; }
.deck-handout-notes h2 .deck-handout-planned { font-weight: 400; letter-spacing: 0; }
.deck-handout-notes p { margin: 0 0 0.6em; white-space: pre-line; }
.deck-handout-notes * { font-family: inherit; }
.deck-handout-notes .deck-handout-none { color: #777; font-style: italic; }
`
  document.head.append(style)

  // The pages the export prints: those it left out are hidden (print-view.ts choosePages).
  const containers = [...document.querySelectorAll<HTMLElement>('.print-slide-container')].filter(c => c.checkVisibility())
  for (const [index, container] of containers.entries()) {
    const no = Number(container.querySelector('.slidev-page')?.getAttribute('data-slidev-no'))
    const block = document.createElement('section')
    block.className = 'deck-handout-notes'
    const heading = document.createElement('h2')
    heading.textContent = `${labels.notes} · ${no}`
    if (planned[no]) {
      const time = document.createElement('span')
      time.className = 'deck-handout-planned'
      time.textContent = planned[no]
      heading.append(time)
    }
    block.append(heading)
    const body = document.createElement('div')
    const html = notes.get(no)
    if (html)
      body.innerHTML = html
    else
      body.innerHTML = `<p class="deck-handout-none"></p>`
    if (!html)
      body.firstElementChild!.textContent = labels.none
    block.append(body)
    if (index < containers.length - 1)
      block.style.breakAfter = 'page'
    container.after(block)
    // The notes take the page below the slide; long notes get a smaller type until they fit.
    block.style.height = `${Math.floor(inner.height - container.getBoundingClientRect().height)}px`
    for (let size = 13; block.scrollHeight > block.clientHeight && size > 8; size -= 0.5)
      block.style.fontSize = `${size - 0.5}px`
    if (block.scrollHeight > block.clientHeight)
      return `the notes of slide ${no} do not fit on its page, even in 8 px type`
  }
  return ''
}
