// @vitest-environment happy-dom
// mermaid.parse needs a DOM (its sanitiser hooks into one): in the plain node environment even valid text throws.
import type { DeckData } from '../../../lib/data/schema'
import type { Flowchart } from '../../../lib/diagrams/flowchart'
import { resolve } from 'node:path'
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { essayMoment } from '../../../lib/data/race'
import { ECOSYSTEM_MARKS, ecosystemChart, ecosystemDiagram } from '../../../lib/diagrams/ecosystem'
import { chartLabels, escapeLabelText, nodeLines, renderFlowchart, shorten, textEm, wrapText } from '../../../lib/diagrams/flowchart'
import { shortName, withoutDetail } from '../../../lib/diagrams/format'
import { diagramLabels, generatedDiagrams } from '../../../lib/diagrams/index'
import { raceChart, raceDiagram } from '../../../lib/diagrams/race'
import { sankeyWordsIn } from '../../../lib/diagrams/sankey'
import { ko } from '../../../lib/i18n/ko'
import { loadDeckData } from '../../../node/load-data'

/**
 * The test data set (tests/fixtures/data/valid), shaped like the project: 15
 * applicants, stages to the planned final, support lines with deferred GPU
 * suppliers, the essay's ecosystem parts. Loaded afresh on each call, so a test
 * may change its copy.
 */
const fixtureData = () => loadDeckData(resolve(__dirname, '../../fixtures/data/valid'))

/** Names that break naive Mermaid text: quotes, brackets, #, ;, <, |, emoji, a very long name. */
const HOSTILE_NAMES = [
  'A "quoted" lab',
  'Brackets [x] (y) {z}',
  'Hash #1; semi;colon',
  '<img src=x onerror=alert(1)>',
  'Pipe | and --> arrow',
  '🚀 Emoji AI 🤖',
  'end',
  '%% not a comment `tick` & amp;',
  '아주 긴 이름을 가진 컨소시엄 '.repeat(6).trim(),
]

/** The fixture with every consortium's Korean lead name replaced by a hostile one, and hostile stage, support and ecosystem names. */
function hostileData(): DeckData {
  const data = fixtureData()
  data.consortia.forEach((c, i) => {
    c.lead.name.ko = HOSTILE_NAMES[i % HOSTILE_NAMES.length]!
  })
  data.program.stages.forEach((s, i) => {
    s.name.ko = HOSTILE_NAMES[(i + 3) % HOSTILE_NAMES.length]!
  })
  data.program.support.forEach((line, i) => {
    line.name.ko = HOSTILE_NAMES[(i + 1) % HOSTILE_NAMES.length]!
    line.items.forEach(item => (item.label = HOSTILE_NAMES[(i + 5) % HOSTILE_NAMES.length]!))
  })
  data.program.ministry.name.ko = HOSTILE_NAMES[0]!
  data.program.openSource.text = HOSTILE_NAMES[7]!
  data.ecosystem.forEach((part, i) => {
    part.name.ko = HOSTILE_NAMES[i % HOSTILE_NAMES.length]!
  })
  return data
}

/** All text a node shows, its wrapped lines joined back with spaces. */
function nodeText(chart: Flowchart, id: string): string {
  const node = chart.nodes.find(n => n.id === id)
  expect(node, `node ${id}`).toBeDefined()
  return nodeLines(node!).join(' ')
}

const generators: [string, (data: DeckData) => string][] = [
  ['race (essay)', data => raceDiagram(data, 'essay', ko)],
  ['race (latest)', data => raceDiagram(data, 'latest', ko)],
  ['ecosystem', data => ecosystemDiagram(data, ko)],
]

