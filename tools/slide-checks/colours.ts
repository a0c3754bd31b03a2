/**
 * Runs inside the browser (page.evaluate), before measure.ts on each step:
 * installs on `window.deckColours` what the measurement needs of colours:
 * a CSS colour as sRGB rgba(), its alpha, the opacity above an element, and
 * the backdrop a text is drawn on (the colours of the layers behind it, or
 * null when an image or a gradient is among them), for the contrast check;
 * and the two ways of walking the page they rest on, which measure.ts uses too.
 * Self-contained, as page.evaluate needs.
 */

export interface PageColours {
  /** An element's parent, the host of a shadow root included. */
  composedParent: (el: Element) => Element | null
  /** Drawn: not hidden by display, visibility or opacity. */
  isVisible: (el: Element) => boolean
  rgb: (color: string) => string
  alphaOf: (color: string) => number
  withAlpha: (color: string, factor: number) => string
  opacityUpTo: (el: Element, stop: Element | null) => number
  backdropOf: (el: Element) => string[] | null
}

export function installColours(): void {
  const page = window as unknown as { deckColours?: PageColours }
  if (page.deckColours)
    return
  const composedParent = (el: Element): Element | null => {
    if (el.parentElement)
      return el.parentElement
    const parent = el.parentNode
    return parent instanceof ShadowRoot ? parent.host : null
  }
  const isVisible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  /** The SVG elements that can paint behind a text. */
  const SHAPES = new Set(['rect', 'circle', 'ellipse', 'polygon', 'path', 'polyline'])

  // Colours in computed styles are rgb()/rgba() except for wide-gamut spaces; a pixel turns those into sRGB.
  const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })
  const rgb = (color: string): string => {
    if (color.startsWith('rgb') || !pixel)
      return color
    pixel.clearRect(0, 0, 1, 1)
    pixel.fillStyle = color
    pixel.fillRect(0, 0, 1, 1)
    const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data
    return `rgba(${r}, ${g}, ${b}, ${(a ?? 255) / 255})`
  }
  const alphaOf = (color: string) => {
    const parts = color.replace(/^rgba?\(|\)$/g, '').split(/[\s,/]+/).filter(Boolean)
    return parts[3] === undefined ? 1 : Number.parseFloat(parts[3])
  }
  const withAlpha = (color: string, factor: number) => {
    const parts = color.replace(/^rgba?\(|\)$/g, '').split(/[\s,/]+/).filter(Boolean)
    return `rgba(${parts[0]}, ${parts[1]}, ${parts[2]}, ${alphaOf(color) * factor})`
  }

  const opacityUpTo = (el: Element, stop: Element | null): number => {
    let product = 1
    for (let node: Element | null = el; node && node !== stop; node = composedParent(node))
      product *= Number.parseFloat(getComputedStyle(node).opacity) || 0
    return product
  }

  /** What paints an element, as a backdrop for text above it: a colour, nothing, or unknown (image, gradient). */
  const paintOf = (el: Element): string | null | undefined => {
    const style = getComputedStyle(el)
    if (el instanceof SVGElement && SHAPES.has(el.tagName.toLowerCase())) {
      if (!style.fill.startsWith('rgb') && !style.fill.startsWith('#') && !style.fill.startsWith('color'))
        return style.fill === 'none' ? null : undefined
      const svgRoot = el.ownerSVGElement
      return withAlpha(rgb(style.fill), (Number.parseFloat(style.fillOpacity) || 0) * opacityUpTo(el, svgRoot))
    }
    if (el instanceof SVGElement && !(el instanceof SVGSVGElement))
      return null
    if (['IMG', 'VIDEO', 'CANVAS', 'IFRAME'].includes(el.tagName))
      return undefined
    if (style.backgroundImage !== 'none')
      return undefined
    const color = rgb(style.backgroundColor)
    return alphaOf(color) > 0 ? color : null
  }

  const firstTextPoint = (el: Element): { x: number, y: number } | undefined => {
    const text = [...el.childNodes].find(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
    if (!text)
      return undefined
    const range = document.createRange()
    range.selectNodeContents(text)
    const rect = [...range.getClientRects()].find(r => r.width > 0 && r.height > 0)
    // Near the first glyph: the middle of a long line may lie outside a box that clips it.
    return rect && { x: rect.left + Math.min(rect.width, rect.height) / 2, y: rect.top + rect.height / 2 }
  }

  /**
   * The paint of the topmost SVG shape under a point that lies below `el` in paint
   * order (earlier in the document): a node's box under its label. Found by
   * geometry, so that it works for labels the viewport does not show too.
   */
  const shapeBehind = (el: Element, svg: SVGSVGElement, point: { x: number, y: number }): string | null | undefined => {
    const shapes = [...svg.querySelectorAll<SVGGeometryElement>('rect, circle, ellipse, polygon, path, polyline')]
      .filter(shape => (shape.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
        && !shape.closest('defs, marker, clipPath, mask, pattern, symbol'))
    for (const shape of shapes.reverse()) {
      const matrix = shape.getScreenCTM()
      if (!matrix || !isVisible(shape))
        continue
      const local = new DOMPoint(point.x, point.y).matrixTransform(matrix.inverse())
      if (!shape.isPointInFill(local))
        continue
      const paint = paintOf(shape)
      if (paint !== null)
        return paint
    }
    return null
  }

  /**
   * The colours behind a text, nearest first. For HTML: what the browser paints
   * below the text's first glyphs (positioned siblings included). Inside an SVG,
   * or where the text is not on screen: its ancestors' backgrounds, with the SVG
   * shape under the text slotted in where the walk leaves the SVG.
   */
  const backdropOf = (el: Element): string[] | null => {
    const layers: string[] = []
    const point = firstTextPoint(el)
    const svg = el.closest('svg')
    let below: Element[] = []
    if (!svg && point && point.x >= 0 && point.y >= 0 && point.x < innerWidth && point.y < innerHeight) {
      const stack = (el.getRootNode() as Document | ShadowRoot).elementsFromPoint(point.x, point.y)
      below = stack.includes(el) ? stack.slice(stack.indexOf(el)) : []
    }
    if (below.length === 0) {
      for (let node: Element | null = el; node; node = composedParent(node))
        below.push(node)
    }
    const add = (paint: string | null | undefined): 'unknown' | 'opaque' | 'more' => {
      if (paint === undefined)
        return 'unknown'
      if (paint !== null)
        layers.push(paint)
      return paint !== null && alphaOf(paint) >= 1 ? 'opaque' : 'more'
    }
    for (const layer of below) {
      if (layer !== el && !isVisible(layer) && layer !== document.documentElement && layer !== document.body)
        continue
      const state = add(layer === svg && point ? shapeBehind(el, svg, point) : null)
      const next = state === 'more' ? add(paintOf(layer)) : state
      if (next === 'unknown')
        return null
      if (next === 'opaque')
        break
    }
    return layers
  }

  page.deckColours = { composedParent, isVisible, rgb, alphaOf, withAlpha, opacityUpTo, backdropOf }
}
