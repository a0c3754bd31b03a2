/** The Korean edition's words (the deck's first language). */
import type { UiStrings } from './strings.ts'
import { formatAmount, formatDate, formatWhen, kindLabels } from './ko-format.ts'

export const ko: UiStrings = {
  lang: 'ko',
  date: formatDate,
  when: formatWhen,
  amount: formatAmount,
  total: (figures) => {
    if (figures.length <= 1)
      return `총 ${figures[0] ?? ''}`
    // "300억 원", "628억 원" → "총 300억 또는 628억 원": the shared unit once, at the end.
    const suffix = / [^\d\s]+$/.exec(figures[0]!)?.[0]
    const shared = suffix && figures.every(f => f.endsWith(suffix))
    const shown = shared ? [...figures.slice(0, -1).map(f => f.slice(0, -suffix.length)), figures.at(-1)!] : figures
    return `총 ${shown.join(' 또는 ')}`
  },
  status: { planned: '예정', unreported: '결과 미보도' },
  outcome: { applied: '지원', passed: '통과', selected: '선정', eliminated: '탈락' },
  outcomeText: (stage, outcome) => stage.endsWith(outcome) ? stage : `${stage} ${outcome}`,
  kinds: kindLabels,
  asOf: date => `${formatDate(date)} 기준`,
  reported: (said, date) => `${said} (${formatDate(date)} 보도)`,
  list: names => names.join('·'),
  consortia: { label: '선정된 컨소시엄: 주관, 모델, 종류별 참여기관, 팀이 밝힌 방향', startup: '스타트업', describe: (lead, model, partners, direction) => `${lead}${model ? `(${model})` : ''}: 참여기관 ${partners.join(', ')}${direction ? `; 방향: ${direction}` : ''}.` },
  asks: {
    notFoundCount: n => `찾지 못함 ${n}`,
    title: asOf => `글이 요구한 것과 ${asOf}까지의 기록`,
    answers: { yes: '답함', partly: '일부', against: '반대로', unknown: '아직' },
    notFound: '찾지 못함',
  },
  worries: {
    title: asOf => `글의 걱정과 ${asOf}까지 일어난 일`,
    verdicts: { 'borne-out': '맞았다', 'mixed': '엇갈림', 'not-borne-out': '빗나갔다' },
  },
  eliminations: { title: '단계평가에서 떨어진 팀과 그 이유' },
  partners: {
    key: '굵게: 선정된 5개 팀 가운데 두 팀 이상에 참여',
    companies: '기업',
    others: '대학·기관',
    title: '컨소시엄별 참여기관 이름',
    description: (teams, shared) => `${teams.map(t => `${t.lead}: ${t.partners.join(', ')}`).join('. ')}.${shared.length ? ` 두 팀 이상에 든 곳(굵게): ${shared.join(', ')}.` : ''}`,
  },
  releases: { active: size => `활성 ${size}` },
  cite: { label: '출처' },
  sources: { summary: '요약 제목' },
  byline: {
    title: (blog, category, title) => title ? `원문 「${title}」` : `원문 「${blog}」${category ? ` ‘${category}’` : ''}`,
    stamp: '게시',
  },
  race: {
    out: '탈락',
    joined: '합류',
    remaining: '남은 팀',
    teams: n => `${n}개 팀`,
    planned: teams => `${teams} 계획`,
    essayMoment: date => `글이 쓰인 시점(${formatDate(date)})`,
    title: (program, moment) => `${program}: 선정과 탈락 (${moment})`,
    reason: (name, reason) => `${name}(${reason})`,
  },
  funding: {
    disputed: '보도마다 다름',
    from: when => `${when}부터`,
    title: program => `${program}: 지원 구조`,
    later: '이후 지원',
    mayReceive: (reason, from) => `${reason}, ${from}부터 지원 가능`,
    role: (name, role) => `${name}(${role})`,
  },
  scoring: {
    average: score => `평균 ${score}`,
    top: (score, teams) => `최고 ${score} ${teams}`,
    points: points => `${points}점`,
    title: (stage, when) => `${stage}(${when})의 배점과 공개된 점수`,
    description: view => `100점 만점. ${view.segments.map(s => `${s.part === s.name ? s.name : `${s.part} 중 ${s.name}`} ${s.points}점${s.average === undefined ? '' : `, 평균 ${s.average}점`}${s.top ? `, 최고 ${s.top.score}점(${s.top.teams.join('·')})` : ''}`).join('. ')}.`,
  },
  budget: {
    total: '사업 총액',
    reported: figures => `보도: ${figures}`,
    settled: figure => `국회 결산: ${figure}`,
    unit: '억 원',
    inUnit: eok => eok,
    title: '보도된 예산과 국회 결산',
    description: rows => rows.map(row => `${row.name}: 보도 ${row.reported.join(', ') || '없음'}${row.settled.length ? `; 국회 결산 ${row.settled.join(', ')}` : ''}`).join('. ').concat('.'),
  },
  fundingFlow: {
    settled: '국회 결산',
    rest: '내역 없음',
    times: (value, each, teams) => `${value} (${each} × ${teams})`,
    title: (total, amount) => `${total} ${amount}의 흐름: GPU·데이터·인재와 그 쓰임 (국회 결산 기준)`,
    line: (line, amount, parts) => `${line} ${amount}${parts.length ? `: ${parts.join(', ')}` : ''}.`,
    sources: publishers => `출처: ${publishers.join(', ')}.`,
  },
  slip: {
    reported: date => `${date} 보도`,
    happened: when => `${when} 결과 발표`,
    title: '단계평가 일정: 보도된 시점과 실제',
    description: rows => rows.map(row => `${row.name}: 일정 보도 ${row.reports.join(', ')}; ${row.happened ? `결과 발표 ${row.happened}` : '아직 열리지 않음'}`).join('. ').concat('.'),
  },
  path: {
    inRace: '정예팀',
    out: '정예팀 밖',
    title: team => `${team}의 경로`,
    description: (team, steps) => `${team}: ${steps.join(', ')}.`,
  },
  releasesChart: {
    sizeUnconfirmed: '규모 미확인',
    none: '공개 모델 없음',
    licence: { own: '자체 라이선스', ownNonCommercial: '자체 라이선스(비상업)', unconfirmed: '라이선스 미확인' },
    title: '팀마다 처음 공개한 모델과 최근 모델의 매개변수 규모와 라이선스',
    release: (name, when, size, licence) => `${name}(${when}) ${size}, ${licence}`,
    description: teams => `${teams.map(({ team, releases }) => {
      if (releases.length < 2)
        return `${team}: ${releases[0] ?? '공개 모델 없음'}`
      return `${team}: 첫 모델 ${[releases[0], ...releases.slice(1, -1)].join('; ')}; 최근 모델 ${releases.at(-1)}`
    }).join('. ')}.`,
  },
  field: {
    planned: teams => `${teams} 예정`,
    unreported: teams => `${teams} 계획, 결과 미보도`,
    plan: stages => `예정: ${stages.join(' → ')}`,
    title: moment => `선정 단계마다 남은 팀 수: ${moment}`,
    description: steps => `${steps.join('. ')}.`,
  },
  ecosystem: { today: '2025년 8월: 모델 중심', proposed: '글의 제안: 생태계 속 모델', now: asOf => `글의 제안, ${asOf}의 기록`, title: (today, proposed) => `${today}에서 ${proposed}로`, mark: { 'yes': '기록이 답함', 'partly': '일부', 'none-found': '찾지 못함' } },
  handout: { notes: '발표자 노트', none: '노트 없음', title: deck => `${deck} (발표 자료와 노트)` },
  pace: {
    slide: time => `이 슬라이드 계획 ${time}`,
    ahead: time => `${time} 앞섬`,
    behind: time => `${time} 늦음`,
    onPlan: '계획대로',
    notStarted: '타이머 시작 전',
    reference: '참고 자료 (발표 시간 밖)',
    handout: (slide, upTo, slot) => `계획 ${slide} (여기까지 ${upTo} / ${slot})`,
  },
}
