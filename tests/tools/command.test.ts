/**
 * The commands' argument helper (tools/command.ts): `--help` is asked for,
 * an unknown option or a missing value is a clear error naming it and where to
 * look, and dev and build keep what they do not know, in order, for Slidev.
 */
import { describe, expect, it } from 'vitest'
import { helpText, parseCommand, UsageError } from '../../tools/command'
import { LANG_OPTION } from '../../tools/edition'

const exportLike = {
  run: 'npm run thing',
  summary: 'Does a thing.',
  options: {
    lang: LANG_OPTION,
    timeout: { type: 'string', default: '1000', value: 'MS', help: 'How long to wait.' },
    dark: { type: 'boolean', help: 'Dark mode.' },
  },
} as const
const slidevLike = { ...exportLike, passesOn: 'Slidev' }

describe('a command line', () => {
  it('is read into the declared options, defaults filled in', () => {
    expect(parseCommand(exportLike, ['--lang', 'en', '--dark'])).toEqual({ values: { lang: 'en', dark: true, timeout: '1000' }, positionals: [], rest: [] })
  })

  it('asks for the help with --help or -h, wherever it stands before `--`', () => {
    expect(parseCommand(exportLike, ['--help'])).toBeNull()
    expect(parseCommand(exportLike, ['--dark', '-h'])).toBeNull()
    expect(parseCommand(slidevLike, ['--port', '1', '--help'])).toBeNull()
  })

  it('with an unknown option or a missing value is an error that names it and where the options are listed', () => {
    expect(() => parseCommand(exportLike, ['--drak'])).toThrow(UsageError)
    expect(() => parseCommand(exportLike, ['--drak'])).toThrow(/Unknown option '--drak'\. `npm run thing -- --help` lists the options\.$/)
    expect(() => parseCommand(exportLike, ['--timeout'])).toThrow(/--timeout/)
    expect(() => parseCommand(exportLike, ['stray'])).toThrow('stray: npm run thing takes no arguments besides its options.')
    expect(() => parseCommand(slidevLike, ['--lang'])).toThrow('--lang needs a value. `npm run thing -- --help` lists the options.')
  })

  it('passes what it does not know on, in order, when the command runs another tool (dev, build)', () => {
    expect(parseCommand(slidevLike, ['--lang', 'en', '--out', 'dist-en'])).toMatchObject({ values: { lang: 'en' }, rest: ['--out', 'dist-en'] })
    expect(parseCommand(slidevLike, ['--port', '3031', '--lang=en', '--remote'])).toMatchObject({ values: { lang: 'en' }, rest: ['--port', '3031', '--remote'] })
    expect(parseCommand(slidevLike, ['--base', '/talk/'])).toMatchObject({ values: {}, rest: ['--base', '/talk/'] })
  })
})

describe('the help', () => {
  it('lists each option with its value, its help and its default, then --help', () => {
    expect(helpText(exportLike)).toBe([
      'Usage: npm run thing [-- options]',
      '',
      'Does a thing.',
      '',
      'Options:',
      '  --lang ko|en  The edition: ko or en (default: ko).',
      '  --timeout MS  How long to wait. (default: 1000)',
      '  --dark        Dark mode.',
      '  -h, --help    Prints this help and stops.',
    ].join('\n'))
  })
})
