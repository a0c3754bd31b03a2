import type { DiagramLabel, MeasuredBox, MeasuredDiagram, MeasuredText, SlideMeasurement, Step } from '../../../tools/slide-checks/types'
import { describe, expect, it } from 'vitest'
import { diagramProblems, judgeAxe, judgeSlide, outsideBy, overflowing } from '../../../tools/slide-checks/judge'

const canvas = { width: 980, height: 552 }
const light: Step = { slide: 4, clicks: 1, mode: 'light' }
const dark: Step = { ...light, mode: 'dark' }

function slide(parts: Partial<SlideMeasurement>): SlideMeasurement {
  return { canvas, scale: 1, boxes: [], texts: [], clips: [], graphics: [], diagrams: [], ...parts }
}

function text(parts: Partial<MeasuredText>): MeasuredText {
  return { path: 'div.slidev-layout > p', text: '본문', fontSize: 24, fontWeight: 400, color: 'rgb(26, 31, 43)', opacity: 1, backdrop: ['rgb(255, 255, 255)'], lines: [], drawnAt: 1, diagram: null, ...parts }
}

describe('fit', () => {
  it('names each side a box sticks out of, by how much', () => {
    expect(outsideBy({ left: 0, top: 0, right: 980, bottom: 552 }, canvas)).toEqual([])
    expect(outsideBy({ left: -0.5, top: 0, right: 980.8, bottom: 552.9 }, canvas)).toEqual([])
    expect(outsideBy({ left: -12, top: -3, right: 1000, bottom: 600 }, canvas)).toEqual([
      '3 px above the canvas',
      '48 px below the canvas (bottom at 600 of 552)',
      '12 px left of the canvas',
      '20 px right of the canvas (right edge at 1000 of 980)',
    ])
  })

  it('reports the innermost elements outside the canvas, not their containers', () => {
    const boxes: MeasuredBox[] = [
      { path: 'ul', text: '', box: { left: 48, top: 100, right: 700, bottom: 610 }, parent: null },
      { path: 'ul > li:nth-of-type(1)', text: 'inside', box: { left: 48, top: 100, right: 700, bottom: 140 }, parent: 0 },
      { path: 'ul > li:nth-of-type(2)', text: 'below', box: { left: 48, top: 560, right: 700, bottom: 610 }, parent: 0 },
      { path: 'img', text: '', box: { left: 900, top: 10, right: 1010, bottom: 90 }, parent: null },
    ]
    expect(overflowing(boxes, canvas).map(o => o.box.path)).toEqual(['ul > li:nth-of-type(2)', 'img'])
    expect(judgeSlide(slide({ boxes }), light)).toEqual([
      { ...light, kind: 'overflow', path: 'ul > li:nth-of-type(2)', text: 'below', message: 'lies outside the slide: 58 px below the canvas (bottom at 610 of 552)' },
      { ...light, kind: 'overflow', path: 'img', text: '', message: 'lies outside the slide: 30 px right of the canvas (right edge at 1010 of 980)' },
    ])
  })

  it('reports text drawn over other text, and lets lines that merely touch pass', () => {
    const line = (left: number, top: number) => ({ left, top, right: left + 300, bottom: top + 30 })
    const texts = [
      text({ path: 'g.node > p', text: '산업 파트너', lines: [line(80, 440)] }),
      text({ path: 'p.cite', text: '출처', lines: [line(56, 460)] }),
      text({ path: 'p.next', text: '다음 줄', lines: [line(56, 489)] }),
      text({ path: 'p.beside', text: '옆', lines: [line(355, 470)] }),
    ]
    expect(judgeSlide(slide({ texts }), light)).toEqual([
      { ...light, kind: 'overlap', path: 'p.cite', text: '출처', message: 'text overlaps other text: g.node > p "산업 파트너"' },
    ])
  })

  it('leaves two labels of one diagram to the diagram check, but not a text over a diagram\'s label', () => {
    const line = { left: 80, top: 440, right: 380, bottom: 470 }
    const label = text({ path: 'g.node > p', text: '산업 파트너', lines: [line], diagram: 0 })
    expect(judgeSlide(slide({ texts: [label, text({ path: 'g.node:nth-of-type(2) > p', lines: [line], diagram: 0 })] }), light)).toEqual([])
    expect(judgeSlide(slide({ texts: [label, text({ path: 'g.node > p', lines: [line], diagram: 1 })] }), light).map(f => f.kind)).toEqual(['overlap'])
    expect(judgeSlide(slide({ texts: [label, text({ path: 'p.cite', lines: [line] })] }), light).map(f => f.kind)).toEqual(['overlap'])
  })

  it('reports text cut off by its box or by a diagram label\'s foreignObject', () => {
    const findings = judgeSlide(slide({
      clips: [
        { path: 'div.narrow', text: '긴 문장', axis: 'horizontal', content: 695.4, visible: 160, inForeignObject: false },
        { path: '>> g.node > foreignobject', text: '라벨', axis: 'vertical', content: 54, visible: 27, inForeignObject: true },
      ],
    }), light)
    expect(findings.map(f => [f.kind, f.message])).toEqual([
      ['clipped', 'text is cut off: content 695 px wide in a box 160 px wide'],
      ['clipped', 'text is cut off (a diagram label in its SVG foreignObject): content 54 px high in a box 27 px high'],
    ])
  })
})

