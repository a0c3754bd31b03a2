import { describe, expect, it } from 'vitest'
import { buildsLine, localReport, remoteReport } from '../../../tools/present/report'

describe('localReport', () => {
  it('prints both addresses and whether the build was reused', () => {
    const text = localReport({ slides: 'http://127.0.0.1:3030/1', presenter: 'http://127.0.0.1:3030/presenter/1' }, { hash: 'abc', built: false, seconds: 0.1 })
    expect(text).toContain('slides     http://127.0.0.1:3030/1')
    expect(text).toContain('presenter  http://127.0.0.1:3030/presenter/1')
    expect(text).toContain('has not changed since its last build (abc)')
  })
})

describe('remoteReport', () => {
  const cached = { presenter: { hash: 'p1', built: false }, audience: { hash: 'a1', built: false } }
  const links = { presenter: 'http://10.0.0.5:3030/presenter/1?token=p-secret-0123456789', slides: 'http://127.0.0.1:3030/1?token=a', audience: 'http://10.0.0.5:3030/1?token=a' }

  it('prints the presenter link with a QR code of it, and the follow-only links', () => {
    const text = remoteReport(links, { addresses: ['10.0.0.5'], given: { presenter: false, audience: false }, builds: cached, seconds: 1 })
    expect(text).toContain(`  ${links.presenter}`)
    expect(text).toMatch(/[▀▄█]{20,}/)
    expect(text).toContain(`slides     ${links.slides}`)
    expect(text).toContain(`audience   ${links.audience}`)
    expect(text).toContain('401')
  })

  it('says which secrets are random and how to keep them', () => {
    expect(remoteReport(links, { addresses: ['10.0.0.5'], given: { presenter: true, audience: false }, builds: cached, seconds: 1 })).toContain('give its secret with --audience-token SECRET')
    expect(remoteReport(links, { addresses: ['10.0.0.5'], given: { presenter: false, audience: false }, builds: cached, seconds: 1 })).toContain('--token and --audience-token SECRET')
    expect(remoteReport(links, { addresses: ['10.0.0.5'], given: { presenter: true, audience: true }, builds: cached, seconds: 1 })).not.toContain('Random secrets')
  })

  it('says when the machine is on no network', () => {
    expect(remoteReport(links, { addresses: [], given: { presenter: true, audience: true }, builds: cached, seconds: 1 })).toContain('No network found')
  })
})

describe('buildsLine', () => {
  it('says whether the builds were reused or which were built, and how long it took', () => {
    expect(buildsLine({ presenter: { hash: 'p1', built: false }, audience: { hash: 'a1', built: false } }, 1.23)).toBe('The deck has not changed since its last builds (p1 with notes, a1 without): serving them (1.2 s).')
    expect(buildsLine({ presenter: { hash: 'p2', built: true }, audience: { hash: 'a2', built: true } }, 20)).toBe('Built the presenter\'s deck and the audience\'s deck in 20.0 s (p2 with notes, a2 without).')
    expect(buildsLine({ presenter: { hash: 'p1', built: false }, audience: { hash: 'a2', built: true } }, 9)).toContain('Built the audience\'s deck in 9.0 s')
  })
})
