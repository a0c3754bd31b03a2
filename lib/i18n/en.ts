/** The English edition's words: dates, amounts and labels written for readers abroad. */
import type { AMOUNT_PER, AMOUNT_UNITS } from '../data/schema-fields.ts'
import type { Amount } from '../data/schema.ts'
import type { UiStrings } from './strings.ts'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** "2025-08-04" → "4 Aug 2025"; "2026-08" → "Aug 2026". */
function date(iso: string): string {
  const [year, month, day] = iso.split('-')
  return [day === undefined ? undefined : Number(day), MONTHS[Number(month) - 1], year].filter(part => part !== undefined).join(' ')
}

function when(item: { date: string, until?: string, dateLabel?: string }): string {
  if (item.dateLabel)
    return item.dateLabel
  if (!item.until || item.until === item.date)
    return date(item.date)
  const [startYear, startMonth, startDay] = item.date.split('-')
  const [endYear, endMonth] = item.until.split('-')
  if (startYear === endYear && startMonth === endMonth)
    return `${Number(startDay)}–${date(item.until)}`
  return `${date(item.date)} – ${date(item.until)}`
}

const number = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 })

/**
 * The data's units in English. 억 원 is 100 million won: 1,576억 원 is ₩157.6 bn (KRW 157.6 billion).
 * One for each unit and `per` the data may use (lib/data/schema-fields.ts); the compiler names one missing here.
 */
const ENGLISH_UNITS: Record<typeof AMOUNT_UNITS[number], (value: number) => string> = {
  '억 원': value => `₩${number(value / 10)} bn`,
  '장 (B200)': value => `${number(value)} B200s`,
}
const ENGLISH_PER: Record<typeof AMOUNT_PER[number], (figure: string) => string> = {
  '팀당': figure => `${figure}/team`,
  '연 최대': figure => `up to ${figure}/yr`,
}

function amount(value: Amount): string {
  const unit = (ENGLISH_UNITS as Record<string, ((value: number) => string) | undefined>)[value.unit]
  let text = unit ? unit(value.value) : `${number(value.value)} ${value.unit}`
  if (value.approximate)
    text = `about ${text}`
  const per = value.per === undefined ? undefined : (ENGLISH_PER as Record<string, ((figure: string) => string) | undefined>)[value.per]
  return per ? per(text) : text
}

