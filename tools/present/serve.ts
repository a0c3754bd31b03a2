/**
 * The two ways `npm run present` runs the deck.
 *
 * - Local (one laptop and a projector): the static build, reused from the build
 *   cache when the deck has not changed since (tools/deck-build.ts, the cache
 *   export uses), served on 127.0.0.1. Slidev's static build keeps the
 *   presenter and slides windows in step through a BroadcastChannel, which
 *   joins the windows of one browser on one origin: no server is needed.
 * - Remote (a phone as clicker and note reader): Slidev's dev server, whose
 *   live sync reaches other devices, on 127.0.0.1, behind the gate
 *   (tools/present/proxy.ts) that listens on the network.
 */
import type { DeckBuild, EnsureBuildOptions } from '../deck-build'
import type { DevServer } from '../slidev'
import type { LocalLinks, RemoteLinks } from './links'
import type { LocalOptions, RemoteOptions } from './options'
import type { GateOptions } from './proxy'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { ensureDeckBuild } from '../deck-build'
import { editionEntry } from '../edition'
import { startDevServer } from '../slidev'
import { serveStatic } from '../static-server'
import { lanAddresses, localLinks, remoteLinks } from './links'
import { startGate } from './proxy'
import { warmDevServer } from './warm'

export interface LocalPresentation {
  build: DeckBuild
  links: LocalLinks
  close: () => Promise<void>
}

/**
 * Builds the deck if its build is not up to date, and serves it on 127.0.0.1.
 * `cache.build` replaces `slidev build` (the tests hand in the build they already made).
 */
export async function presentLocal(options: Pick<LocalOptions, 'lang' | 'port'>, cache: Pick<EnsureBuildOptions, 'root' | 'build'> = {}): Promise<LocalPresentation> {
  const build = await ensureDeckBuild({ ...cache, entry: editionEntry(options.lang) })
  const server = await serveStatic(build.dir, { port: options.port }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE' ? new Error(`port ${options.port} is in use on 127.0.0.1: pick another with --port N.`) : error
  })
  return { build, links: localLinks(server.port), close: server.close }
}

export interface RemotePresentation {
  links: RemoteLinks
  /** Where the gate listens (its port may have been picked when 0 was asked). */
  port: number
  /** The network addresses found; empty when the machine is on no network. */
  addresses: string[]
  dev: DevServer
  close: () => Promise<void>
}

export interface RemoteRunOptions extends Pick<RemoteOptions, 'lang' | 'port' | 'secrets'> {
  /** Where the gate listens; every network unless given. */
  host?: string
  onRefused?: GateOptions['onRefused']
  /** Told what a step that takes a while is doing. */
  onProgress?: (message: string) => void
}

/** Starts Slidev's dev server on 127.0.0.1, loads its modules once (tools/present/warm.ts), and starts the gate in front of it. */
export async function presentRemote(options: RemoteRunOptions, root?: string): Promise<RemotePresentation> {
  const entry = editionEntry(options.lang)
  const at = resolve(root ?? process.cwd(), entry)
  if (!existsSync(at))
    throw new Error(`${at} does not exist: the ${options.lang} edition has no deck to present.`)
  const dev = await startDevServer(root, { entry })
  try {
    options.onProgress?.('Loading every module of the deck once, so that the first page opens fast…')
    await warmDevServer(dev.url)
    const upstream = new URL(dev.url)
    const gate = await startGate({ upstream: { host: upstream.hostname, port: Number(upstream.port) }, secrets: options.secrets, host: options.host, port: options.port, onRefused: options.onRefused })
    const addresses = lanAddresses()
    return {
      links: remoteLinks(addresses[0] ?? '127.0.0.1', gate.port, options.secrets),
      port: gate.port,
      addresses,
      dev,
      close: async () => {
        await gate.close()
        dev.stop()
        await dev.exited
      },
    }
  }
  catch (error) {
    dev.stop()
    throw error
  }
}
