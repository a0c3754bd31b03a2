/**
 * When a slide of the built deck counts as drawn, for everything that looks at
 * one in a browser (the slide checks, the browser tests).
 *
 * Slidev shows a slide's wrapper (`.slidev-page-N`) at once, but the slide's own
 * component is asynchronous: for its first 300 ms it renders nothing, then a
 * "Loading slide..." placeholder (`.slidev-slide-loading`), until the slide's
 * module and its imports have arrived. A slide with a diagram imports Mermaid
 * (3.7 MB), so the first such slide can stay empty for seconds after it shows.
 * Until the content is there, "every Mermaid diagram has its SVG" and "every
 * image is loaded" hold for the empty set: the slide must have its content first.
 */
import type { Page } from 'playwright-core'

/**
 * Runs in the page: what slide `no` still waits for, or '' when it is drawn.
 * Self-contained, as Playwright sends only its source.
 */
export function slideNotReady(no: number): string {
  const el = document.querySelector(`.slidev-page-${no}`)
  if (!el || !el.checkVisibility())
    return 'the slide to show'
  // The wrapper holds the slide's rendered layout once its component has loaded: nothing, or only the placeholder, before.
  if (el.querySelector('.slidev-slide-loading') || ![...el.children].some(child => !child.classList.contains('slidev-slide-loading')))
    return 'its content to load'
  if (![...el.querySelectorAll('.mermaid')].every(d => d.shadowRoot?.querySelector('svg')))
    return 'its Mermaid diagrams to render'
  if (![...el.querySelectorAll('img')].every(img => img.complete))
    return 'its images to load'
  return document.fonts.status === 'loaded' ? '' : 'fonts to load'
}

/** Waits until slide `no` is drawn (see slideNotReady); the error names what it was still waiting for. */
export async function waitForSlide(page: Page, no: number, options: { timeout?: number, label?: string } = {}): Promise<void> {
  try {
    // `slideNotReady` names what is missing, '' when nothing is: wait for ''.
    await page.waitForFunction(`(${slideNotReady.toString()})(${no}) === ''`, undefined, { timeout: options.timeout ?? 60_000, polling: 50 })
  }
  catch (error) {
    const what = await page.evaluate(slideNotReady, no).catch(() => 'the page')
    throw new Error(`${options.label ?? `Slide ${no}`} at ${page.url()}: gave up waiting for ${what || 'it to settle'}.`, { cause: error })
  }
}