export const en: UiStrings = {
  lang: 'en',
  date,
  when,
  amount,
  total: (figures) => {
    // "₩30 bn", "₩62.8 bn" → "Total ₩30 or 62.8 bn": the shared unit once.
    const numbers = figures.map(f => /^₩([\d.,]+) bn$/.exec(f)?.[1])
    if (figures.length > 1 && numbers.every(n => n !== undefined))
      return `Total ₩${numbers.join(' or ')} bn`
    return `Total ${figures.join(' or ')}`
  },
  status: { planned: 'planned', unreported: 'outcome not reported' },
  outcome: { applied: 'applied', passed: 'passed', selected: 'selected', eliminated: 'out' },
  outcomeText: (stage, outcome) => `${stage}: ${outcome}`,
  kinds: {
    'company': 'Companies',
    'university': 'Universities',
    'research-institute': 'Institutes',
    'hospital': 'Hospitals',
    'public-body': 'Public bodies',
    'media': 'Media',
  },
  asOf: iso => `As of ${date(iso)}`,
  reported: (said, iso) => `${said} (reported ${date(iso)})`,
  list: names => names.join(', '),
  consortia: { label: 'Selected consortia: lead, model, partners by kind, the direction each stated', startup: 'startup', describe: (lead, model, partners, direction) => `${lead}${model ? ` (${model})` : ''}: partners ${partners.join(', ')}${direction ? `; direction: ${direction}` : ''}.` },
  asks: {
    notFoundCount: n => `${n} not found`,
    title: asOf => `What the essay asked for, and the record to ${asOf}`,
    answers: { yes: 'answered', partly: 'in part', against: 'the other way', unknown: 'not yet' },
    notFound: 'none found',
  },
  worries: {
    title: asOf => `The essay's worries, and what happened to ${asOf}`,
    verdicts: { 'borne-out': 'borne out', 'mixed': 'mixed', 'not-borne-out': 'not borne out' },
  },
  eliminations: { title: 'The teams cut at the stage reviews, and why' },
  partners: {
    key: 'Bold: in two or more of the five selected teams',
    companies: 'Companies',
    others: 'Universities, other',
    title: 'Each consortium’s partners by name',
    description: (teams, shared) => `${teams.map(t => `${t.lead}: ${t.partners.join(', ')}`).join('. ')}.${shared.length ? ` In two or more teams (bold): ${shared.join(', ')}.` : ''}`,
  },
  releases: { active: size => `${size} active` },
  cite: { label: 'Sources' },
  sources: { summary: 'summary title' },
  byline: {
    title: (blog, category, title) => title ? `Source: “${title}”` : `Source: “${blog}”${category ? `, “${category}”` : ''}`,
    stamp: 'posted',
  },
  race: {
    out: 'Out',
    joined: 'Joined',
    remaining: 'Still in',
    teams: n => `${n} team${n === 1 ? '' : 's'}`,
    planned: teams => `plan: ${teams}`,
    essayMoment: iso => `when the essay was written (${date(iso)})`,
    title: (program, moment) => `${program}: selection and elimination (${moment})`,
    reason: (name, reason) => `${name} (${reason})`,
  },
  funding: {
    disputed: 'reports differ',
    from: when => `from ${when}`,
    title: program => `${program}: how support flows`,
    later: 'later support',
    mayReceive: (reason, from) => `${reason}; may receive support from ${from}`,
    role: (name, role) => `${name} (${role})`,
  },
  scoring: {
    average: score => `average ${score}`,
    top: (score, teams) => `top ${score}, ${teams}`,
    points: points => `${points} pts`,
    title: (stage, when) => `${stage} (${when}): points and published scores`,
    description: view => `Out of 100 points. ${view.segments.map(s => `${s.part === s.name ? s.name : `${s.part}, ${s.name}`}: ${s.points} points${s.average === undefined ? '' : `, average ${s.average}`}${s.top ? `, top ${s.top.score} (${s.top.teams.join(', ')})` : ''}`).join('. ')}.`,
  },
  budget: {
    total: 'Programme total',
    reported: figures => `reported: ${figures}`,
    settled: figure => `final accounts: ${figure}`,
    unit: '₩ bn',
    // 10억 원 is ₩1 bn, as ENGLISH_UNITS writes the figures.
    inUnit: eok => eok / 10,
    title: 'The budget as reported and in the National Assembly’s final accounts',
    description: rows => rows.map(row => `${row.name}: reported ${row.reported.join(', ') || 'none'}${row.settled.length ? `; final accounts ${row.settled.join(', ')}` : ''}`).join('. ').concat('.'),
  },
  fundingFlow: {
    settled: 'final accounts',
    rest: 'Not itemised',
    times: (value, each, teams) => `${value} (${each} × ${teams})`,
    title: (total, amount) => `${total}, ${amount}: how it flows to GPU, data and talent and their uses (the National Assembly's final accounts)`,
    line: (line, amount, parts) => `${line} ${amount}${parts.length ? `: ${parts.join(', ')}` : ''}.`,
    sources: publishers => `Sources: ${publishers.join(', ')}.`,
  },
  slip: {
    reported: date => `reported ${date}`,
    happened: when => `results ${when}`,
    title: 'Stage reviews: the timing reported and when they happened',
    description: rows => rows.map(row => `${row.name}: timing reported as ${row.reports.join(', ')}; ${row.happened ? `results announced ${row.happened}` : 'not held yet'}`).join('. ').concat('.'),
  },
  path: {
    inRace: 'Elite team',
    out: 'Not an elite team',
    title: team => `The path of ${team}`,
    description: (team, steps) => `${team}: ${steps.join(', ')}.`,
  },
  releasesChart: {
    sizeUnconfirmed: 'size unconfirmed',
    none: 'no release',
    licence: { own: 'custom licence', ownNonCommercial: 'custom licence, non-commercial', unconfirmed: 'licence unconfirmed' },
    title: 'Each team’s first and latest release: parameters to one scale, and licence',
    release: (name, when, size, licence) => `${name} (${when}) ${size}, ${licence}`,
    description: teams => `${teams.map(({ team, releases }) => {
      if (releases.length < 2)
        return `${team}: ${releases[0] ?? 'no release'}`
      return `${team}: first ${[releases[0], ...releases.slice(1, -1)].join('; ')}; latest ${releases.at(-1)}`
    }).join('. ')}.`,
  },
  field: {
    planned: teams => `${teams} planned`,
    unreported: teams => `plan: ${teams}; outcome not reported`,
    plan: stages => `Planned: ${stages.join(' → ')}`,
    title: moment => `Teams left after each selection stage: ${moment}`,
    description: steps => `${steps.join('. ')}.`,
  },
  ecosystem: { today: 'August 2025: model-centred', proposed: 'The essay: a model in an ecosystem', now: asOf => `The essay’s ecosystem: the record on ${asOf}`, title: (today, proposed) => `From “${today}” to “${proposed}”`, mark: { 'yes': 'answered', 'partly': 'in part', 'none-found': 'none found' } },
  handout: { notes: 'Speaker notes', none: 'No notes', title: deck => `${deck} (handout with notes)` },
  pace: {
    slide: time => `Slide plan ${time}`,
    ahead: time => `${time} ahead`,
    behind: time => `${time} behind`,
    onPlan: 'On plan',
    notStarted: 'Timer not started',
    reference: 'Reference (outside the slot)',
    handout: (slide, upTo, slot) => `Planned ${slide} (to here ${upTo} / ${slot})`,
  },
}