describe('the generated Mermaid text parses', () => {
  it.each(generators)('%s, on the fixture', async (_name, generate) => {
    await expect(mermaid.parse(generate(fixtureData()))).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
  })

  it.each(generators)('%s, with hostile names (quotes, brackets, #, ;, <, |, emoji, keywords, very long)', async (_name, generate) => {
    await expect(mermaid.parse(generate(hostileData()))).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
  })

  it.each(generators)('%s, on the live data in data/', async (_name, generate) => {
    await expect(mermaid.parse(generate(loadDeckData('data')))).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
  })

  it('the parse bites: the same name unescaped is rejected, escaped it is accepted', async () => {
    const chart: Flowchart = { direction: 'LR', accTitle: 't', accDescr: 'd', nodes: [{ id: 'a', lines: ['A "quoted" lab'] }], edges: [] }
    const good = renderFlowchart(chart)
    const broken = good.replace(escapeLabelText('A "quoted" lab'), 'A "quoted" lab')
    expect(broken).not.toBe(good)
    await expect(mermaid.parse(broken)).rejects.toThrow()
    await expect(mermaid.parse(good)).resolves.toMatchObject({ diagramType: 'flowchart-v2' })
  })
})

describe('escaping and label text', () => {
  it('encodes every character Mermaid could read as syntax, and leaves Korean and emoji alone', () => {
    expect(escapeLabelText('a "b" [c] #1; <d> | e')).toBe('a #34;b#34; #91;c#93; #35;1#59; #60;d#62; #124; e')
    expect(escapeLabelText('업스테이지 🚀')).toBe('업스테이지 🚀')
  })

  it('hostile names show up literally in the labels, not as markup', () => {
    const labels = Object.values(diagramLabels(hostileData(), ko)).flat()
    for (const name of HOSTILE_NAMES.slice(0, 8))
      expect(labels.some(label => label.includes(shorten(name)) || name.startsWith(label.replace(/…$/, ''))), name).toBe(true)
    // Labels carry `<` only as an entity; the accessibility lines are plain text, set as text by Mermaid.
    const labelLines = raceDiagram(hostileData(), 'latest', ko).split('\n').filter(line => !/^ {2}acc(?:Title|Descr):/.test(line))
    expect(labelLines.join('\n')).not.toContain('<img')
    expect(labelLines.join('\n')).toContain('#60;img')
  })

  it('a very long name is cut with an ellipsis and wraps within the width', () => {
    const long = HOSTILE_NAMES.at(-1)!
    const lines = wrapText(long, 9.5)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ').endsWith('…')).toBe(true)
    for (const line of lines)
      expect(textEm(line)).toBeLessThanOrEqual(9.5)
    // One unbreakable word: kept whole a little past the width, cut when far longer.
    expect(wrapText('윤리·책임·보안', 6.5)).toEqual(['윤리·책임·보안'])
    expect(wrapText('가'.repeat(30), 6.5)).toEqual([`${'가'.repeat(9)}…`])
  })

  it('keeps a one-character unit with the figure before it', () => {
    expect(wrapText('총 1,576억 또는 1,500억 원', 12.5).at(-1)).not.toBe('원')
    expect(wrapText('총 1,576억 또는 1,500억 원', 12.5).join(' ')).toBe('총 1,576억 또는 1,500억 원')
  })

  it('wraps between words and keeps short text whole', () => {
    expect(wrapText('오픈소스 공개 수준에 따라 기업 매칭 비율 차등', 9)).toEqual(['오픈소스 공개', '수준에 따라 기업', '매칭 비율 차등'])
    expect(wrapText('업스테이지', 9)).toEqual(['업스테이지'])
  })

  it('each diagram has an accessible title and description drawn from the data', () => {
    const data = fixtureData()
    for (const { code, chart, accTitle } of generatedDiagrams(data, ko)) {
      if (chart.kind === 'sankey') {
        // The sankey grammar has no accTitle: the words ride in its `%% deck-sankey` line (lib/diagrams/sankey.ts).
        expect(sankeyWordsIn(code)).toMatchObject({ accTitle, accDescr: expect.stringMatching(/\S/) })
        continue
      }
      expect(code).toMatch(/\n {2}accTitle: \S.+\n/)
      expect(code).toMatch(/\n {2}accDescr: \S.+\n/)
    }
  })
})

