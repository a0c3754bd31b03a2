import type { Finding } from '../../../tools/slide-checks/types'
import { describe, expect, it } from 'vitest'
import { compactNumbers, formatReport, formatSteps, groupProblems } from '../../../tools/slide-checks/report'
import { parseStepUrl } from '../../../tools/slide-checks/run'

const slides = [
  { no: 1, title: '소버린 AI는 모델 하나로 완성되지 않는다', file: '/deck/slides.md', line: 1 },
  { no: 2, title: '모델 경쟁인가, 생태계 전략인가', file: '/deck/slides/01-opening.md', line: 1 },
  { no: 3, title: undefined, file: '/deck/slides/01-opening.md', line: 20 },
]

const tiny: Omit<Finding, 'clicks' | 'mode'> = { slide: 2, kind: 'tiny-text', path: 'div.slidev-layout > p.cite', text: '출처: 과기정통부', message: 'text is 12 px on the canvas; the minimum is 16 px' }

describe('step lists', () => {
  it('compacts click numbers into ranges', () => {
    expect(compactNumbers([0, 1, 2, 4, 6, 7, 2])).toBe('0-2, 4, 6-7')
    expect(compactNumbers([3])).toBe('3')
  })

  it('says where a problem was seen, light first', () => {
    expect(formatSteps([
      { slide: 2, clicks: 1, mode: 'dark' },
      { slide: 2, clicks: 0, mode: 'light' },
      { slide: 2, clicks: 1, mode: 'light' },
    ])).toBe('light clicks 0-1, dark click 1')
  })
})

describe('grouping', () => {
  it('counts the same problem at several steps once', () => {
    const findings: Finding[] = [
      { ...tiny, clicks: 0, mode: 'light' },
      { ...tiny, clicks: 1, mode: 'light' },
      { ...tiny, clicks: 0, mode: 'dark' },
      { ...tiny, clicks: 0, mode: 'dark', path: 'div.slidev-layout > p.other' },
    ]
    const problems = groupProblems(findings)
    expect(problems.map(p => [p.first.path, p.steps.length])).toEqual([['div.slidev-layout > p.cite', 3], ['div.slidev-layout > p.other', 1]])
  })
})

describe('the report', () => {
  it('says so in one line when every slide passes', () => {
    expect(formatReport({ findings: [], slides, stepsChecked: 8, modes: ['light', 'dark'] }))
      .toBe('Slide checks: all 3 slides pass in light and dark mode (8 steps checked).')
  })

  it('names the slide, its file and line, the element, the problem, the steps and the screenshot', () => {
    const findings: Finding[] = [
      { ...tiny, clicks: 0, mode: 'light' },
      { ...tiny, clicks: 1, mode: 'light' },
      { slide: 3, clicks: 0, mode: 'dark', kind: 'contrast', path: 'div.slidev-layout > p', text: '', message: 'contrast 2.1:1 (#333a46 on #121620); needs 4.5:1' },
    ]
    const report = formatReport({
      findings,
      slides,
      stepsChecked: 8,
      modes: ['light', 'dark'],
      root: '/deck',
      screenshots: { '2:0:light': '/tmp/s/slide-02-click-0-light.png', '2:1:light': '/tmp/s/slide-02-click-1-light.png' },
    })
    expect(report).toBe([
      'Slide checks: 2 problems on 2 of 3 slides, in light and dark mode (8 steps checked).',
      '',
      'Slide 2 "모델 경쟁인가, 생태계 전략인가": slides/01-opening.md:1',
      '  tiny-text    div.slidev-layout > p.cite "출처: 과기정통부"',
      '               text is 12 px on the canvas; the minimum is 16 px',
      '               seen at light clicks 0-1',
      '  screenshot   /tmp/s/slide-02-click-0-light.png',
      '  screenshot   /tmp/s/slide-02-click-1-light.png',
      '',
      'Slide 3: slides/01-opening.md:20',
      '  contrast     div.slidev-layout > p',
      '               contrast 2.1:1 (#333a46 on #121620); needs 4.5:1',
      '               seen at dark click 0',
    ].join('\n'))
  })
})

describe('alike problems', () => {
  it('lists elements with the same path and problem once, with a count', () => {
    const label = { slide: 2, clicks: 0, mode: 'light' as const, kind: 'tiny-text' as const, path: '… span.nodeLabel > p', message: 'text is 8.1 px on the canvas; the minimum is 16 px' }
    const report = formatReport({
      findings: [{ ...label, text: '공모 접수' }, { ...label, text: '서류 평가' }, { ...label, text: '발표 평가' }, { ...label, text: '공모 접수', mode: 'dark' }],
      slides,
      stepsChecked: 2,
      modes: ['light', 'dark'],
      root: '/deck',
    })
    expect(report.split('\n').slice(2)).toEqual([
      'Slide 2 "모델 경쟁인가, 생태계 전략인가": slides/01-opening.md:1',
      '  tiny-text    … span.nodeLabel > p "공모 접수"',
      '               and 2 more like it on this slide',
      '               text is 8.1 px on the canvas; the minimum is 16 px',
      '               seen at light click 0, dark click 0',
    ])
  })
})

describe('long lists of problems', () => {
  it('lists the first four problems of a kind on a slide and counts the rest', () => {
    const findings: Finding[] = [1, 2, 3, 4, 5, 6].map(n => ({
      slide: 3,
      clicks: 0,
      mode: 'light',
      kind: 'overflow',
      path: `ol > li:nth-of-type(${n})`,
      text: `[${n}]`,
      message: `lies outside the slide: ${n * 40} px below the canvas`,
    }))
    const lines = formatReport({ findings, slides, stepsChecked: 1, modes: ['light'], root: '/deck' }).split('\n')
    expect(lines[0]).toBe('Slide checks: 6 problems on 1 of 3 slides, in light mode (1 step checked).')
    const listed = [1, 2, 3, 4].map(n => `  overflow     ol > li:nth-of-type(${n}) "[${n}]"`)
    expect(lines.filter(l => l.startsWith('  overflow'))).toEqual([...listed, '  overflow     … and 2 more like these on this slide'])
  })
})

describe('deck addresses', () => {
  it('reads the slide and click step from the address, under a sub-path too', () => {
    expect(parseStepUrl('http://127.0.0.1:4000/5?clicks=2', 'http://127.0.0.1:4000/')).toEqual({ slide: 5, clicks: 2 })
    expect(parseStepUrl('http://127.0.0.1:4000/12', 'http://127.0.0.1:4000/')).toEqual({ slide: 12, clicks: 0 })
    expect(parseStepUrl('http://127.0.0.1:4000/talk/3?clicks=1', 'http://127.0.0.1:4000/talk/')).toEqual({ slide: 3, clicks: 1 })
    expect(parseStepUrl('http://127.0.0.1:4000/presenter/3', 'http://127.0.0.1:4000/')).toBeUndefined()
  })
})
