/**
 * The one argument helper every command of the deck uses (tools/commands/*):
 * a command declares its options once, with a line of help each, and gets
 * `--help` (its options, then it stops), a clear error for an option it does
 * not know, and one way to report a failure: the message, no stack trace.
 */
import type { ParseArgsOptionsConfig } from 'node:util'
import process from 'node:process'
import { parseArgs } from 'node:util'

export interface OptionSpec {
  type: 'string' | 'boolean'
  default?: string | boolean | string[]
  multiple?: boolean
  short?: string
  /** The value's name in the help, e.g. `MS` for `--timeout MS`. */
  value?: string
  help: string
}

export type OptionSpecs = Record<string, OptionSpec>

/** `--name DIR`: a folder, `fallback` when not given. */
export function folderOption<const D extends string>(fallback: D, help: string) {
  return { type: 'string', default: fallback, value: 'DIR', help } as const satisfies OptionSpec
}

/** `--name`: on when given, off by default. */
export function flagOption(help: string) {
  return { type: 'boolean', default: false, help } as const satisfies OptionSpec
}

export interface CommandSpec<O extends OptionSpecs> {
  /** How a user runs it, e.g. `npm run export`. */
  run: string
  /** What it does, in a line or two. */
  summary: string
  options: O
  /** Arguments after the options, e.g. `[SLIDE[:CLICKS] …]`, with a line of help. */
  positionals?: { usage: string, help: string }
  /** Options the command does not know go on to this tool (Slidev) instead of being an error. */
  passesOn?: string
  /** The exit code of a failure (an error thrown), 1 when not given. */
  failureCode?: number
}

/** The options a command line gave, typed from their declaration. */
export type Values<O extends OptionSpecs> = ReturnType<typeof parseArgs<{ options: O & ParseArgsOptionsConfig, strict: true, allowPositionals: true }>>['values']

export interface ParsedCommand<O extends OptionSpecs> {
  values: Values<O>
  positionals: string[]
  /** What goes on to the `passesOn` tool, in order. */
  rest: string[]
}

/** A wrong command line: its message says what is wrong and where to look. */
export class UsageError extends Error {}

/** The text `--help` prints. */
export function helpText<O extends OptionSpecs>(spec: CommandSpec<O>): string {
  const usage = `${spec.run}${Object.keys(spec.options).length ? ' [-- options]' : ''}${spec.positionals ? ` ${spec.positionals.usage}` : ''}`
  const rows = Object.entries(spec.options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`
    const shown = option.default !== undefined && option.default !== false && option.default !== '' ? ` (default: ${option.default})` : ''
    return [flag, `${option.help}${option.multiple ? ' May be repeated.' : ''}${shown}`] as const
  })
  rows.push(['-h, --help', 'Prints this help and stops.'])
  if (spec.positionals)
    rows.push([spec.positionals.usage, spec.positionals.help])
  const width = Math.max(...rows.map(([flag]) => flag.length))
  return [
    `Usage: ${usage}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}  ${help}`),
    ...(spec.passesOn ? ['', `Any other option goes on to ${spec.passesOn}.`] : []),
  ].join('\n')
}

function parserOptions(options: OptionSpecs): ParseArgsOptionsConfig {
  return Object.fromEntries(Object.entries(options).map(([name, { type, default: value, multiple, short }]) =>
    [name, { type, ...(value !== undefined ? { default: value } : {}), ...(multiple ? { multiple } : {}), ...(short ? { short } : {}) }])) as ParseArgsOptionsConfig
}

/**
 * Reads a command line. Returns null for `--help` / `-h` (the caller prints
 * the help and stops); throws a UsageError for an unknown option or a
 * missing value, unless the command passes unknown options on.
 */
export function parseCommand<O extends OptionSpecs>(spec: CommandSpec<O>, args: string[]): ParsedCommand<O> | null {
  const separator = args.indexOf('--')
  const own = separator < 0 ? args : args.slice(0, separator)
  if (own.includes('--help') || own.includes('-h'))
    return null
  const options = parserOptions(spec.options)
  const hint = `\`${spec.run} -- --help\` lists the options.`
  try {
    if (!spec.passesOn) {
      const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true, allowNegative: false })
      if (positionals.length && !spec.positionals)
        throw new UsageError(`${positionals[0]}: ${spec.run} takes no arguments besides its options. ${hint}`)
      return { values: values as Values<O>, positionals, rest: [] }
    }
    // Known options are read; everything else is kept, in order, for the tool the command runs.
    const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true })
    const known = new Set<number>()
    for (const token of tokens) {
      if (token.kind === 'option' && token.name in spec.options) {
        if (spec.options[token.name]!.type === 'string' && token.value === undefined)
          throw new UsageError(`--${token.name} needs a value. ${hint}`)
        known.add(token.index)
        if (token.value !== undefined && token.inlineValue === false)
          known.add(token.index + 1)
      }
    }
    const ownArgs = args.filter((_, index) => known.has(index))
    const rest = args.filter((_, index) => !known.has(index))
    const { values } = parseArgs({ args: ownArgs, options, strict: true })
    return { values: values as Values<O>, positionals: [], rest }
  }
  catch (error) {
    if (error instanceof UsageError)
      throw error
    // node:util's messages name the option ("Unknown option '--x'"); the hint says where to look.
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}. ${hint}`)
  }
}

/**
 * Runs a command: reads its command line (printing the help and stopping on
 * `--help`), then `main`. A failure prints its message alone and exits with
 * 2 for a wrong command line, else with the spec's `failureCode` or 1; `main`'s
 * number, when it returns one, is the exit code.
 */
export function runCommand<O extends OptionSpecs>(spec: CommandSpec<O>, main: (parsed: ParsedCommand<O>) => Promise<number | void> | number | void, args = process.argv.slice(2)): void {
  let parsed: ParsedCommand<O> | null
  try {
    parsed = parseCommand(spec, args)
  }
  catch (error) {
    console.error((error as Error).message)
    process.exit(2)
  }
  if (parsed === null) {
    console.log(helpText(spec))
    process.exit(0)
  }
  Promise.resolve().then(() => main(parsed)).then((code) => {
    if (typeof code === 'number')
      process.exit(code)
  }, (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(error instanceof UsageError ? 2 : (spec.failureCode ?? 1))
  })
}
