/**
 * The words the deck's components and diagrams write around the data, one
 * typed set per edition (ko.ts, en.ts): labels, dates, amounts, the as-of
 * line. The data's own text comes from data/, in an edition's language by
 * localizedData (./index.ts).
 */
import type { Amount, EventStatus, HistoryEntry, OrganisationKind } from '../data/schema.ts'

export const DECK_LANGS = ['ko', 'en'] as const
export type DeckLang = typeof DECK_LANGS[number]

export interface UiStrings {
  lang: DeckLang
  /** A day or a month: "2025.8.4" / "4 Aug 2025". */
  date: (iso: string) => string
  /** A stage's or event's date: the source's wording when given, a span when it has an end. */
  when: (item: { date: string, until?: string, dateLabel?: string }) => string
  /** An amount with its unit (and what one unit counts). */
  amount: (amount: Amount) => string
  /** Several figures for one total, the unit once where they share it: "총 300억 또는 628억 원". */
  total: (figures: string[]) => string
  /** How a slide labels an item that is not done, as of the deck's date. */
  status: Record<Exclude<EventStatus, 'done'>, string>
  outcome: Record<HistoryEntry['outcome'], string>
  /** A stage and what happened there: "1차 단계평가 탈락". */
  outcomeText: (stage: string, outcome: string) => string
  kinds: Record<OrganisationKind, string>
  /** The day the facts were last checked, as the slides show it. */
  asOf: (date: string) => string
  /** A reported timing with the day it was reported. */
  reported: (said: string, date: string) => string
  /** Joins a list of names. */
  list: (names: string[]) => string
  consortia: { label: string, startup: string, describe: (lead: string, model: string | undefined, partners: string[], direction: string | undefined) => string }
  /** The essay's asks beside the record (lib/charts/asks-record.ts). */
  asks: {
    title: (asOf: string) => string
    answers: Record<'yes' | 'partly' | 'against' | 'unknown', string>
    notFound: string
    notFoundCount: (n: number) => string
  }
  /** The essay's worries beside what happened (lib/charts/worries.ts). */
  worries: {
    title: (asOf: string) => string
    verdicts: Record<'borne-out' | 'mixed' | 'not-borne-out', string>
  }
  /** Why each team was cut after the selection (lib/charts/eliminations.ts). */
  eliminations: { title: string }
  /** The consortia's partners by name (lib/charts/partners.ts). */
  partners: {
    /** What bold means. */
    key: string
    companies: string
    others: string
    title: string
    description: (teams: { lead: string, partners: string[] }[], shared: string[]) => string
  }
  releases: { active: (size: string) => string }
  cite: { label: string }
  sources: { summary: string }
  byline: { title: (blog: string, category?: string, title?: string) => string, stamp: string }
  race: {
    out: string
    joined: string
    remaining: string
    teams: (n: number) => string
    planned: (teams: string) => string
    essayMoment: (date: string) => string
    title: (program: string, moment: string) => string
    reason: (name: string, reason: string) => string
  }
  funding: {
    disputed: string
    from: (when: string) => string
    title: (program: string) => string
    later: string
    mayReceive: (reason: string, from: string) => string
    role: (name: string, role: string) => string
  }
  ecosystem: {
    today: string
    proposed: string
    /** The proposal's title when drawn with the record's marks, as of a date. */
    now: (asOf: string) => string
    title: (today: string, proposed: string) => string
    /** What each mark says (the key under the diagram drawn now). */
    mark: Record<'yes' | 'partly' | 'none-found', string>
  }
  /** A review's scoring drawn to scale (lib/charts/review-scoring.ts). */
  scoring: {
    average: (score: number) => string
    top: (score: number, teams: string) => string
    points: (points: number) => string
    title: (stage: string, when: string) => string
    /** The review's items left to right on its 100 points (a review scoring view, lib/data/views.ts). */
    description: (view: { segments: readonly { part: string, name: string, points: number, average?: number, top?: { teams: string[], score: number } }[] }) => string
  }
  /** Budget figures as reported and as settled (lib/charts/budget-figures.ts). */
  budget: {
    total: string
    reported: (figures: string) => string
    settled: (figure: string) => string
    /** The axis's unit, and a figure in 억 원 (the data's unit) written in it: the axis ticks are in the edition's unit. */
    unit: string
    inUnit: (eok: number) => number
    title: string
    description: (rows: { name: string, reported: string[], settled: string[] }[]) => string
  }
  /** The funding structure as a sankey (lib/diagrams/funding.ts). */
  fundingFlow: {
    /** Which figure the diagram draws, where sources disagree. */
    settled: string
    /** An amount no source itemises. */
    rest: string
    /** A per-team amount times the teams: "140억 원 (팀당 28억 원 × 5)". */
    times: (value: string, each: string, teams: number) => string
    title: (total: string, amount: string) => string
    /** One support line and its parts, in words. */
    line: (line: string, amount: string, parts: string[]) => string
    sources: (publishers: string[]) => string
  }
  /** Reported timings against what happened (lib/charts/schedule-slip.ts). */
  slip: {
    reported: (date: string) => string
    happened: (when: string) => string
    title: string
    description: (rows: { name: string, reports: string[], happened?: string }[]) => string
  }
  /** One team's way through the programme (lib/charts/team-path.ts). */
  path: {
    inRace: string
    out: string
    title: (team: string) => string
    description: (team: string, steps: string[]) => string
  }
  /** Each team's first and latest release to one scale of parameters (lib/charts/releases.ts). */
  releasesChart: {
    /** Shown instead of a bar when no source gives a release's size. */
    sizeUnconfirmed: string
    /** Shown beside a team that has released no model. */
    none: string
    /** A licence in a word: open licences by their name, any other as the team's own. */
    licence: { own: string, ownNonCommercial: string, unconfirmed: string }
    title: string
    /** One release in words: "K-EXAONE 2.0(2026.7.31) 750B (활성 37B), Apache-2.0". */
    release: (name: string, when: string, size: string, licence: string) => string
    /** Each team's releases, oldest first, in words. */
    description: (teams: { team: string, releases: string[] }[]) => string
  }
  /** The field of teams narrowing stage by stage (lib/charts/field.ts). */
  field: {
    /** A planned stage's stated count: "2개 팀 예정". */
    planned: (teams: string) => string
    /** A stage due with no reported outcome: its stated count and that no source reports it. */
    unreported: (teams: string) => string
    /** The stages the moment shown knew only as plans, in order: "예정: 1차 단계평가 → …". */
    plan: (stages: string[]) => string
    title: (moment: string) => string
    description: (steps: string[]) => string
  }
  /** `npm run export -- --handout`: the heading over each slide's notes, the word for none, the PDF's title. */
  handout: { notes: string, none: string, title: (deck: string) => string }
  /**
   * The time plan (lib/talk/plan.ts) where the presenter looks: the current slide's planned time and the pace
   * (custom-nav-controls.vue), and each page's planned time in the handout.
   */
  pace: {
    /** The current slide's planned time: "이 슬라이드 계획 0:45". */
    slide: (time: string) => string
    ahead: (time: string) => string
    behind: (time: string) => string
    onPlan: string
    /** Before the presenter's timer starts. */
    notStarted: string
    /** A sources or appendix slide, outside the slot. */
    reference: string
    /** The handout's line under a page: "계획 0:45 (누적 3:10 / 20:00)". */
    handout: (slide: string, upTo: string, slot: string) => string
  }
}
