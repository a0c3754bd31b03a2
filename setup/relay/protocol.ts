/**
 * The talk's position as `npm run present -- --remote` carries it between
 * devices: the relay on the presenting machine (tools/present/relay.ts) and
 * the deck's pages (setup/root.ts) speak these messages over one WebSocket.
 * Plain TypeScript, no Slidev or DOM, so both sides share it and unit tests
 * cover it.
 *
 * - The relay sends `position` when a device connects, after every move, and
 *   again every few seconds (a heartbeat, so a device notices a dead link).
 * - A presenter's page sends `move` when its presenter view goes to another
 *   slide or click step; the relay drops every message from the audience.
 */

/** The WebSocket's path on the presenting machine. */
export const RELAY_PATH = '/relay'
/** The page's `<meta name>` through which the presenting server tells the page that a relay is there, and its role. */
export const RELAY_META = 'deck-relay'
/** Every how many milliseconds the relay repeats the position. */
export const HEARTBEAT_MS = 5000
/** A page that has heard nothing for this long takes its connection for dead and opens a new one. */
export const SILENCE_MS = 3 * HEARTBEAT_MS
/** No deck has more slides or click steps than this; larger numbers are refused as malformed. */
const MAX_NUMBER = 10_000

export type RelayRole = 'presenter' | 'audience'

/** A slide (from 1) and its click step (from 0). */
export interface Position {
  page: number
  clicks: number
}

/** Relay to page: where the talk is; `seq` counts the moves since the relay started. */
export interface PositionMessage extends Position {
  type: 'position'
  seq: number
}

/** Page to relay: the presenter went here. */
export interface MoveMessage extends Position {
  type: 'move'
}

export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return !!a && !!b && a.page === b.page && a.clicks === b.clicks
}

function wholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_NUMBER
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined
  }
  catch {
    return undefined
  }
}

/** A `move` from its text, or undefined when the text is anything else (nothing a page sends is trusted). */
export function parseMove(text: string): MoveMessage | undefined {
  const value = parseObject(text)
  if (value?.type !== 'move' || !wholeNumber(value.page, 1) || !wholeNumber(value.clicks, 0))
    return undefined
  return { type: 'move', page: value.page, clicks: value.clicks }
}

/** A `position` from its text, or undefined. */
export function parsePosition(text: string): PositionMessage | undefined {
  const value = parseObject(text)
  if (value?.type !== 'position' || !wholeNumber(value.page, 1) || !wholeNumber(value.clicks, 0) || !wholeNumber(value.seq, 0))
    return undefined
  return { type: 'position', page: value.page, clicks: value.clicks, seq: value.seq }
}

/** The role a page's `<meta name="deck-relay" content="…">` names, or undefined (no relay: a plain build, or the dev server). */
export function relayRole(content: string | null | undefined): RelayRole | undefined {
  return content === 'presenter' || content === 'audience' ? content : undefined
}

/** The relay's address, seen from a page at `location`. */
export function relayUrl(location: { protocol: string, host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${RELAY_PATH}`
}

/**
 * How long a position the relay sent stays "just heard": a page's router may
 * pass through it on the way to a later one, and passing through it must not
 * go back to the relay as a move.
 */
export const ECHO_WINDOW_MS = 2000

/**
 * One page's view of the talk's position: decides which positions from the
 * relay the page goes to, and which of the page's own changes are moves to
 * send. Without it a following presenter view would send back each position
 * it reaches (an echo), or, when two moves come close together, the earlier
 * one after the later (and pull the room back). Positions heard are forgotten
 * once the page is where the relay last sent it, or after ECHO_WINDOW_MS.
 */
export class PositionFollower {
  /** The talk's position as this page last heard or told it. */
  private known: Position | undefined
  /** Positions the relay sent this page to lately, with when. */
  private heard: { position: Position, at: number }[] = []

  /** The relay says the talk is at `position`; the page shows `here`. True when the page should go there. */
  receive(position: Position, here: Position, now: number): boolean {
    this.known = { page: position.page, clicks: position.clicks }
    // A position the page already shows (the heartbeat, mostly) sends it nowhere: nothing to echo.
    if (samePosition(position, here))
      return false
    this.heard = [...this.heard.filter(entry => now - entry.at < ECHO_WINDOW_MS), { position: this.known, at: now }]
    return true
  }

  /** The page's router reached `here`: once it is where the relay last sent it, the positions on the way are no echoes any more. */
  arrived(here: Position): void {
    if (samePosition(here, this.known))
      this.heard = []
  }

  /** The page's shared state now holds `here` (its own navigation, or a move the relay asked for). True when it is a move to send. */
  moved(here: Position, now: number): boolean {
    this.heard = this.heard.filter(entry => now - entry.at < ECHO_WINDOW_MS)
    if (samePosition(here, this.known) || this.heard.some(entry => samePosition(entry.position, here)))
      return false
    this.known = { page: here.page, clicks: here.clicks }
    return true
  }
}
