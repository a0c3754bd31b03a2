/**
 * Runs inside the browser (page.evaluate): measures one slide as drawn and
 * returns plain data for the pure judges in judge.ts. It must stay
 * self-contained: Playwright sends only this function's source to the page,
 * so it may use types but nothing imported at run time. The colour helpers
 * it reads from `window.deckColours` are installed first (./colours.ts).
 */
import type { PageColours } from './colours'
import type { Box, DiagramBar, DiagramEdge, DiagramLabel, MeasuredBox, MeasuredClip, MeasuredDiagram, MeasuredGraphic, MeasuredText, SlideMeasurement } from './types'

export function measureSlide(selector: string): SlideMeasurement {
  const slide = document.querySelector<HTMLElement>(selector)
  if (!slide)
    throw new Error(`No slide matches ${selector}`)
  // The canvas is the scaled box Slidev draws every slide in (980x552 unless configured).
  const canvasElement = slide.closest<HTMLElement>('.slidev-slide-content') ?? slide
  const canvasRect = canvasElement.getBoundingClientRect()
  const canvas = { width: canvasElement.offsetWidth, height: canvasElement.offsetHeight }
  const scale = canvasRect.width / canvas.width
  const { composedParent, isVisible, rgb, alphaOf, withAlpha, opacityUpTo, backdropOf } = (window as unknown as { deckColours: PageColours }).deckColours

  const TEXT_EXCERPT = 40
  /** A Mermaid flowchart's edges (Mermaid 11 marks them `data-edge`; earlier versions only by class). */
  const EDGE_PATHS = 'path[data-edge="true"], path.flowchart-link'

  const toCanvas = (rect: DOMRect): Box => ({
    left: (rect.left - canvasRect.left) / scale,
    top: (rect.top - canvasRect.top) / scale,
    right: (rect.right - canvasRect.left) / scale,
    bottom: (rect.bottom - canvasRect.top) / scale,
  })

  const ownText = (el: Element) => [...el.childNodes]
    .filter(node => node.nodeType === Node.TEXT_NODE)
    .map(node => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()

  const excerpt = (text: string) => text.length > TEXT_EXCERPT ? `${text.slice(0, TEXT_EXCERPT - 1)}…` : text

  const isShadowTop = (el: Element) => !el.parentElement && el.parentNode instanceof ShadowRoot

  /** A short CSS path below the slide, `>>` where it enters a shadow root (Mermaid's). */
  const describe = (el: Element): string => {
    const parts: string[] = []
    let below = ''
    for (let node: Element | null = el; node && node !== slide; node = composedParent(node)) {
      const tag = node.tagName.toLowerCase()
      // Slidev's click classes change between steps and Mermaid's ids are random: neither helps an author.
      const cls = [...node.classList].find(c => !c.startsWith('slidev-vclick') && /^[a-z][\w-]*$/i.test(c))
      const siblings = node.parentNode ? [...node.parentNode.children].filter(s => s.tagName === node!.tagName) : []
      const nth = siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(node) + 1})` : ''
      parts.unshift(`${tag}${cls ? `.${cls}` : ''}${nth}${below}`)
      below = isShadowTop(node) ? ' >> ' : ' > '
    }
    return (parts.length > 4 ? '… ' : '') + parts.slice(-4).join('')
  }

  /** Screen pixels per CSS pixel of `el`: every transform, scale and zoom above it, the slide's own included. */
  const screenScale = (el: Element): number => {
    const anchor = el instanceof SVGGraphicsElement ? el : el.closest('foreignObject')
    if (anchor instanceof SVGGraphicsElement) {
      // An SVG's screen matrix already holds its viewBox scaling and every CSS transform above it.
      const m = anchor.getScreenCTM()
      if (m)
        return Math.sqrt(Math.abs(m.a * m.d - m.b * m.c))
    }
    let factor = 1
    for (let node: Element | null = el; node; node = composedParent(node)) {
      const style = getComputedStyle(node)
      if (style.transform && style.transform !== 'none') {
        const m = new DOMMatrixReadOnly(style.transform)
        factor *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c))
      }
      if (style.scale && style.scale !== 'none') {
        const [x = 1, y = x] = style.scale.split(/\s+/).map(Number.parseFloat)
        factor *= Math.sqrt(Math.abs(x * y))
      }
      const zoom = Number.parseFloat(style.zoom)
      if (Number.isFinite(zoom) && zoom > 0)
        factor *= zoom
    }
    return factor
  }

  /** The line boxes of an element's own text (not its children's). */
  const ownTextRects = (el: Element): DOMRect[] => {
    const range = document.createRange()
    return [...el.childNodes]
      .filter(node => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
      .flatMap((node) => {
        range.selectNodeContents(node)
        return [...range.getClientRects()].filter(r => r.width > 0 && r.height > 0)
      })
  }

  const REPLACED = new Set(['IMG', 'VIDEO', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'])
  const union = (a: DOMRect | undefined, b: DOMRect) => a
    ? new DOMRect(Math.min(a.left, b.left), Math.min(a.top, b.top), Math.max(a.right, b.right) - Math.min(a.left, b.left), Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top))
    : b

  /**
   * What an element draws: its own text's line boxes, plus its whole box when it
   * paints one (an image, an SVG, a background, a border or a shadow). A container as
   * wide as the canvas is the slide's own frame; its background is not content.
   */
  const inkOf = (el: Element, rect: DOMRect): DOMRect | undefined => {
    let ink: DOMRect | undefined
    for (const line of ownTextRects(el))
      ink = union(ink, line)
    if (rect.width === 0 && rect.height === 0)
      return ink
    const style = getComputedStyle(el)
    const frame = rect.width / scale >= canvas.width - 1
    const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(side =>
      Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0
      && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none')
    const paintsBox = REPLACED.has(el.tagName) || el instanceof SVGSVGElement
      || (!frame && (alphaOf(rgb(style.backgroundColor)) > 0 || style.backgroundImage !== 'none' || bordered || style.boxShadow !== 'none'))
    return paintsBox ? union(ink, rect) : ink
  }

  // Walk the slide, Mermaid's shadow roots included, in document order.
  const elements: { el: Element, parent: number | null }[] = []
  const walk = (node: Element | ShadowRoot, parent: number | null) => {
    for (const child of node.children) {
      const index = elements.push({ el: child, parent }) - 1
      if (child.shadowRoot)
        walk(child.shadowRoot, index)
      walk(child, index)
    }
  }
  walk(slide, null)

  /**
   * Diagrams: Mermaid's SVGs (which carry `aria-roledescription` and, for a
   * flowchart, edge paths; in a shadow root when the browser drew them, inline
   * when drawn at build time) and the deck's own charts (`svg.deck-chart`).
   */
  const diagramSvgs = elements.map(({ el }) => el).filter((el): el is SVGSVGElement =>
    el instanceof SVGSVGElement && !el.parentElement?.closest('svg') && isVisible(el)
    && (el.hasAttribute('aria-roledescription') || el.classList.contains('deck-chart') || el.classList.contains('deck-sankey') || !!el.querySelector(EDGE_PATHS)))
  const diagramOf = (el: Element): number | null => {
    const index = diagramSvgs.findIndex(svg => svg === el || svg.contains(el))
    return index === -1 ? null : index
  }

  const boxes: MeasuredBox[] = []
  const boxIndex = new Map<number, number>()
  const texts: MeasuredText[] = []
  const clips: MeasuredClip[] = []
  const graphics: MeasuredGraphic[] = []

  elements.forEach(({ el, parent }, index) => {
    if (!isVisible(el))
      return
    const rect = el.getBoundingClientRect()
    const path = describe(el)
    const own = ownText(el)
    const text = excerpt(own || (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    const inSvg = el instanceof SVGElement && !(el instanceof SVGSVGElement)

    // Boxes: the ink an element puts on the canvas, which must not stick out of it. An SVG's inside is bounded by the SVG's own box.
    if (!inSvg && !el.closest('foreignObject')) {
      const ink = inkOf(el, rect)
      if (ink) {
        let measuredParent = parent
        while (measuredParent !== null && !boxIndex.has(measuredParent))
          measuredParent = elements[measuredParent]!.parent
        boxIndex.set(index, boxes.length)
        boxes.push({ path, text, box: toCanvas(ink), parent: measuredParent === null ? null : boxIndex.get(measuredParent)! })
      }
    }

    // Canvas pixels per CSS pixel of this element.
    const elScale = screenScale(el) / scale
    const style = getComputedStyle(el)

    if (own && rect.width > 0 && rect.height > 0) {
      const svgText = el instanceof SVGElement && !el.closest('foreignObject')
      const paint = svgText ? style.fill : style.color
      const usable = paint.startsWith('rgb') || paint.startsWith('#') || paint.startsWith('color') || paint.startsWith('oklch') || paint.startsWith('lab')
      texts.push({
        path,
        text,
        fontSize: Number.parseFloat(style.fontSize) * elScale,
        fontWeight: Number.parseInt(style.fontWeight, 10) || 400,
        color: usable ? withAlpha(rgb(paint), svgText ? Number.parseFloat(style.fillOpacity) || 0 : 1) : 'rgba(0, 0, 0, 0)',
        opacity: opacityUpTo(el, null),
        backdrop: usable ? backdropOf(el) : null,
        lines: ownTextRects(el).map(toCanvas),
        drawnAt: elScale,
        diagram: diagramOf(el),
      })
    }

    // Text cut off by its own box. A box as large as the canvas is the slide itself: that is overflow, not clipping.
    const clipsContent = (value: string) => value !== 'visible'
    if (el instanceof HTMLElement && (el.textContent ?? '').trim()
      && (clipsContent(style.overflowX) || clipsContent(style.overflowY))) {
      const fullCanvas = el.clientWidth * elScale >= canvas.width - 1 && el.clientHeight * elScale >= canvas.height - 1
      if (!fullCanvas) {
        if (clipsContent(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
          clips.push({ path, text, axis: 'horizontal', content: el.scrollWidth * elScale, visible: el.clientWidth * elScale, inForeignObject: !!el.closest('foreignObject') })
        if (clipsContent(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
          clips.push({ path, text, axis: 'vertical', content: el.scrollHeight * elScale, visible: el.clientHeight * elScale, inForeignObject: !!el.closest('foreignObject') })
      }
    }

    // Labels in a foreignObject: the text's own line boxes against the object's box.
    if (el.tagName.toLowerCase() === 'foreignobject' && (el.textContent ?? '').trim()) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      const range = document.createRange()
      let l = Infinity
      let t = Infinity
      let r = -Infinity
      let b = -Infinity
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim())
          continue
        range.selectNodeContents(node)
        for (const line of range.getClientRects()) {
          l = Math.min(l, line.left)
          t = Math.min(t, line.top)
          r = Math.max(r, line.right)
          b = Math.max(b, line.bottom)
        }
      }
      const tolerance = scale // one canvas pixel
      const label = excerpt((el.textContent ?? '').replace(/\s+/g, ' ').trim())
      if (l < rect.left - tolerance || r > rect.right + tolerance)
        clips.push({ path, text: label, axis: 'horizontal', content: (r - l) / scale, visible: rect.width / scale, inForeignObject: true })
      if (t < rect.top - tolerance || b > rect.bottom + tolerance)
        clips.push({ path, text: label, axis: 'vertical', content: (b - t) / scale, visible: rect.height / scale, inForeignObject: true })
    }

    // Images and diagrams need a name a screen reader can say.
    const nameFrom = (target: Element): string => {
      const root = target.getRootNode() as Document | ShadowRoot
      const labelledBy = (target.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => root.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim()
      const title = [...target.children].find(c => c.tagName.toLowerCase() === 'title')?.textContent?.trim() ?? ''
      return (target.getAttribute('aria-label') ?? '').trim() || labelledBy || (target.getAttribute('alt') ?? '').trim() || title
    }
    if (el.tagName === 'IMG' || (el.getAttribute('role') === 'img' && !el.classList.contains('mermaid')))
      graphics.push({ path, text, kind: 'image', name: nameFrom(el) })
    if (el.classList.contains('mermaid')) {
      const svg = el.shadowRoot?.querySelector('svg') ?? el.querySelector('svg')
      graphics.push({ path, text: excerpt(svg?.querySelector('foreignObject, text')?.textContent?.trim() ?? ''), kind: 'diagram', name: [nameFrom(el), svg ? nameFrom(svg) : ''].find(Boolean) ?? '' })
    }
  })

  /** The box of every glyph line of the text under `el`, in canvas pixels; undefined when it draws none. */
  const textBox = (el: Element): Box | undefined => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    let box: DOMRect | undefined
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement || !isVisible(node.parentElement))
        continue
      range.selectNodeContents(node)
      for (const line of range.getClientRects()) {
        if (line.width > 0 && line.height > 0)
          box = union(box, line)
      }
    }
    return box && toCanvas(box)
  }

  /**
   * A diagram's labels: each foreignObject that holds text (Mermaid's HTML
   * labels) and each SVG <text> outside one; their role from Mermaid's classes.
   */
  const labelsOf = (svg: SVGSVGElement): DiagramLabel[] => [...svg.querySelectorAll('foreignObject, text')]
    .filter(el => el.tagName.toLowerCase() === 'foreignobject' || !el.parentElement?.closest('foreignObject, text'))
    .flatMap((el) => {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
      const box = text && isVisible(el) ? textBox(el) : undefined
      if (!box)
        return []
      const edgeLabel = el.closest('.edgeLabel')
      const role: DiagramLabel['role'] = edgeLabel ? 'edge' : el.closest('.cluster-label') ? 'cluster' : el.closest('.node') ? 'node' : 'text'
      // Mermaid 11 ties an edge's label to its path by `data-id`.
      const edge = edgeLabel ? (el.closest('[data-id]')?.getAttribute('data-id') ?? null) : null
      // A sankey's label (lib/diagrams/sankey-finish.ts marks the node it names).
      const node = el.getAttribute('data-node')
      return [{ role: node ? 'node' : role, text: excerpt(text), box, edge, node }]
    })

  /** Points along a drawn line (any SVG shape's outline), about every two canvas pixels, and its stroke's width on the canvas. */
  const sampled = (shape: SVGGeometryElement): { points: { x: number, y: number }[], width: number } | undefined => {
    const matrix = shape.getScreenCTM()
    const length = shape.getTotalLength()
    if (!matrix || !(length > 0))
      return undefined
    const perUnit = Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) / scale
    const samples = Math.min(4000, Math.max(2, Math.ceil(length * perUnit / 2)))
    const points = Array.from({ length: samples + 1 }, (_, i) => {
      const at = shape.getPointAtLength(length * i / samples).matrixTransform(matrix)
      return { x: (at.x - canvasRect.left) / scale, y: (at.y - canvasRect.top) / scale }
    })
    return { points, width: (Number.parseFloat(getComputedStyle(shape).strokeWidth) || 0) * perUnit }
  }

  /** A shape whose outline is painted: a stroke of some colour, width and opacity. */
  const stroked = (shape: Element) => {
    const style = getComputedStyle(shape)
    return style.stroke !== 'none' && !style.stroke.startsWith('url(') && (Number.parseFloat(style.strokeWidth) || 0) > 0
      && (Number.parseFloat(style.strokeOpacity) || 0) > 0 && alphaOf(rgb(style.stroke)) > 0
  }

  /** A chart's name for a line: its tag and first class ("line.as-of"), or its parent group's class. */
  const lineName = (shape: Element) => {
    const cls = shape.classList[0] ?? shape.parentElement?.classList[0]
    return `${shape.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`
  }

  /** The lines a diagram draws: a flowchart's edges, a chart's stroked shapes, a sankey's flows. */
  const edgesOf = (svg: SVGSVGElement): DiagramEdge[] => {
    const visible = (selector: string) => [...svg.querySelectorAll<SVGGeometryElement>(selector)]
      .filter(shape => isVisible(shape) && !shape.closest('defs, marker, clipPath, mask, pattern, symbol'))
    if (svg.classList.contains('deck-chart')) {
      return visible('line, polyline, polygon, path, rect, circle, ellipse').filter(stroked).flatMap((shape) => {
        const line = sampled(shape)
        return line ? [{ id: lineName(shape), kind: 'line' as const, ...line }] : []
      })
    }
    if (svg.classList.contains('deck-sankey')) {
      return visible('g.links > g.link > path').flatMap((path) => {
        const flow = sampled(path)
        return flow ? [{ id: path.getAttribute('data-flow') ?? 'a flow', kind: 'flow' as const, ...flow }] : []
      })
    }
    return visible(EDGE_PATHS).flatMap((path) => {
      const edge = sampled(path)
      return edge ? [{ id: path.getAttribute('data-id') ?? path.id, points: edge.points }] : []
    })
  }

  /** A sankey's bars, each with the node it stands for (its label's, in the same order). */
  const barsOf = (svg: SVGSVGElement): DiagramBar[] => {
    const names = [...svg.querySelectorAll('g.node-labels > text')].map(text => text.getAttribute('data-node') ?? '')
    return [...svg.querySelectorAll('g.nodes > g.node > rect')].map((rect, i) => ({ node: names[i] ?? '', box: toCanvas(rect.getBoundingClientRect()) }))
  }

  const diagrams: MeasuredDiagram[] = diagramSvgs.map(svg => ({
    path: describe(svg),
    text: excerpt([...svg.children].find(c => c.tagName.toLowerCase() === 'title')?.textContent?.trim() ?? ''),
    kind: svg.classList.contains('deck-chart') ? 'chart' : 'mermaid',
    box: toCanvas(svg.getBoundingClientRect()),
    labels: labelsOf(svg),
    edges: edgesOf(svg),
    ...(svg.classList.contains('deck-sankey') ? { bars: barsOf(svg) } : {}),
  }))

  return { canvas, scale, boxes, texts, clips, graphics, diagrams }
}
