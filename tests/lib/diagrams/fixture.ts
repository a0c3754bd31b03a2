/**
 * A small, complete DeckData for the diagram tests, shaped like the real
 * project (15 applicants, stages to the planned final) but built here so the
 * tests do not depend on how far data/ has been filled. `withNames` swaps in
 * hostile names to prove escaping.
 */
import type { Consortium, DeckData, HistoryEntry } from '../../../lib/data/schema'

const src = ['src-a']

function applicant(id: string, ko: string, en: string, steps: Omit<HistoryEntry, 'sources'>[]): Consortium {
  const history: HistoryEntry[] = [
    { date: '2025-07-21', stage: 'applied', outcome: 'applied', sources: src },
    ...steps.map(step => ({ ...step, sources: src })),
  ]
  return {
    id,
    lead: { name: { ko, en }, kind: 'company' },
    reached: history.at(-1)!.stage,
    history,
    sources: src,
  }
}

function outAtReview(id: string, ko: string, en: string) {
  return applicant(id, ko, en, [{ date: '2025-07-25', stage: 'document-review', outcome: 'eliminated' }])
}
function outAtSelection(id: string, ko: string, en: string) {
  return applicant(id, ko, en, [
    { date: '2025-07-25', stage: 'document-review', outcome: 'passed' },
    { date: '2025-08-04', stage: 'selection', outcome: 'eliminated' },
  ])
}
function selected(id: string, ko: string, en: string, later: Omit<HistoryEntry, 'sources'>[] = []) {
  return applicant(id, ko, en, [
    { date: '2025-07-25', stage: 'document-review', outcome: 'passed' },
    { date: '2025-08-04', stage: 'selection', outcome: 'selected' },
    ...later,
  ])
}