describe('readability', () => {
  it('reports text under 16 px on the canvas and lets 16 px pass', () => {
    const findings = judgeSlide(slide({ texts: [text({ fontSize: 15.5, path: 'p.note' }), text({ fontSize: 16 }), text({ fontSize: 15.9999 })] }), light)
    expect(findings).toEqual([{ ...light, kind: 'tiny-text', path: 'p.note', text: '본문', message: 'text is 15.5 px on the canvas; the minimum is 16 px' }])
  })

  it('says at what scale a diagram draws a label too small', () => {
    const findings = judgeSlide(slide({ texts: [
      text({ fontSize: 18 * 0.87, drawnAt: 0.87, diagram: 0 }),
      text({ fontSize: 20 * 0.8, drawnAt: 0.8, diagram: 0 }),
      text({ fontSize: 12, drawnAt: 0.5 }),
    ] }), light)
    expect(findings.map(f => f.message)).toEqual([
      'text is 15.7 px on the canvas (18 px drawn at 87% of its size, in a diagram); the minimum is 16 px',
      'text is 12 px on the canvas (24 px drawn at 50% of its size); the minimum is 16 px',
    ])
  })

  it('reports low contrast with the colours and the ratio needed', () => {
    const findings = judgeSlide(slide({ texts: [text({ color: 'rgb(138, 138, 138)', backdrop: ['rgb(154, 154, 154)'], fontSize: 20 })] }), light)
    expect(findings.map(f => f.message)).toEqual(['contrast 1.22:1 (#8a8a8a on #9a9a9a); needs 4.5:1'])
  })

  it('asks 3:1 of large text and 4.5:1 of body text', () => {
    // #949494 on white is about 3.03:1: enough for a 40 px heading, not for 20 px text.
    const grey = 'rgb(148, 148, 148)'
    expect(judgeSlide(slide({ texts: [text({ color: grey, fontSize: 40 })] }), light)).toEqual([])
    expect(judgeSlide(slide({ texts: [text({ color: grey, fontSize: 19, fontWeight: 700 })] }), light)).toEqual([])
    expect(judgeSlide(slide({ texts: [text({ color: grey, fontSize: 20 })] }), light)).toHaveLength(1)
  })

  it('fades text by its opacity', () => {
    const findings = judgeSlide(slide({ texts: [text({ color: 'rgb(0, 0, 0)', opacity: 0.25 })] }), light)
    expect(findings.map(f => f.message)).toEqual(['contrast 1.83:1 (#000000 at 25% opacity on #ffffff); needs 3:1'])
  })

  it('takes the canvas colour of the mode when every layer behind the text is transparent', () => {
    const darkText = text({ color: 'rgb(40, 40, 40)', backdrop: ['rgba(0, 0, 0, 0)'] })
    expect(judgeSlide(slide({ texts: [darkText] }), light)).toEqual([])
    expect(judgeSlide(slide({ texts: [darkText] }), dark).map(f => f.kind)).toEqual(['contrast'])
  })

  it('composites half-transparent layers behind the text', () => {
    // White text on a 50% black layer over white: the backdrop is mid grey (127.5), 3.977:1, shown rounded down.
    const onVeil = text({ color: 'rgb(255, 255, 255)', backdrop: ['rgba(0, 0, 0, 0.5)', 'rgb(255, 255, 255)'], fontSize: 20 })
    expect(judgeSlide(slide({ texts: [onVeil] }), light).map(f => f.message)).toEqual(['contrast 3.97:1 (#ffffff on #808080); needs 4.5:1'])
  })

  it('skips contrast where an image lies behind, and text that is fully transparent', () => {
    expect(judgeSlide(slide({ texts: [text({ color: 'rgb(250, 250, 250)', backdrop: null })] }), light)).toEqual([])
    expect(judgeSlide(slide({ texts: [text({ color: 'rgba(250, 250, 250, 0)' })] }), light)).toEqual([])
  })
})

