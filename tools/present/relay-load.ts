/**
 * The relay under a room's load, for its test and `npm run bench`: a number
 * of audience pages connected at once through the gate (real WebSockets
 * with the audience's cookie), one presenter page that moves a number of
 * times, each move sent only once every follower has the one before. For each
 * move and each follower, the delay from the presenter's send to the
 * follower's receipt. Bounded: it fails rather than wait past its deadline.
 */
import type { Position } from '../../setup/relay/protocol'
import { WebSocket } from 'ws'
import { parsePosition, RELAY_PATH, samePosition } from '../../setup/relay/protocol'
import { COOKIE_NAME } from './gate'

export interface RelayLoadOptions {
  /** The gated server, e.g. `http://127.0.0.1:3030`. */
  origin: string
  secrets: { presenter: string, audience: string }
  followers: number
  moves: number
  /** The whole run, connections included, must end within this. */
  timeoutMs: number
}

export interface RelayLoadResult {
  followers: number
  moves: number
  /** Milliseconds from each move's send to each follower's receipt: followers x moves of them. */
  delaysMs: number[]
  worstMs: number
  /** The positions each follower was told after connecting, in order. */
  received: Position[][]
  /** The positions the presenter moved to, in order. */
  sent: Position[]
}

/** Opens a relay connection; `onPosition` hears from the first message on (the relay speaks as soon as it opens). */
function open(origin: string, secret: string, onPosition: (position: Position) => void): Promise<WebSocket> {
  const url = `${origin.replace(/^http/, 'ws')}${RELAY_PATH}`
  return new Promise((done, fail) => {
    const ws = new WebSocket(url, { headers: { cookie: `${COOKIE_NAME}=${secret}` }, perMessageDeflate: false })
    ws.on('message', (data) => {
      const position = parsePosition(String(data))
      if (position)
        onPosition(position)
    })
    ws.once('open', () => done(ws))
    ws.once('error', fail)
    ws.once('unexpected-response', (_request, response) => fail(new Error(`${url}: answered ${response.statusCode}`)))
  })
}

/** The moves: forward through click steps and slides from wherever the talk is not, so each one is a change. */
function plannedMoves(count: number, from: Position): Position[] {
  return Array.from({ length: count }, (_, i) => ({ page: from.page + 1 + Math.floor(i / 2), clicks: i % 2 }))
}

export async function loadRelay(options: RelayLoadOptions): Promise<RelayLoadResult> {
  const sockets: WebSocket[] = []
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`the relay load (${options.followers} followers, ${options.moves} moves) did not finish within ${options.timeoutMs} ms`)), options.timeoutMs)
  })
  const run = async (): Promise<RelayLoadResult> => {
    const received: Position[][] = Array.from({ length: options.followers }, () => [])
    const arrivals: number[][] = Array.from({ length: options.followers }, () => [])
    // Each follower's waiter for the move in flight: resolves when it has it.
    let waiting: ((index: number) => void) | undefined
    let start: Position | undefined
    for (let index = 0; index < options.followers; index++) {
      sockets.push(await open(options.origin, options.secrets.audience, (position) => {
        start ??= position
        // The first message is where the talk is; heartbeats repeat the last move: count changes only.
        if (samePosition(position, received[index]!.at(-1)) || (!received[index]!.length && samePosition(position, start)))
          return
        received[index]!.push({ page: position.page, clicks: position.clicks })
        arrivals[index]!.push(performance.now())
        waiting?.(index)
      }))
    }
    let told: (position: Position) => void = () => {}
    const at = new Promise<Position>((done) => {
      told = done
    })
    const presenter = await open(options.origin, options.secrets.presenter, position => told(position))
    sockets.push(presenter)
    start ??= await at
    const sent = plannedMoves(options.moves, await at)
    const sentAt: number[] = []
    for (const [move, position] of sent.entries()) {
      const all = new Promise<void>((done) => {
        let missing = received.filter(list => list.length <= move).length
        waiting = (index) => {
          if (received[index]!.length === move + 1 && --missing === 0)
            done()
        }
      })
      sentAt.push(performance.now())
      presenter.send(JSON.stringify({ type: 'move', ...position }))
      await all
    }
    const delaysMs = arrivals.flatMap(times => times.map((time, move) => time - sentAt[move]!))
    return { followers: options.followers, moves: options.moves, delaysMs, worstMs: Math.max(...delaysMs), received, sent }
  }
  try {
    return await Promise.race([run(), deadline])
  }
  finally {
    clearTimeout(timer)
    for (const ws of sockets)
      ws.terminate()
  }
}