export function fixtureData(): DeckData {
  return {
    sources: [{ id: 'src-a', publisher: '가나다뉴스', title: '기사', url: 'https://example.org/a', published: '2026-02-28', language: 'ko' }],
    essay: { title: '단상', author: 'mobizen', blog: '블로그', url: 'https://example.org/essay', stamp: '2025/07/31 15:31', sources: src },
    program: {
      name: { ko: '독자 AI 파운데이션 모델 프로젝트', en: 'Sovereign AI Foundation Model Project' },
      ministry: { name: { ko: '과학기술정보통신부', en: 'MSIT' }, kind: 'public-body', role: '주관', sources: src },
      agencies: [
        { name: { ko: '정보통신산업진흥원', en: 'NIPA' }, kind: 'public-body', role: 'GPU 지원', sources: src },
        { name: { ko: '한국지능정보사회진흥원', en: 'NIA' }, kind: 'public-body', role: '데이터 지원', sources: src },
        { name: { ko: '정보통신기획평가원', en: 'IITP' }, kind: 'public-body', role: '인재 지원', sources: src },
      ],
      call: { opens: '2025-06-20', closes: '2025-07-21', maxTeams: 5, sources: src },
      stages: [
        { id: 'applied', name: { ko: '접수', en: 'Applications' }, date: '2025-07-21', status: 'done', teams: 15, sources: src },
        { id: 'document-review', name: { ko: '서류 평가', en: 'Document review' }, date: '2025-07-25', status: 'done', teams: 10, sources: src },
        { id: 'presentation', name: { ko: '발표 평가', en: 'Presentations' }, date: '2025-07-30', until: '2025-07-31', status: 'done', sources: src },
        { id: 'selection', name: { ko: '최종 선정', en: 'Selection' }, date: '2025-08-04', status: 'done', teams: 5, sources: src },
        { id: 'first-evaluation', name: { ko: '1차 평가', en: 'First evaluation' }, date: '2026-01-15', status: 'done', teams: 3, sources: src },
        { id: 'additional', name: { ko: '추가 선정', en: 'Additional team' }, date: '2026-02-20', status: 'done', teams: 4, sources: src },
        { id: 'second-evaluation', name: { ko: '2차 평가', en: 'Second evaluation' }, date: '2026-08-01', status: 'planned', teams: 3, sources: src },
        { id: 'final', name: { ko: '최종 평가', en: 'Final' }, date: '2026-12-31', status: 'planned', teams: 2, sources: src },
      ],
      target: { text: '글로벌 최신 모델 성능의 95% 이상', sources: src },
      support: [
        {
          id: 'gpu',
          name: { ko: 'GPU', en: 'GPU' },
          items: [{ label: 'GPU 임차', amount: { value: 1576, unit: '억 원' }, sources: src }],
          recipients: ['upstage', 'nc-ai', 'lg'],
          deferred: [
            { consortium: 'skt', until: '2026년 하반기', reason: 'GPU 공급사', sources: src },
            { consortium: 'naver-cloud', until: '2026년 하반기', reason: 'GPU 공급사', sources: src },
          ],
          sources: src,
        },
        { id: 'data', name: { ko: '데이터', en: 'Data' }, items: [{ label: '데이터 구축·구매', amount: { value: 628, unit: '억 원' }, sources: src }], recipients: ['upstage', 'nc-ai', 'lg', 'skt', 'naver-cloud'], sources: src },
        { id: 'talent', name: { ko: '인재', en: 'Talent' }, items: [{ label: '해외 연구자 유치', amount: { value: 250, unit: '억 원' }, sources: src }], recipients: ['upstage'], sources: src },
      ],
      budget: [{ amount: { value: 1936, unit: '억 원' }, scope: '총액', sources: src }],
      openSource: { text: '오픈소스 공개 수준에 따라 기업 매칭 비율 차등', sources: src },
    },
    consortia: [
      selected('naver-cloud', '네이버클라우드', 'Naver Cloud', [{ date: '2026-01-15', stage: 'first-evaluation', outcome: 'eliminated', reason: '독자성 기준 미충족' }]),
      selected('upstage', '업스테이지', 'Upstage', [{ date: '2026-01-15', stage: 'first-evaluation', outcome: 'passed' }]),
      selected('skt', 'SK텔레콤', 'SK Telecom', [{ date: '2026-01-15', stage: 'first-evaluation', outcome: 'passed' }]),
      selected('nc-ai', 'NC AI', 'NC AI', [{ date: '2026-01-15', stage: 'first-evaluation', outcome: 'eliminated', reason: '종합 점수 최하위' }]),
      selected('lg', 'LG AI연구원', 'LG AI Research', [{ date: '2026-01-15', stage: 'first-evaluation', outcome: 'passed' }]),
      outAtSelection('kakao', '카카오', 'Kakao'),
      outAtSelection('kt', 'KT', 'KT'),
      outAtSelection('kaist', 'KAIST', 'KAIST'),
      outAtSelection('konan', '코난테크놀로지', 'Konan Technology'),
      { ...outAtSelection('motif', '모티프테크놀로지스', 'Motif Technologies') },
      outAtReview('lunit', '루닛', 'Lunit'),
      outAtReview('bionexus', '바이오넥서스', 'BioNexus'),
      outAtReview('sionic', '사이오닉에이아이', 'Sionic AI'),
      outAtReview('junctionmed', '정션메드', 'JunctionMed'),
      outAtReview('pion', '파이온코퍼레이션', 'Pion Corporation'),
    ].map(c => c.id === 'motif'
      ? { ...c, reached: 'additional', history: [...c.history, { date: '2026-02-20', stage: 'additional', outcome: 'selected' as const, sources: src }] }
      : c),
    timeline: [{ date: '2025-08-04', title: '선정', status: 'done', sources: src }],
    ecosystem: [
      { id: 'foundation-model', name: { ko: '파운데이션 모델', en: 'Foundation model' }, group: 'core', section: 'foundation-model' },
      { id: 'industry-apps', name: { ko: '산업 응용', en: 'Industry applications' }, group: 'layer', section: 'foundation-model' },
      { id: 'interfaces', name: { ko: '사용자 인터페이스', en: 'User interfaces' }, group: 'layer', section: 'foundation-model' },
      { id: 'infrastructure', name: { ko: '인프라', en: 'Infrastructure' }, group: 'layer', section: 'foundation-model' },
      { id: 'ethics', name: { ko: '윤리·책임·보안', en: 'Ethics, responsibility, security' }, group: 'layer', section: 'foundation-model' },
      { id: 'open-source', name: { ko: '오픈소스 생태계', en: 'Open-source ecosystem' }, group: 'layer', section: 'foundation-model' },
      { id: 'data', name: { ko: '데이터 확보', en: 'Data' }, group: 'layer', section: 'essence' },
      { id: 'verification', name: { ko: '검증 인프라', en: 'Verification infrastructure' }, group: 'layer', section: 'essence' },
      { id: 'services', name: { ko: '응용 서비스', en: 'Application services' }, group: 'layer', section: 'essence' },
      { id: 'governance', name: { ko: '거버넌스', en: 'Governance' }, group: 'layer', section: 'essence' },
      { id: 'multimodal', name: { ko: '멀티모달', en: 'Multimodal' }, group: 'strategy', section: 'diversity' },
      { id: 'on-device', name: { ko: '온디바이스', en: 'On-device' }, group: 'strategy', section: 'diversity' },
      { id: 'lightweight', name: { ko: '경량화', en: 'Lightweight models' }, group: 'strategy', section: 'diversity' },
    ],
  }
}

/** Names that break naive Mermaid text: quotes, brackets, #, ;, <, |, emoji, a very long name. */
export const HOSTILE_NAMES = [
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
export function hostileData(): DeckData {
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
