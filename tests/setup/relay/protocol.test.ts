import { describe, expect, it } from 'vitest'
import { ECHO_WINDOW_MS, parseMove, parsePosition, PositionFollower, relayRole, relayUrl } from '../../../setup/relay/protocol'

describe('the relay messages', () => {
  it('reads a move and nothing else as one', () => {
    expect(parseMove('{"type":"move","page":3,"clicks":1}')).toEqual({ type: 'move', page: 3, clicks: 1 })
    expect(parseMove('{"type":"move","page":3,"clicks":1,"extra":"dropped"}')).toEqual({ type: 'move', page: 3, clicks: 1 })
    for (const text of ['', 'null', '[]', '{"type":"move","page":0,"clicks":0}', '{"type":"move","page":1.5,"clicks":0}', '{"type":"move","page":2,"clicks":-1}', '{"type":"move","page":"2","clicks":0}', '{"type":"move","page":1e9,"clicks":0}', '{"type":"position","page":2,"clicks":0,"seq":1}', '{"page":2,"clicks":0}'])
      expect(parseMove(text), text).toBeUndefined()
  })

  it('reads a position with its sequence number', () => {
    expect(parsePosition('{"type":"position","page":2,"clicks":0,"seq":7}')).toEqual({ type: 'position', page: 2, clicks: 0, seq: 7 })
    expect(parsePosition('{"type":"position","page":2,"clicks":0}')).toBeUndefined()
    expect(parsePosition('{"type":"move","page":2,"clicks":0,"seq":1}')).toBeUndefined()
  })

  it('knows a page\'s role only from the two names, and the relay\'s address from the page\'s', () => {
    expect(relayRole('presenter')).toBe('presenter')
    expect(relayRole('audience')).toBe('audience')
    for (const content of [null, undefined, '', 'Presenter', 'admin'])
      expect(relayRole(content)).toBeUndefined()
    expect(relayUrl({ protocol: 'http:', host: '10.0.0.5:3030' })).toBe('ws://10.0.0.5:3030/relay')
    expect(relayUrl({ protocol: 'https:', host: 'talk.example' })).toBe('wss://talk.example/relay')
  })
})

describe('positionFollower', () => {
  const at = (page: number, clicks = 0) => ({ page, clicks })

  it('goes where the relay says unless it is there, and does not send back where it was sent', () => {
    const follower = new PositionFollower()
    expect(follower.receive(at(1), at(1), 0)).toBe(false)
    expect(follower.receive(at(3, 1), at(1), 10)).toBe(true)
    // The page arrives: that is no move of its own.
    expect(follower.moved(at(3, 1), 20)).toBe(false)
    // Its own next step is.
    expect(follower.moved(at(3, 2), 30)).toBe(true)
    expect(follower.moved(at(3, 2), 31)).toBe(false)
  })

  it('does not send an earlier position its router passes through after a later one came', () => {
    const follower = new PositionFollower()
    follower.receive(at(3), at(2), 0)
    follower.receive(at(4), at(2), 5)
    expect(follower.moved(at(3), 50)).toBe(false)
    expect(follower.moved(at(4), 60)).toBe(false)
    // Long after, going back to 3 by hand is a move.
    expect(follower.moved(at(3), 60 + ECHO_WINDOW_MS)).toBe(true)
  })

  it('sends a move made by hand soon after following, back to where it came from too', () => {
    const follower = new PositionFollower()
    follower.receive(at(6, 1), at(6, 0), 0)
    follower.receive(at(7), at(6, 0), 10)
    follower.arrived(at(6, 1))
    expect(follower.moved(at(6, 1), 20)).toBe(false)
    follower.arrived(at(7))
    expect(follower.moved(at(7), 30)).toBe(false)
    // At the talk's position, a step back by hand is a move, however soon.
    expect(follower.moved(at(6, 1), 100)).toBe(true)
  })

  it('is not kept from a move by a heartbeat that repeats where it already is', () => {
    const follower = new PositionFollower()
    expect(follower.moved(at(5), 0)).toBe(true)
    expect(follower.moved(at(6), 10)).toBe(true)
    expect(follower.receive(at(6), at(6), 20)).toBe(false)
    expect(follower.moved(at(5), 30)).toBe(true)
    expect(follower.moved(at(6), 40)).toBe(true)
  })
})
