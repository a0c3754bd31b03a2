/**
 * Runs inside the browser (page.evaluate), beside measure.ts: the words a
 * slide shows, as the audience reads them, for the word budgets
 * (../talk/word-budget.ts). Self-contained for the same reason: Playwright
 * sends only this function's source to the page.
 */
import type { SlideReading } from './types'

export function readSlide(selector: string): SlideReading {
  const slide = document.querySelector<HTMLElement>(selector)
  if (!slide)
    throw new Error(`No slide matches ${selector}`)
  const isVisible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })

  /**
   * The words shown: every rendered text node of the slide, shadow roots
   * included, in document order; a space wherever the layout breaks (a block,
   * a line break, an SVG element), none inside a run of inline text ("<b>5</b>개").
   * Left out: the citation footer, text not drawn (SVG titles, collapsed), and
   * text hidden (a later click's, by opacity or visibility).
   */
  const reading: SlideReading = { text: '', picture: '' }
  const NOT_READ = 'title, desc, style, script, template, defs, .deck-foot'
  const readRange = document.createRange()
  const read = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const parent = child.parentElement
        const value = child.textContent ?? ''
        if (!parent)
          continue
        const inPicture = !!parent.closest('svg')
        if (!value.trim()) {
          // Whitespace between inline elements is a word break when drawn; a collapsed one changes nothing either way.
          reading[inPicture ? 'picture' : 'text'] += ' '
          continue
        }
        readRange.selectNodeContents(child)
        if (!isVisible(parent) || readRange.getClientRects().length === 0)
          continue
        reading[inPicture ? 'picture' : 'text'] += value
        continue
      }
      if (!(child instanceof Element) || child.matches(NOT_READ))
        continue
      const display = child instanceof SVGElement ? 'block' : getComputedStyle(child).display
      const breaks = child.tagName.toLowerCase() === 'br' || (display !== 'inline' && display !== 'contents')
      const key = child instanceof SVGElement ? 'picture' : 'text'
      if (breaks)
        reading[key] += ' '
      read(child.shadowRoot ?? child)
      if (breaks)
        reading[key] += ' '
    }
  }
  read(slide)
  reading.text = reading.text.replace(/\s+/g, ' ').trim()
  reading.picture = reading.picture.replace(/\s+/g, ' ').trim()
  return reading
}
