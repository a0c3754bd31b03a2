// @vitest-environment happy-dom
// mermaid.parse needs a DOM (its sanitiser hooks into one): in the plain node environment even valid text throws.
import type { Sankey } from '../../../lib/diagrams/sankey'
import { resolve } from 'node:path'
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { fundingChart, fundingDiagram } from '../../../lib/diagrams/funding'
import { checkSankey, renderSankey, sankeyImbalances, sankeyLabels, sankeyWordsIn } from '../../../lib/diagrams/sankey'
import { localizedData } from '../../../lib/i18n'
import { en } from '../../../lib/i18n/en'
import { ko } from '../../../lib/i18n/ko'
import { loadDeckData } from '../../../node/load-data'

const data = loadDeckData('data')
/** The test data set: settled lines of 1,600 (items 1,576), 628 (items 628) and 300 (items 250) under a settled 2,600. */
const fixture = () => loadDeckData(resolve(__dirname, '../../fixtures/data/valid'))

/** Each flow as `from → to: amount`. */
const flows = (chart: Sankey) => chart.links.map(l => `${l.from} → ${l.to}: ${l.value}`)
const label = (chart: Sankey, id: string) => chart.nodes.find(n => n.id === id)?.lines.join(' ')

describe('the funding sankey, from data/program.yaml', () => {
  it('flows from the settled budget to each line at its settled figure, and on to the uses the sources itemise', () => {
    const chart = fundingChart(data, ko)
    expect(flows(chart)).toEqual([
      'total → gpu: 1586',
      'gpu → gpu_rest: 1586',
      'total → data: 500',
      'data → data_rest: 60',
      'data → data_0: 100',
      'data → data_1: 140',
      'data → data_2: 200',
      'total → talent: 50',
      'talent → talent_rest: 50',
    ])
    expect(sankeyImbalances(chart)).toEqual([])
  })

  it('says which figure it draws where sources disagree: the settlement', () => {
    const chart = fundingChart(data, ko)
    expect(label(chart, 'total')).toBe('2025년 1차 추경 2,136억 원 국회 결산')
    expect(chart.accTitle).toContain('국회 결산 기준')
    expect(chart.accDescr).toContain('국회예산정책처')
    // The reported 1,500억 and 1,576억 for GPU are the budget slide's; the diagram draws only the settled 1,586억.
    expect(sankeyLabels(chart).join(' ')).not.toMatch(/1,5(00|76)/)
  })

  it('writes each flow in the edition\'s units: 억 원 in Korean, ₩ bn in English', () => {
    const korean = fundingChart(data, ko)
    const english = fundingChart(localizedData(data, 'en'), en)
    expect(label(korean, 'gpu')).toBe('GPU 1,586억 원')
    expect(label(english, 'gpu')).toBe('GPU ₩158.6 bn')
    expect(label(korean, 'data_1')).toBe('팀별 데이터셋 140억 원 (팀당 28억 원 × 5)')
    expect(label(english, 'data_1')).toBe('Datasets ₩14 bn (₩2.8 bn/team × 5)')
    expect(label(english, 'total')).toBe('2025 budget ₩213.6 bn final accounts')
    // The same flows in both: only the words differ.
    expect(flows(english)).toEqual(flows(korean))
    for (const text of sankeyLabels(english))
      expect(text, text).not.toMatch(/\p{Script=Hangul}/u)
  })

  it('draws what no source itemises as its own grey flow, named so, never spread over the others', () => {
    const chart = fundingChart(data, ko)
    const rests = chart.nodes.filter(n => n.remainder)
    expect(rests.map(n => [n.id, n.lines.join(' ')])).toEqual([['gpu_rest', '내역 없음 1,586억 원'], ['data_rest', '내역 없음 60억 원'], ['talent_rest', '내역 없음 50억 원']])
    expect(new Set(rests.map(n => n.color)).size).toBe(1)
    // A yearly cap (talent's "연 최대 20억 원") is a limit, not an amount given: not drawn as a flow.
    expect(label(chart, 'talent_0')).toBeUndefined()
    // The test data set: a remainder under the total and under two lines, none under data, whose item is its whole total.
    const other = fundingChart(fixture(), ko)
    expect(flows(other)).toEqual([
      'total → gpu: 1600',
      'gpu → gpu_rest: 24',
      'gpu → gpu_0: 1576',
      'total → data: 628',
      'data → data_0: 628',
      'total → talent: 300',
      'talent → talent_rest: 50',
      'talent → talent_0: 250',
      'total → total_rest: 72',
    ])
    expect(sankeyImbalances(other)).toEqual([])
  })

  it('stops with the file and field when the data cannot balance: items above their line, lines above the budget, no settled budget', () => {
    const over = fixture()
    over.program.support[1]!.totals![0]!.amount.value = 600
    expect(() => fundingChart(over, ko)).toThrow('data/program.yaml → program.support[1].items: they add up to 628억 원, more than the line\'s settled total 600억 원')
    const lines = fixture()
    lines.program.budget.at(-1)!.amount.value = 2000
    expect(() => fundingChart(lines, ko)).toThrow('data/program.yaml → program.support: the lines\' settled totals add up to 2,528억 원, more than the settled budget 2,000억 원')
    const unsettled = fixture()
    unsettled.program.budget = unsettled.program.budget.filter(b => !b.settled)
    expect(() => fundingChart(unsettled, ko)).toThrow('data/program.yaml → program.budget: no settled figure')
  })
})

