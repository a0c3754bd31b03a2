/**
 * Runs in the print view's page once every slide has been captured: replaces
 * the page with the contact sheet, laid out by sheetLayout. The page keeps the
 * deck's @font-face rules, so the heading is set in the deck's own typeface
 * (the machine may have no other Korean font). Self-contained: the page gets
 * only this function's source.
 */
import type { SHEET_SPACING, SheetLayout } from './layout'

export interface ComposeSpec {
  heading: string
  dark: boolean
  /** The deck's font family. */
  font: string
  layout: SheetLayout
  spacing: typeof SHEET_SPACING
  /** One base64 PNG per cell, in the cells' order. */
  images: string[]
}

/** Resolves with '' once the sheet is drawn, or with what went wrong. */
export async function composeSheet(spec: ComposeSpec): Promise<string> {
  const { layout, spacing } = spec
  const colors = spec.dark
    ? { page: '#0b0f17', text: '#e5e7eb', muted: '#9ca3af', frame: '#374151' }
    : { page: '#e5e7eb', text: '#111827', muted: '#4b5563', frame: '#9ca3af' }
  // A shadow root keeps the deck's style sheets off the sheet; the document's fonts still apply inside it.
  const host = document.createElement('div')
  const root = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = `
    :host { all: initial; display: block; position: relative; width: ${layout.width}px; height: ${layout.height}px;
      background: ${colors.page}; font-family: '${spec.font}', sans-serif; color: ${colors.text}; }
    h1 { position: absolute; left: ${spacing.margin}px; top: ${spacing.margin}px; margin: 0; font-size: 28px; line-height: ${spacing.heading - 16}px; font-weight: 700; }
    .cell { position: absolute; width: ${layout.thumb.width}px; }
    .no { display: block; height: ${spacing.number}px; font-size: 20px; line-height: ${spacing.number - 6}px; font-weight: 700; color: ${colors.muted}; }
    img { display: block; width: ${layout.thumb.width}px; height: ${layout.thumb.height}px; outline: 1px solid ${colors.frame}; }`
  const heading = document.createElement('h1')
  heading.textContent = spec.heading
  root.append(style, heading)
  const images = layout.cells.map((cell, i) => {
    const box = document.createElement('div')
    box.className = 'cell'
    box.style.left = `${cell.x}px`
    box.style.top = `${cell.y}px`
    const no = document.createElement('span')
    no.className = 'no'
    no.textContent = String(cell.no)
    const image = document.createElement('img')
    image.alt = `slide ${cell.no}`
    image.src = `data:image/png;base64,${spec.images[i] ?? ''}`
    box.append(no, image)
    root.append(box)
    return image
  })
  document.documentElement.setAttribute('style', `margin: 0; padding: 0; background: ${colors.page}; overflow: visible;`)
  document.body.setAttribute('style', 'margin: 0; padding: 0; overflow: visible;')
  document.body.replaceChildren(host)
  window.scrollTo(0, 0)
  const broken = (await Promise.all(images.map(image => image.decode().then(() => '', () => image.alt)))).filter(Boolean)
  if (broken.length)
    return `the thumbnails of ${broken.join(', ')} did not decode`
  await document.fonts.ready
  return ''
}