describe('diagrams', () => {
  const label = (text: string, box: [number, number, number, number], parts: Partial<DiagramLabel> = {}): DiagramLabel =>
    ({ role: 'node', text, box: { left: box[0], top: box[1], right: box[2], bottom: box[3] }, edge: null, ...parts })
  const diagram = (parts: Partial<MeasuredDiagram>): MeasuredDiagram =>
    ({ path: 'div.mermaid >> svg.flowchart', text: '지원 구조', kind: 'mermaid', box: { left: 0, top: 0, right: 900, bottom: 500 }, labels: [], edges: [], ...parts })
  /** A straight vertical edge at x, sampled every 2 px from y0 to y1. */
  const vertical = (id: string, x: number, y0: number, y1: number) =>
    ({ id, points: Array.from({ length: (y1 - y0) / 2 + 1 }, (_, i) => ({ x, y: y0 + 2 * i })) })

  it('reports an edge drawn through another label, naming the edge and the label', () => {
    const title = label('정예팀 최종 선정 · 2025.8.4', [400, 330, 580, 350], { role: 'cluster' })
    expect(diagramProblems(diagram({ labels: [title], edges: [vertical('L_support_gpu_deferred_0_0', 454, 200, 400)] }))).toEqual([{
      kind: 'edge-through-label',
      label: title,
      message: 'the edge L_support_gpu_deferred_0_0 is drawn through the group title "정예팀 최종 선정 · 2025.8.4" (at 454, 333 on the canvas)',
    }])
  })

  it('lets an edge pass through its own label and beside others, and graze a label\'s box', () => {
    const own = label('2026년 하반기부터', [420, 300, 520, 320], { role: 'edge', edge: 'L_gpu_skt_0' })
    const beside = label('SK텔레콤', [470, 400, 560, 420])
    const grazed = label('업스테이지', [300, 330, 441, 350])
    expect(diagramProblems(diagram({ labels: [own, beside, grazed], edges: [vertical('L_gpu_skt_0', 440, 200, 390)] }))).toEqual([])
    // Another edge through the same edge label is a fault.
    expect(diagramProblems(diagram({ labels: [own], edges: [vertical('L_data_skt_0', 440, 200, 390)] })).map(p => p.kind)).toEqual(['edge-through-label'])
  })

  it('reports a chart\'s line drawn through a label, naming the line, and lets lines clear of labels pass', () => {
    const crossed = label('2026.8.18 결과 발표', [440, 300, 600, 322], { role: 'text' })
    const clear = label('2026.1.15 결과 발표', [270, 200, 420, 222], { role: 'text' })
    const asOf = { ...vertical('line.as-of', 524, 0, 400), kind: 'line' as const, width: 1 }
    expect(diagramProblems(diagram({ kind: 'chart', labels: [crossed, clear], edges: [asOf] }))).toEqual([{
      kind: 'line-through-label',
      label: crossed,
      message: 'the line line.as-of is drawn through the label "2026.8.18 결과 발표" (at 524, 303 on the canvas)',
    }])
  })

  it('reports a sankey\'s flow running through a label, by its width, and a label on a bar not its own', () => {
    const flow = { id: 'total→gpu', kind: 'flow' as const, width: 120, points: Array.from({ length: 76 }, (_, i) => ({ x: 100 + 2 * i, y: 60 })) }
    const onOwnBar = label('GPU 1,586억 원', [258, 50, 340, 70], { node: 'gpu' })
    const inFlow = label('데이터 500억 원', [110, 20, 230, 40], { node: 'data' })
    const onOtherBar = label('인재 50억 원', [258, 80, 330, 100], { node: 'talent' })
    const bars = [{ node: 'gpu', box: { left: 250, top: 0, right: 350, bottom: 120 } }]
    expect(diagramProblems(diagram({ labels: [onOwnBar, inFlow, onOtherBar], edges: [flow], bars })).map(p => [p.kind, p.message])).toEqual([
      ['line-through-label', 'the flow total→gpu, 120 px wide, runs through the node label "데이터 500억 원" (at 113, 24 on the canvas)'],
      ['label-overlap', 'the node label "인재 50억 원" is drawn over the bar of gpu'],
    ])
  })

  it('reports a label drawn over another, once per label', () => {
    const problems = diagramProblems(diagram({
      kind: 'chart',
      labels: [
        label('사업 총액', [0, 10, 80, 30], { role: 'text' }),
        label('보도: 1,936 · 약 2,000', [60, 12, 260, 32], { role: 'text' }),
        label('국회 결산', [200, 14, 300, 34], { role: 'text' }),
        label('GPU', [0, 29, 40, 49], { role: 'text' }),
      ],
    }))
    expect(problems.map(p => p.message)).toEqual([
      'the label "보도: 1,936 · 약 2,000" is drawn over the label "사업 총액"',
      'the label "국회 결산" is drawn over the label "보도: 1,936 · 약 2,000"',
    ])
  })

  it('reports a label that runs past the picture\'s edge, by how much and on which side, and lets one inside pass', () => {
    const box = { left: 80, top: 150, right: 940, bottom: 500 }
    const problems = diagramProblems(diagram({
      kind: 'chart',
      box,
      labels: [
        label('1,500억 또는 1,576억 원', [800, 160, 952, 182], { role: 'text' }),
        label('GPU', [80, 160, 120, 182], { role: 'text' }),
        label('a hair over the edge', [700, 480, 940.8, 500.6], { role: 'text' }),
        label('above and left', [70, 140, 200, 160], { role: 'text' }),
      ],
    }))
    expect(problems.map(p => [p.kind, p.message])).toEqual([
      ['label-cut-off', 'the label "1,500억 또는 1,576억 원" runs past the picture\'s edge and is cut off (right by 12 px)'],
      ['label-cut-off', 'the label "above and left" runs past the picture\'s edge and is cut off (left by 10 px, top by 10 px)'],
    ])
  })

  it('reports each diagram problem on the slide with the diagram and the label', () => {
    const findings = judgeSlide(slide({ diagrams: [diagram({
      labels: [label('업스테이지', [300, 330, 400, 350]), label('NC AI', [390, 332, 450, 352], { role: 'edge', edge: 'L_a_b_0' })],
    })] }), dark)
    expect(findings).toEqual([{ ...dark, kind: 'label-overlap', path: 'div.mermaid >> svg.flowchart', text: 'NC AI', message: 'the edge label "NC AI" is drawn over the node label "업스테이지"' }])
  })
})

