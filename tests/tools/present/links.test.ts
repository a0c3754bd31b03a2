import { describe, expect, it } from 'vitest'
import { lanAddresses, localLinks, remoteLinks } from '../../../tools/present/links'

describe('lanAddresses', () => {
  it('lists IPv4 addresses on networks, not loopback nor IPv6', () => {
    const common = { netmask: '', mac: '', cidr: null }
    expect(lanAddresses({
      lo: [{ ...common, address: '127.0.0.1', family: 'IPv4', internal: true }],
      wlan0: [{ ...common, address: 'fe80::1', family: 'IPv6', internal: false, scopeid: 0 }, { ...common, address: '192.168.0.12', family: 'IPv4', internal: false }],
    })).toEqual(['192.168.0.12'])
    expect(lanAddresses({})).toEqual([])
  })
})

describe('links', () => {
  it('puts both local windows on one origin, so one browser keeps them in step', () => {
    expect(localLinks(3030)).toEqual({ slides: 'http://127.0.0.1:3030/1', presenter: 'http://127.0.0.1:3030/presenter/1' })
  })

  it('gives the presenter\'s secret to the presenter link only', () => {
    const links = remoteLinks('192.168.0.12', 3030, { presenter: 'p-secret-0123456789', audience: 'a-secret-0123456789' })
    expect(links).toEqual({
      presenter: 'http://192.168.0.12:3030/presenter/1?token=p-secret-0123456789',
      slides: 'http://127.0.0.1:3030/1?token=a-secret-0123456789',
      audience: 'http://192.168.0.12:3030/1?token=a-secret-0123456789',
    })
  })
})
