/** What `npm run present` prints: before a build, and once the deck is served. */
import type { RelayRole } from '../../setup/relay/protocol'
import type { LocalLinks, RemoteLinks } from './links'
import { renderUnicodeCompact } from 'uqr'

/** Said when a build starts, because the deck changed since its last build. */
export const BUILD_NOTICE = {
  deck: 'Building the deck: it changed since its last build (about 10-30 s)…',
  presenter: 'Building the presenter\'s deck, with the notes: it changed since its last build (about 10-30 s)…',
  audience: 'Building the audience\'s deck, without the notes (about 10-30 s)…',
} as const

interface BuildState { hash: string, built: boolean }

/** One line on the two builds of remote mode: reused, or built and how long it all took. */
export function buildsLine(builds: Record<RelayRole, BuildState>, seconds: number): string {
  const made = (['presenter', 'audience'] as const).filter(role => builds[role].built)
  if (!made.length)
    return `The deck has not changed since its last builds (${builds.presenter.hash} with notes, ${builds.audience.hash} without): serving them (${seconds.toFixed(1)} s).`
  return `Built ${made.map(role => role === 'presenter' ? 'the presenter\'s deck' : 'the audience\'s deck').join(' and ')} in ${seconds.toFixed(1)} s (${builds.presenter.hash} with notes, ${builds.audience.hash} without).`
}

/** Links as the reports list them: each name in a column, its address beside it, and under it what it is for. */
function linkLines(links: [name: string, url: string, what: string][]): string[] {
  const indent = ' '.repeat(13)
  return links.flatMap(([name, url, what]) => [`  ${name.padEnd(9)}  ${url}`, `${indent}${what}`])
}

export function localReport(links: LocalLinks, build: { hash: string, built: boolean, seconds: number }): string {
  return [
    build.built ? `Built the deck in ${build.seconds.toFixed(1)} s (build ${build.hash}).` : `The deck has not changed since its last build (${build.hash}): serving that build.`,
    '',
    ...linkLines([
      ['slides', links.slides, 'the projector\'s window'],
      ['presenter', links.presenter, 'your screen: notes, next slide, timer'],
    ]),
    '',
    'Open both in the same browser: its windows stay in step. Only this machine can reach them.',
    'Ctrl+C to stop.',
  ].join('\n')
}

export function remoteReport(links: RemoteLinks, options: { addresses: string[], given: { presenter: boolean, audience: boolean }, builds: Record<RelayRole, BuildState>, seconds: number }): string {
  const lines = [
    buildsLine(options.builds, options.seconds),
    '',
    'Presenter (your phone, on the same network as this machine): scan the code or open',
    '',
    `  ${links.presenter}`,
    '',
    renderUnicodeCompact(links.presenter, { border: 2 }),
    '',
    '  Open it on this machine too for your notes here: every presenter view drives and follows.',
    '',
    ...linkLines([
      ['slides', links.slides, 'the projector\'s window, on this machine'],
      ['audience', links.audience, 'for the audience to follow on their own screens (no notes)'],
    ]),
    '',
    'Only holders of a link get in: anything else is answered 401. The audience link follows',
    'the presenter and cannot move the slides. Keep the presenter link to yourself.',
  ]
  if (!options.addresses.length)
    lines.push('', 'No network found on this machine: the links work on this machine only. Join the venue\'s Wi-Fi and restart.')
  else if (options.addresses.length > 1)
    lines.push('', `This machine has several network addresses (${options.addresses.join(', ')}); if the phone cannot open the link, replace ${options.addresses[0]} with another.`)
  const random = [!options.given.presenter && '--token', !options.given.audience && '--audience-token'].filter(Boolean)
  if (random.length)
    lines.push('', `Random secrets are new at each start; to keep a link across restarts, give its secret with ${random.join(' and ')} SECRET.`)
  lines.push('Ctrl+C to stop.')
  return lines.join('\n')
}