describe('the sankey\'s balance and text', () => {
  const chart = (): Sankey => fundingChart(data, ko)

  it('finds a node where what flows in differs from what flows out, and will not draw it', () => {
    const broken = chart()
    broken.links.find(l => l.to === 'data_2')!.value = 190
    expect(sankeyImbalances(broken)).toEqual(['data: 500 flows in, 490 flows out'])
    expect(() => renderSankey(broken)).toThrow('data: 500 flows in, 490 flows out')
    const missing = chart()
    missing.links.push({ from: 'gpu', to: 'nowhere', value: 1 })
    expect(() => checkSankey(missing)).toThrow(/a flow names node "nowhere", which is not declared.*gpu: 1586 flows in, 1587 flows out/)
    const korean = chart()
    korean.nodes[0]!.id = '총액'
    expect(() => checkSankey(korean)).toThrow('node id "총액" is not ASCII')
  })

  it.each([['ko', ko], ['en', en]] as const)('mermaid parses the text as a sankey; the words ride in one comment line (%s)', async (lang, ui) => {
    const code = fundingDiagram(localizedData(data, lang), ui)
    await expect(mermaid.parse(code)).resolves.toMatchObject({ diagramType: 'sankey' })
    // Only the comment and config lines hold anything but ASCII: Mermaid's sankey reads nothing else.
    const body = code.split('\n').filter(line => line && !line.startsWith('%%') && !line.startsWith('config:') && line !== '---')
    expect(body.join('\n')).toMatch(/^[\x20-\x7E\n]+$/)
    const words = sankeyWordsIn(code)!
    expect(words.labels.total).toEqual(fundingChart(localizedData(data, lang), ui).nodes[0]!.lines)
    expect(words.accTitle).toMatch(/\S/)
  })

  it('a Korean node name in the sankey text is what Mermaid rejects (the reason for the ids)', async () => {
    await expect(mermaid.parse('sankey-beta\n2025년 사업비,GPU 임차,1586\n')).rejects.toThrow()
    await expect(mermaid.parse('sankey-beta\ntotal,gpu,1586\n')).resolves.toMatchObject({ diagramType: 'sankey' })
  })

  it('keeps markup out of the comment line: a label with < is escaped, and read back as written', () => {
    const hostile = chart()
    hostile.nodes[1]!.lines = ['<img src=x onerror=alert(1)> "quoted"\nnew line']
    const code = renderSankey(hostile)
    expect(code).not.toContain('<img')
    expect(code.split('\n').filter(line => line.startsWith('%%'))).toHaveLength(1)
    expect(sankeyWordsIn(code)!.labels.gpu).toEqual(['<img src=x onerror=alert(1)> "quoted"\nnew line'])
  })
})
