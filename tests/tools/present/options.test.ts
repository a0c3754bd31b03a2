import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, parsePort, parsePresentArgs } from '../../../tools/present/options'

let n = 0
const random = () => `random-secret-number-${n++}`

describe('parsePresentArgs', () => {
  it('serves the Korean edition on 127.0.0.1:3030 by default', () => {
    expect(parsePresentArgs([])).toEqual({ mode: 'local', lang: 'ko', port: DEFAULT_PORT })
  })

  it('reads --lang and --port', () => {
    expect(parsePresentArgs(['--lang', 'en', '--port', '4000'])).toEqual({ mode: 'local', lang: 'en', port: 4000 })
    expect(() => parsePresentArgs(['--lang', 'fr'])).toThrow('--lang fr: no such edition')
  })

  it('makes two different random secrets for --remote', () => {
    const options = parsePresentArgs(['--remote'], random)
    expect(options).toMatchObject({ mode: 'remote', lang: 'ko', port: DEFAULT_PORT, given: { presenter: false, audience: false } })
    if (options.mode !== 'remote')
      throw new Error('expected remote')
    expect(options.secrets.presenter).not.toBe(options.secrets.audience)
  })

  it('takes the secrets given, and refuses a short one or the same one twice', () => {
    expect(parsePresentArgs(['--remote', '--token', 'my-own-secret-123', '--port', '8080'], random)).toMatchObject({ mode: 'remote', port: 8080, secrets: { presenter: 'my-own-secret-123' }, given: { presenter: true, audience: false } })
    expect(() => parsePresentArgs(['--remote', '--token', 'abc'])).toThrow('--token: the secret is 3 characters long')
    expect(() => parsePresentArgs(['--remote', '--token', ''])).toThrow('--token: the secret is 0 characters long')
    expect(() => parsePresentArgs(['--remote', '--token', 'same-secret-12345', '--audience-token', 'same-secret-12345'])).toThrow('are the same')
  })

  it('refuses a secret without --remote, and options it does not know', () => {
    expect(() => parsePresentArgs(['--token', 'my-own-secret-123'])).toThrow('--token works only with --remote')
    expect(() => parsePresentArgs(['--remtoe'])).toThrow(/Unknown option '--remtoe'\. `npm run present -- --help` lists the options\.$/)
  })
})

describe('parsePort', () => {
  it('takes a port from 1 to 65535 and names a bad one', () => {
    expect(parsePort('1')).toBe(1)
    expect(parsePort('65535')).toBe(65535)
    for (const bad of ['0', '65536', 'abc', '30.5', '-1', ''])
      expect(() => parsePort(bad)).toThrow(`--port ${bad}: expected a port number from 1 to 65535.`)
  })
})
