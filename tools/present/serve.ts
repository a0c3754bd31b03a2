/**
 * The two ways `npm run present` runs the deck.
 *
 * - Local (one laptop and a projector): the static build, reused from the build
 *   cache when the deck has not changed since (tools/deck-build.ts, the cache
 *   export uses), served on 127.0.0.1. Slidev's static build keeps the
 *   presenter and slides windows in step through a BroadcastChannel, which
 *   joins the windows of one browser on one origin: no server is needed.
 * - Remote (a phone as clicker and note reader): two builds from the same
 *   cache, the presenter's with the speaker notes and the audience's without,
 *   served behind the gate on the network with a relay that carries the
 *   presenter's position to every device (tools/present/remote-server.ts).
 *   No dev server: nothing reachable there can change a file.
 */
import type { RelayRole } from '../../setup/relay/protocol'
import type { DeckBuild, EnsureBuildOptions } from '../deck-build'
import type { LocalLinks, RemoteLinks } from './links'
import type { LocalOptions, RemoteOptions } from './options'
import type { PositionRelay } from './relay'
import type { RemoteServerOptions } from './remote-server'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { ensureDeckBuild } from '../deck-build'
import { editionEntry } from '../edition'
import { serveStatic } from '../static-server'
import { lanAddresses, localLinks, remoteLinks } from './links'
import { startRemoteServer } from './remote-server'

export interface LocalPresentation {
  build: DeckBuild
  links: LocalLinks
  close: () => Promise<void>
}

/**
 * Builds the deck if its build is not up to date, and serves it on 127.0.0.1.
 * `cache.build` replaces `slidev build` (the tests hand in the build they already made).
 */
export async function presentLocal(options: Pick<LocalOptions, 'lang' | 'port'> & { onBuild?: () => void }, cache: Pick<EnsureBuildOptions, 'root' | 'build'> = {}): Promise<LocalPresentation> {
  const build = await ensureDeckBuild({ ...cache, entry: editionEntry(options.lang), onBuild: options.onBuild })
  const server = await serveStatic(build.dir, { port: options.port, compress: true }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(`port ${options.port} is in use on 127.0.0.1: pick another with --port N.`) : error
  })
  return { build, links: localLinks(server.port), close: server.close }
}

export interface RemotePresentation {
  links: RemoteLinks
  /** Where the server listens (its port may have been picked when 0 was asked). */
  port: number
  /** The network addresses found; empty when the machine is on no network. */
  addresses: string[]
  /** The presenter's build (with notes) and the audience's (without). */
  builds: Record<RelayRole, DeckBuild>
  relay: PositionRelay
  close: () => Promise<void>
}

export interface RemoteRunOptions extends Pick<RemoteOptions, 'lang' | 'port' | 'secrets'> {
  /** Where the server listens; every network unless given. */
  host?: string
  onRefused?: RemoteServerOptions['onRefused']
  /** Told when a build starts because the deck changed since its last one. */
  onBuild?: (role: RelayRole) => void
}

/**
 * Makes sure both builds are up to date (the presenter's with notes, the
 * audience's without), building only the ones whose inputs changed, and
 * serves them behind the gate with the position relay.
 * `cache.build` replaces `slidev build` (the tests hand in a stand-in).
 */
export async function presentRemote(options: RemoteRunOptions, cache: Pick<EnsureBuildOptions, 'root' | 'build'> = {}): Promise<RemotePresentation> {
  const entry = editionEntry(options.lang)
  const at = resolve(cache.root ?? process.cwd(), entry)
  if (!existsSync(at))
    throw new Error(`${at} does not exist: the ${options.lang} edition has no deck to present.`)
  // One after the other: two builds at once only slow each other on a laptop's few cores.
  const presenter = await ensureDeckBuild({ ...cache, entry, onBuild: () => options.onBuild?.('presenter') })
  const audience = await ensureDeckBuild({ ...cache, entry, withoutNotes: true, onBuild: () => options.onBuild?.('audience') })
  const server = await startRemoteServer({ builds: { presenter: presenter.dir, audience: audience.dir }, secrets: options.secrets, host: options.host, port: options.port, onRefused: options.onRefused })
  const addresses = lanAddresses()
  return {
    links: remoteLinks(addresses[0] ?? '127.0.0.1', server.port, options.secrets),
    port: server.port,
    addresses,
    builds: { presenter, audience },
    relay: server.relay,
    close: server.close,
  }
}