describe('accessibility', () => {
  it('asks images for alt text and diagrams for a name', () => {
    const findings = judgeSlide(slide({
      graphics: [
        { path: 'img.logo', text: '', kind: 'image', name: '' },
        { path: 'img.chart', text: '', kind: 'image', name: '자금 흐름' },
        { path: 'div.mermaid', text: '공모', kind: 'diagram', name: '' },
        { path: 'div.mermaid:nth-of-type(2)', text: '공모', kind: 'diagram', name: '선정 단계' },
      ],
    }), light)
    expect(findings.map(f => [f.kind, f.path])).toEqual([['image-alt', 'img.logo'], ['diagram-name', 'div.mermaid']])
  })

  it('fails on serious and critical axe violations only', () => {
    const violation = { rule: 'image-alt', impact: 'critical', help: 'Images must have alternative text', target: 'img', html: '<img src="a.png">' }
    const findings = judgeAxe([
      violation,
      { ...violation, rule: 'region', impact: 'moderate', help: 'All page content should be contained by landmarks' },
      { ...violation, rule: 'color-contrast', impact: 'serious', help: 'Elements must meet minimum color contrast ratio thresholds' },
      { ...violation, rule: 'odd', impact: null },
    ], light)
    expect(findings.map(f => f.message)).toEqual([
      'image-alt (critical): Images must have alternative text',
      'color-contrast (serious): Elements must meet minimum color contrast ratio thresholds',
    ])
    expect(findings[0]).toMatchObject({ ...light, kind: 'axe', path: 'img', text: '<img src="a.png">' })
  })
})
