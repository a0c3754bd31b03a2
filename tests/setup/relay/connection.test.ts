import type { PositionMessage } from '../../../setup/relay/protocol'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RelayConnection, RETRY_DELAYS_MS } from '../../../setup/relay/connection'
import { SILENCE_MS } from '../../../setup/relay/protocol'

/** Stands in for the browser's WebSocket: the test opens, speaks for and closes it. */
class FakeSocket extends EventTarget {
  readyState = 0
  sent: string[] = []
  constructor(readonly url: string) {
    super()
  }

  send(text: string) {
    this.sent.push(text)
  }

  close() {
    if (this.readyState === 3)
      return
    this.readyState = 3
    this.dispatchEvent(new Event('close'))
  }

  opened() {
    this.readyState = 1
    this.dispatchEvent(new Event('open'))
  }

  says(data: string) {
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

let sockets: FakeSocket[]
let positions: PositionMessage[]
let connection: RelayConnection

beforeEach(() => {
  vi.useFakeTimers()
  sockets = []
  positions = []
  connection = new RelayConnection('ws://deck.test/relay', position => positions.push(position), {
    openSocket: (url) => {
      const socket = new FakeSocket(url)
      sockets.push(socket)
      return socket as unknown as WebSocket
    },
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: timer => clearTimeout(timer as NodeJS.Timeout),
  })
})
afterEach(() => {
  connection.stop()
  vi.useRealTimers()
})

describe('relayConnection', () => {
  it('hands on positions and sends moves while connected, and sends nothing while not', () => {
    connection.connect()
    expect(connection.send({ page: 2, clicks: 0 })).toBe(false)
    sockets[0]!.opened()
    sockets[0]!.says('{"type":"position","page":4,"clicks":1,"seq":3}')
    sockets[0]!.says('not json')
    expect(positions).toEqual([{ type: 'position', page: 4, clicks: 1, seq: 3 }])
    expect(connection.send({ page: 5, clicks: 0 })).toBe(true)
    expect(sockets[0]!.sent).toEqual(['{"type":"move","page":5,"clicks":0}'])
  })

  it('opens a new connection after losing one, waiting longer after each failure, and hears the position again', () => {
    connection.connect()
    sockets[0]!.opened()
    sockets[0]!.close()
    for (const [attempt, delay] of RETRY_DELAYS_MS.entries()) {
      vi.advanceTimersByTime(delay - 1)
      expect(sockets, `attempt ${attempt + 1} waits ${delay} ms`).toHaveLength(attempt + 1)
      vi.advanceTimersByTime(1)
      expect(sockets).toHaveLength(attempt + 2)
      sockets.at(-1)!.close() // the Wi-Fi is still down
    }
    vi.advanceTimersByTime(RETRY_DELAYS_MS.at(-1)!)
    const back = sockets.at(-1)!
    back.opened()
    back.says('{"type":"position","page":9,"clicks":0,"seq":12}')
    expect(positions.at(-1)).toMatchObject({ page: 9, clicks: 0 })
    // Connected again: the next loss starts from the shortest wait.
    back.close()
    vi.advanceTimersByTime(RETRY_DELAYS_MS[0])
    expect(sockets.at(-1)).not.toBe(back)
  })

  it('takes a silent connection for dead, and ignores what the dead one says later', () => {
    connection.connect()
    const first = sockets[0]!
    first.opened()
    vi.advanceTimersByTime(SILENCE_MS - 1)
    first.says('{"type":"position","page":1,"clicks":0,"seq":0}')
    vi.advanceTimersByTime(SILENCE_MS - 1)
    expect(sockets).toHaveLength(1)
    vi.advanceTimersByTime(1 + RETRY_DELAYS_MS[0])
    expect(sockets).toHaveLength(2)
    first.says('{"type":"position","page":2,"clicks":0,"seq":1}')
    expect(positions.map(p => p.page)).toEqual([1])
  })

  it('connects at once when asked while waiting to retry, and not twice', () => {
    connection.connect()
    sockets[0]!.close()
    connection.connect()
    expect(sockets).toHaveLength(2)
    connection.connect()
    expect(sockets).toHaveLength(2)
    vi.advanceTimersByTime(10_000)
    expect(sockets).toHaveLength(2)
  })
})
