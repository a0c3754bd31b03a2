/**
 * Writes the data's words on a sankey Mermaid has drawn with ASCII ids
 * (./sankey.ts says why): each node's label, its accessible title and
 * description, and the picture's box around what it now shows.
 *
 * Runs in a page: at build in the page that draws the diagrams
 * (node/diagram-render.ts sends this function's source there), live in
 * `dev` on the drawing Slidev's Mermaid made (components/DataMermaid.vue). It
 * must stay self-contained: nothing imported at run time. A drawing finished
 * once is left alone, and any other diagram is not touched.
 *
 * Where a label goes, so that no flow crosses it: for a bar in the last
 * column, to the right of it on one line (nothing else is drawn there); for any
 * other, inside its bar when it fits there (its lines as given, else on one
 * line), else on one line under the bar when it is its column's lowest, or
 * above it. The slide checks (tools/slide-checks) prove the result.
 */
export function finishDrawing(svg: SVGSVGElement, code: string): void {
  const marker = '%% deck-sankey '
  const line = code.split('\n').find(l => l.startsWith(marker))
  if (!line || svg.getAttribute('data-deck-finished') === 'sankey')
    return
  const words = JSON.parse(line.slice(marker.length)) as { accTitle: string, accDescr: string, fontSize: number, labels: Record<string, string[]> }
  const SVG_NS = 'http://www.w3.org/2000/svg'
  const GAP = 8
  const size = words.fontSize
  const lineHeight = size * 1.2

  const bars = [...svg.querySelectorAll<SVGGElement>('g.nodes > g.node')].map((node) => {
    const rect = node.querySelector('rect')!
    const x0 = Number(node.getAttribute('x'))
    const y0 = Number(node.getAttribute('y'))
    return { x0, y0, x1: x0 + Number(rect.getAttribute('width')), y1: y0 + Number(rect.getAttribute('height')), fill: rect.getAttribute('fill') ?? '' }
  })
  const lastColumn = Math.max(...bars.map(b => b.x0))
  const texts = [...svg.querySelectorAll<SVGTextElement>('g.node-labels > text')]
  texts.forEach((text, index) => {
    const bar = bars[index]
    const id = (text.textContent ?? '').trim()
    const given = words.labels[id]
    if (!bar || !given)
      return
    text.setAttribute('data-node', id)
    text.setAttribute('font-size', String(size))
    text.removeAttribute('dy')
    /** Writes the label as these lines at (x, top): the first one (the node's name) bold; returns its size. */
    const write = (lines: string[], x: number, top: number, anchor: 'start' | 'end') => {
      text.replaceChildren()
      text.setAttribute('text-anchor', anchor)
      text.setAttribute('x', String(x))
      text.setAttribute('y', String(top))
      lines.forEach((content, i) => {
        const span = document.createElementNS(SVG_NS, 'tspan')
        span.textContent = content
        if (i === 0 && lines.length > 1)
          span.setAttribute('font-weight', '700')
        span.setAttribute('x', String(x))
        // Each line's baseline: its line box's top plus the typeface's ascent at this line height.
        span.setAttribute('y', String(top + i * lineHeight + size * 0.95))
        text.appendChild(span)
      })
      return { width: text.getBBox().width, height: lines.length * lineHeight }
    }
    const middle = (bar.y0 + bar.y1) / 2
    const oneLine = [given.join(' ')]
    const fitsOn = (lines: string[]) => {
      const { width, height } = write(lines, bar.x0 + GAP, middle - lines.length * lineHeight / 2, 'start')
      return width <= bar.x1 - bar.x0 - 2 * GAP && height <= bar.y1 - bar.y0 - 4
    }
    if (bar.x0 === lastColumn) {
      // Right of the last column nothing else is drawn: one line, centred on the bar.
      write(oneLine, bar.x1 + GAP, middle - lineHeight / 2, 'start')
      text.setAttribute('fill', 'currentColor')
      return
    }
    if (fitsOn(given) || fitsOn(oneLine)) {
      // On the bar: white on its colour (the generators pick bar colours dark enough for it).
      text.setAttribute('fill', '#ffffff')
      return
    }
    text.setAttribute('fill', 'currentColor')
    const inColumn = bars.filter(b => b.x0 === bar.x0)
    if (bar.y1 >= Math.max(...inColumn.map(b => b.y1)))
      write(oneLine, bar.x0, bar.y1 + 4, 'start')
    else
      write(oneLine, bar.x0, bar.y0 - 4 - lineHeight, 'start')
  })

  // Each flow named by the nodes it joins (the text's rows, in the order Mermaid draws them), for the slide checks' messages.
  const rows = code.split('\n').filter(row => /^\w+,\w+,[\d.]+$/.test(row))
  svg.querySelectorAll('g.links > g.link > path').forEach((path, i) => {
    const [from, to] = rows[i]?.split(',') ?? []
    if (from && to)
      path.setAttribute('data-flow', `${from}→${to}`)
  })

  // The name Mermaid cannot give a sankey (its grammar has no accTitle): a title and a description, as for a flowchart.
  const id = svg.id || 'deck-sankey'
  const title = document.createElementNS(SVG_NS, 'title')
  title.id = `${id}-title`
  title.textContent = words.accTitle
  const desc = document.createElementNS(SVG_NS, 'desc')
  desc.id = `${id}-desc`
  desc.textContent = words.accDescr
  svg.prepend(title, desc)
  svg.setAttribute('aria-labelledby', title.id)
  svg.setAttribute('aria-describedby', desc.id)
  svg.classList.add('deck-sankey')

  // The picture's box around everything it shows now, labels outside the flows included.
  const box = svg.getBBox()
  const pad = 2
  const view = [box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad].map(n => Math.round(n * 100) / 100)
  svg.setAttribute('viewBox', view.join(' '))
  svg.style.maxWidth = `${view[2]}px`
  svg.setAttribute('data-deck-finished', 'sankey')
}
