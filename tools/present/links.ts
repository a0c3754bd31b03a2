/**
 * The addresses `npm run present` prints: where this machine can be reached on
 * the venue's network, and the links for each window and each role.
 */
import type { NetworkInterfaceInfo } from 'node:os'
import type { Secrets } from './secret'
import { networkInterfaces } from 'node:os'
import { TOKEN_PARAM } from './gate'

/** This machine's IPv4 addresses on its networks (not loopback), in the order the system lists them. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap(list => list ?? [])
    .filter(info => info.family === 'IPv4' && !info.internal)
    .map(info => info.address)
}

export interface LocalLinks {
  slides: string
  presenter: string
}

/** The two windows of one laptop: both on 127.0.0.1, so that one browser keeps them in step. */
export function localLinks(port: number): LocalLinks {
  const origin = `http://127.0.0.1:${port}`
  return { slides: `${origin}/1`, presenter: `${origin}/presenter/1` }
}

export interface RemoteLinks {
  /** For the phone: the presenter view, with the presenter's secret. */
  presenter: string
  /** For the projector, on this machine: the slides, following the presenter. */
  slides: string
  /** For anyone else on the network: the slides, following the presenter. */
  audience: string
}

function withToken(url: string, secret: string): string {
  return `${url}?${TOKEN_PARAM}=${encodeURIComponent(secret)}`
}

/** The links of remote mode; `host` is the address the phone and the audience reach this machine at. */
export function remoteLinks(host: string, port: number, secrets: Secrets): RemoteLinks {
  return {
    presenter: withToken(`http://${host}:${port}/presenter/1`, secrets.presenter),
    slides: withToken(`http://127.0.0.1:${port}/1`, secrets.audience),
    audience: withToken(`http://${host}:${port}/1`, secrets.audience),
  }
}
