/**
 * When a slide counts as drawn: one contract for the slide checks and the
 * browser tests (run in the page, so it lives beside the deck's code).
 *
 * Slidev shows a slide's wrapper (`.slidev-page-N`) at once, but the slide's own
 * component is asynchronous: for its first 300 ms it renders nothing, then a
 * "Loading slide..." placeholder (`.slidev-slide-loading`), until the slide's
 * module and its imports have arrived. Until the content is there, "every
 * Mermaid diagram has its SVG" and "every image is loaded" hold for the empty
 * set: the slide must have its content first.
 *
 * A diagram is drawn when its `.mermaid` host holds its SVG: in a shadow root
 * when Mermaid draws it live (the dev server), inline when the build drew it
 * ahead of time (lib/diagrams/DiagramDrawing.vue), which also says which
 * colour scheme the drawing is for: it must be the page's.
 */

/**
 * What slide `target` (its number, or its wrapper element) still waits for, or
 * '' when it is drawn. Self-contained, as Playwright sends only its source.
 */
export function slideNotReady(target: number | Element): string {
  const el = typeof target === 'number' ? document.querySelector(`.slidev-page-${target}`) : target
  if (!el || !el.checkVisibility())
    return 'the slide to show'
  // The wrapper holds the slide's rendered layout once its component has loaded: nothing, or only the placeholder, before.
  if (el.querySelector('.slidev-slide-loading') || ![...el.children].some(child => !child.classList.contains('slidev-slide-loading')))
    return 'its content to load'
  if (el.querySelector('.diagram-missing'))
    return 'a Mermaid diagram the build did not draw'
  const scheme = document.documentElement.classList.contains('dark') ? 'dark' : 'light'
  if (![...el.querySelectorAll('.mermaid')].every(d => (d.shadowRoot ?? d).querySelector('svg') && (d.getAttribute('data-diagram-theme') ?? scheme) === scheme))
    return 'its Mermaid diagrams to render'
  if (![...el.querySelectorAll('img')].every(img => img.complete))
    return 'its images to load'
  return document.fonts.status === 'loaded' ? '' : 'fonts to load'
}