describe('survival race as of the deck\'s date', () => {
  it('a stage due by the as-of date with no reported outcome says so, not planned', () => {
    const changed = fixtureData()
    changed.asOf = '2026-09-01'
    changed.program.stages.find(s => s.id === 'second-evaluation')!.status = 'unreported'
    const chart = raceChart(changed, 'latest', ko)
    expect(nodeText(chart, 'stage_second_evaluation')).toBe('2차 평가 2026.8.1 3개 팀 계획 결과 미보도')
    expect(nodeText(chart, 'stage_final')).toMatch(/예정$/)
    expect(chart.accTitle).toContain('2026.9.1 기준')
    // As the essay saw it, the same stage is only a step of the plan.
    expect(nodeText(raceChart(changed, 'essay', ko), 'stage_second_evaluation')).toBe('2차 평가 예정')
  })
})

describe('names as a diagram shows them', () => {
  it('agencies by the acronym their English name ends with; details in parentheses left to the description', () => {
    expect(shortName({ ko: '정보통신산업진흥원', en: 'National IT Industry Promotion Agency (NIPA)' })).toBe('NIPA')
    expect(shortName({ ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' })).toBe('과학기술정보통신부')
    expect(withoutDetail('GPU 임차 지원 사업의 공급사라서 제외 (H100 공급)')).toBe('GPU 임차 지원 사업의 공급사라서 제외')
  })
})

describe('survival race', () => {
  const data = fixtureData()

  it('the essay moment is the first stage at which teams were selected', () => {
    expect(essayMoment(data)).toBe('2025-08-04')
  })

  it('latest: from the selection\'s 5 teams down, who left where, with reasons, the team that joined, the teams still in, planned stages marked', () => {
    const chart = raceChart(data, 'latest', ko)
    // The part before the selection is the essay's own slide; the latest race starts from its 5 teams.
    expect(chart.nodes.some(n => n.id === 'stage_document_review' || n.id === 'stage_selection')).toBe(false)
    expect(nodeText(chart, 'stage_first_evaluation')).toBe('1차 평가 2026.1.15 5 → 3개 팀')
    expect(nodeText(chart, 'out_first_evaluation')).toBe('탈락 2 네이버클라우드: 독자성 기준 미충족 NC AI: 종합 점수 최하위')
    expect(nodeText(chart, 'remaining')).toBe('남은 팀 4 업스테이지 SK텔레콤 LG AI연구원 모티프테크놀로지스')
    expect(chart.accDescr).toContain('서면평가')
    expect(nodeText(chart, 'joined_additional')).toBe('합류 1 모티프테크놀로지스')
    expect(nodeText(chart, 'stage_additional')).toBe('추가 선정 2026.2.20 3 → 4개 팀')
    expect(nodeText(chart, 'stage_second_evaluation')).toBe('2차 평가 2026.8.1 3개 팀 계획 예정')
    expect(chart.nodes.find(n => n.id === 'stage_final')!.className).toBe('planned')
    // The stage without a team count (presentations) is not a step of the race.
    expect(chart.nodes.some(n => n.id === 'stage_presentation')).toBe(false)
  })

  it('essay: only what had happened by the selection; later stages as planned steps, the added call absent', () => {
    const chart = raceChart(data, 'essay', ko)
    expect(chart.nodes.some(n => n.id === 'out_first_evaluation')).toBe(false)
    expect(chart.nodes.some(n => n.id === 'stage_additional')).toBe(false)
    expect(nodeText(chart, 'stage_first_evaluation')).toBe('1차 평가 예정')
    expect(nodeText(chart, 'remaining')).toBe('남은 팀 5 네이버클라우드 업스테이지 SK텔레콤 NC AI LG AI연구원')
    expect(nodeText(chart, 'out_selection')).toContain('모티프테크놀로지스')
    expect(chart.accDescr).not.toContain('독자성')
  })

  it('a stage that changes nothing shares the column of the stage before it', () => {
    const changed = fixtureData()
    // The presentations now state a count and the eliminations happen there, as in the live data.
    changed.program.stages.find(s => s.id === 'presentation')!.teams = 5
    for (const c of changed.consortia) {
      for (const h of c.history) {
        if (h.stage === 'selection' && h.outcome === 'eliminated')
          h.stage = 'presentation'
      }
    }
    const chart = raceChart(changed, 'essay', ko)
    expect(nodeText(chart, 'stage_selection')).toBe('발표평가 → 최종 선정 2025.8.4 10 → 5개 팀')
    expect(nodeText(chart, 'out_selection')).toContain('카카오')
    expect(chart.nodes.some(n => n.id === 'stage_presentation')).toBe(false)
  })

  it('follows the data: a reason added to an elimination shows', () => {
    const changed = fixtureData()
    changed.consortia.find(c => c.id === 'lunit')!.history.at(-1)!.reason = '서류 미달'
    expect(nodeText(raceChart(changed, 'essay', ko), 'out_document_review')).toContain('루닛: 서류 미달')
  })
})

describe('ecosystem', () => {
  const data = fixtureData()
  const chart = ecosystemChart(data, ko)

  it('has a node for every part the essay names, the model and its strategies together', () => {
    for (const part of data.ecosystem)
      expect(nodeText(chart, `part_${part.id.replace(/-/g, '_')}`)).toBe(part.name.ko)
    const models = chart.groups!.find(g => g.id === 'models')!
    expect(models.members).toEqual(['part_foundation_model', 'part_multimodal', 'part_on_device', 'part_lightweight'])
  })

  it('today: every support line flows into the model; the proposal links every other part to it', () => {
    expect(chart.edges.filter(e => e.to === 'today_model').map(e => e.from)).toEqual(data.program.support.map(l => `today_${l.id}`))
    const layers = data.ecosystem.filter(p => p.group === 'layer').map(p => `part_${p.id.replace(/-/g, '_')}`)
    const linked = chart.edges.filter(e => e.from === 'models' || e.to === 'models').map(e => (e.from === 'models' ? e.to : e.from))
    expect(linked.sort()).toEqual(layers.sort())
  })

  it('now: the same diagram, each part marked by the record (its box style), the proposal titled with the as-of date', () => {
    const now = ecosystemChart(data, ko, 'now')
    expect(now.edges).toEqual(chart.edges)
    expect(now.groups!.map(g => g.members)).toEqual(chart.groups!.map(g => g.members))
    const marks = new Map(data.record.ecosystemNow.map(n => [n.part, n.mark]))
    for (const part of data.ecosystem) {
      const node = now.nodes.find(n => n.id === `part_${part.id.replace(/-/g, '_')}`)!
      const mark = ECOSYSTEM_MARKS[marks.get(part.id)!]
      expect(node.lines).toEqual([part.name.ko])
      expect(node.className).toBe(mark.className)
    }
    expect(now.groups!.find(g => g.id === 'proposed')!.title).toBe(ko.ecosystem.now(ko.date(data.asOf)))
    expect(now.accDescr).toContain(`거버넌스: ${ko.ecosystem.mark[marks.get('governance')!]}`)
  })

  it('now: a part with no mark in the record stops the diagram, naming it', () => {
    const copy = fixtureData()
    copy.record.ecosystemNow = copy.record.ecosystemNow.filter(n => n.part !== 'data')
    expect(() => ecosystemChart(copy, ko, 'now')).toThrow('no mark for the ecosystem part "data"')
  })
})

describe('diagramLabels (for the PDF check)', () => {
  it('lists, for each diagram, the texts it shows', () => {
    const labels = diagramLabels(fixtureData(), ko)
    expect(Object.keys(labels)).toEqual(['race-essay', 'funding', 'ecosystem', 'ecosystem-now'])
    expect(labels['ecosystem-now']).toContain('거버넌스')
    expect(chartLabels(raceChart(fixtureData(), 'latest', ko))).toContain('네이버클라우드: 독자성 기준 미충족')
    expect(labels['race-essay']).not.toContain('네이버클라우드: 독자성 기준 미충족')
    expect(labels.ecosystem).toContain('거버넌스')
    expect(chartLabels(ecosystemChart(fixtureData(), ko))).toEqual(labels.ecosystem)
  })
})
