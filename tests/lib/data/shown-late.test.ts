/**
 * The deck notices when it is shown later than its data: one line, from 31
 * days after the as-of date or once a planned item's date is over.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { localToday, plannedItemsPast, shownLateNotice } from '../../../lib/data/shown-late'
import { loadDeckData } from '../../../node/load-data'
import { noticeShownLate, showingDay } from '../../../tools/shown-late'

const fixture = loadDeckData(resolve(__dirname, '../../fixtures/data/valid'))
// The fixture is checked as of 2026-03-01; its second review is planned for 2026-08 (timeline) and 2026-08-01 (stage).

describe('shownLateNotice', () => {
  it('says nothing up to 30 days after the as-of date while no planned date is over', () => {
    expect(shownLateNotice(fixture, '2026-03-01')).toBeUndefined()
    expect(shownLateNotice(fixture, '2026-03-31')).toBeUndefined()
  })

  it('counts the days from the 31st day on', () => {
    expect(shownLateNotice(fixture, '2026-04-01')).toBe('data checked 2026-03-01, 31 days ago. The slides speak as of 2026-03-01; check the sources and move data/as-of.yaml forward.')
  })

  it('names each planned item whose date is over, once, the month counted whole', () => {
    expect(plannedItemsPast(fixture, '2026-08-01')).toEqual([])
    // The stage's day is over: it is named by the timeline event for the same month.
    expect(plannedItemsPast(fixture, '2026-08-02')).toEqual(['2차 평가'])
    expect(plannedItemsPast(fixture, '2026-09-01')).toEqual(['2차 평가'])
    expect(shownLateNotice(fixture, '2026-09-01')).toBe('data checked 2026-03-01, 184 days ago; 1 planned item now past: 2차 평가. The slides speak as of 2026-03-01; check the sources and move data/as-of.yaml forward.')
  })

  it('a planned stage the timeline does not list is named by its stage name', () => {
    const data = { ...fixture, timeline: fixture.timeline.filter(event => event.status !== 'planned') }
    expect(plannedItemsPast(data, '2026-09-01')).toEqual([fixture.program.stages.find(s => s.status === 'planned')!.name.ko])
  })

  it('a passed planned date alone is enough, before the 30 days are up', () => {
    const data = { ...fixture, asOf: '2026-08-20' }
    expect(shownLateNotice(data, '2026-09-02')).toMatch(/^data checked 2026-08-20, 13 days ago; 1 planned item now past: 2차 평가\./)
  })
})

describe('noticeShownLate (what dev, present and export print)', () => {
  const root = resolve(__dirname, '../../fixtures/data/valid/../..')

  it('prints one line for the project\'s data, or nothing', async () => {
    const lines: string[] = []
    const deck = resolve(__dirname, '../../..')
    const asOf = loadDeckData(resolve(deck, 'data')).asOf
    await expect(noticeShownLate(deck, asOf, line => lines.push(line))).resolves.toBeUndefined()
    const later = new Date(Date.parse(`${asOf}T00:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10)
    await expect(noticeShownLate(deck, later, line => lines.push(line))).resolves.toMatch(new RegExp(`^data checked ${asOf}, 40 days ago`))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Note: data checked /)
  })

  it('prints nothing when the data cannot be read (the build reports that)', async () => {
    const lines: string[] = []
    await expect(noticeShownLate(resolve(root, 'no-such-deck'), '2030-01-01', line => lines.push(line))).resolves.toBeUndefined()
    expect(lines).toEqual([])
  })

  it('the day can be set with DECK_TODAY, and must be a real day', () => {
    const now = new Date(2026, 11, 3, 12)
    expect(showingDay({}, now)).toBe('2026-12-03')
    expect(showingDay({ DECK_TODAY: '' }, now)).toBe('2026-12-03')
    expect(showingDay({ DECK_TODAY: '2027-03-02' }, now)).toBe('2027-03-02')
    for (const wrong of ['2 March 2027', '2027-3-2'])
      expect(() => showingDay({ DECK_TODAY: wrong }, now), wrong).toThrow(`DECK_TODAY=${wrong}: give the day the deck is shown as YYYY-MM-DD`)
    // A day in the right form that the calendar does not have says so.
    expect(() => showingDay({ DECK_TODAY: '2027-02-30' }, now)).toThrow('DECK_TODAY=2027-02-30: that day does not exist (February 2027 has 28 days); give the day the deck is shown as YYYY-MM-DD, e.g. DECK_TODAY=2027-03-02.')
    expect(() => showingDay({ DECK_TODAY: '2028-02-30' }, now)).toThrow('(February 2028 has 29 days)')
    expect(showingDay({ DECK_TODAY: '2028-02-29' }, now)).toBe('2028-02-29')
    expect(() => showingDay({ DECK_TODAY: '2027-13-01' }, now)).toThrow('DECK_TODAY=2027-13-01: there is no month 13; give the day')
    expect(() => showingDay({ DECK_TODAY: '2027-04-00' }, now)).toThrow('that day does not exist (April 2027 has 30 days)')
  })

  it('today is the presenter\'s local day', () => {
    expect(localToday(new Date(2026, 11, 3, 23, 59))).toBe('2026-12-03')
  })
})
