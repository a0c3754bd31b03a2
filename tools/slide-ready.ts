/** Waiting, from Node, until a slide of the deck in a Playwright page is drawn (lib/slide-ready.ts says when). */
import type { Page } from 'playwright-core'
import { slideNotReady } from '../lib/slide-ready'

/** Waits until slide `no` is drawn; the error names what it was still waiting for. */
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
