/**
 * `npm run present [-- --lang en] [--port N] [--remote [--token SECRET] [--audience-token SECRET]]`:
 * the command line read into options, with an error that names the option at fault.
 */
import type { Values } from '../command'
import type { Edition } from '../edition'
import type { Secrets } from './secret'
import { flagOption, parseCommand, UsageError } from '../command'
import { LANG_OPTION, parseEdition } from '../edition'
import { randomSecret, secretProblem } from './secret'

export const DEFAULT_PORT = 3030

export interface LocalOptions {
  mode: 'local'
  lang: Edition
  port: number
}

export interface RemoteOptions {
  mode: 'remote'
  lang: Edition
  port: number
  secrets: Secrets
  /** True for each secret given on the command line (not random). */
  given: { presenter: boolean, audience: boolean }
}

export type PresentOptions = LocalOptions | RemoteOptions

/** The command line of `npm run present` (tools/command.ts). */
export const PRESENT_COMMAND = {
  run: 'npm run present',
  summary: `The deck for a talk, at once: slides and presenter windows on this machine, or with --remote a phone as clicker over the network, behind a secret.
  npm run present [-- --lang ko|en] [--port N]
  npm run present -- --remote [--token SECRET] [--audience-token SECRET] [--lang ko|en] [--port N]`,
  options: {
    'lang': LANG_OPTION,
    'port': { type: 'string', value: 'N', help: `The port (default: ${DEFAULT_PORT}).` },
    'remote': flagOption('Serve on the network, for a phone or a second machine, behind secrets.'),
    'token': { type: 'string', value: 'SECRET', help: 'The presenter\'s secret (default: a random one), with --remote.' },
    'audience-token': { type: 'string', value: 'SECRET', help: 'The audience\'s secret (default: a random one), with --remote.' },
  },
} as const

/** Reads `--port`: a whole number from 1 to 65535. */
export function parsePort(value: string | undefined): number {
  if (value === undefined)
    return DEFAULT_PORT
  const port = Number(value)
  if (!/^\d+$/.test(value) || port < 1 || port > 65535)
    throw new UsageError(`--port ${value}: expected a port number from 1 to 65535.`)
  return port
}

function checkedSecret(option: string, value: string): string {
  const problem = secretProblem(value)
  if (problem)
    throw new UsageError(`${option}: the secret ${problem}.`)
  return value
}

/** The options of `npm run present`, from its arguments (without node and the script). */
export function parsePresentArgs(args: string[], random: () => string = randomSecret): PresentOptions {
  const parsed = parseCommand(PRESENT_COMMAND, args)
  if (!parsed)
    throw new UsageError('--help: see `npm run present -- --help`')
  return presentOptions(parsed.values, random)
}

/** The options of `npm run present`, from the values of its command line. */
export function presentOptions(values: Values<typeof PRESENT_COMMAND.options>, random: () => string = randomSecret): PresentOptions {
  const lang = parseEdition(values.lang)
  const port = parsePort(values.port)
  if (!values.remote) {
    for (const option of ['token', 'audience-token'] as const) {
      if (values[option] !== undefined)
        throw new UsageError(`--${option} works only with --remote: without it the deck is served on this machine alone, with no secret.`)
    }
    return { mode: 'local', lang, port }
  }
  const presenter = values.token === undefined ? random() : checkedSecret('--token', values.token)
  const audience = values['audience-token'] === undefined ? random() : checkedSecret('--audience-token', values['audience-token'])
  if (presenter === audience)
    throw new UsageError('--token and --audience-token are the same: the audience could then drive the talk. Give two different secrets.')
  return { mode: 'remote', lang, port, secrets: { presenter, audience }, given: { presenter: values.token !== undefined, audience: values['audience-token'] !== undefined } }
}
