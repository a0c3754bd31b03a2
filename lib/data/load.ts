/**
 * Checks the texts of data/*.yaml, each file against its schema and the files
 * against each other, and returns the deck's data or throws a DataError that
 * names the file, the record and the field. Reading the files from disk is
 * the Node side's (node/load-data.ts).
 */
import type { z } from 'zod'
import type { DataProblem } from './problem.ts'
import type { DataFileName, DeckData } from './schema.ts'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import { crossCheck } from './cross-check.ts'
import { recordKey } from './problem.ts'
import { dataFiles } from './schema.ts'

export type { DataProblem } from './problem.ts'

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(`Deck data is invalid:\n${problems.map(p => `  data/${p.file} → ${p.path || '(file)'}: ${p.message}`).join('\n')}`)
    this.name = 'DataError'
  }
}

/** Turns a zod issue path into one a person can find: array indices become the record's id or date where it has one (problem.ts). */
export function describePath(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root
  let out = ''
  for (const key of path) {
    if (typeof key === 'number')
      out += `[${Array.isArray(node) ? recordKey(node, key) : key}]`
    else
      out += out ? `.${String(key)}` : String(key)
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key as never]
  }
  return out
}

/** The value at a zod issue path in the raw YAML, to quote what was found. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key as never], root)
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping (field: value)',
  array: 'a list',
}

function shown(value: unknown): string {
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return 'a list'
  if (typeof value === 'object')
    return 'a mapping'
  // The YAML parser reads unquoted dates as text already (yaml 2 core schema), so strings are quoted.
  return typeof value === 'string' ? JSON.stringify(value) : `${typeof value} ${String(value)}`
}

/** Says what was expected and what was found, in the data author's terms. */
function describeIssue(issue: z.core.$ZodIssue, raw: unknown): { path: readonly PropertyKey[], message: string }[] {
  const value = valueAt(raw, issue.path)
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected
      return [{ path: issue.path, message: value === undefined ? `missing; expected ${expected}` : `expected ${expected}, got ${shown(value)}` }]
    }
    case 'invalid_value':
      return [{ path: issue.path, message: `expected one of ${issue.values.map(v => JSON.stringify(v)).join(', ')}, got ${shown(value)}` }]
    case 'unrecognized_keys':
      return issue.keys.map(key => ({ path: [...issue.path, key], message: `unknown field "${key}"; expected only the fields lib/data/schema.ts defines (check the spelling)` }))
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1)
        return [{ path: issue.path, message: 'expected non-empty text, got ""' }]
      break
  }
  // A field that must be there but is not: "missing; expected the English form of title (…)".
  if (issue.code === 'custom' && value === undefined)
    return [{ path: issue.path, message: `missing; expected ${issue.message}` }]
  // Messages written in lib/data/schema.ts are noun phrases ("an ISO date, YYYY-MM-DD"); zod's own start with a capital.
  const ours = /^[a-z]/.test(issue.message)
  return [{ path: issue.path, message: ours ? `expected ${issue.message}, got ${shown(value)}` : issue.message }]
}

/** Parses and validates one file's text; returns its content or the problems found. */
export function checkFile<N extends DataFileName>(name: N, text: string): { value?: z.infer<typeof dataFiles[N]>, problems: DataProblem[] } {
  let raw: unknown
  try {
    raw = parseYaml(text, { prettyErrors: true })
  }
  catch (error) {
    // The first line names the problem and where; the rest is a code excerpt.
    const message = error instanceof YAMLParseError ? (error.message.split('\n')[0] ?? '').replace(/:$/, '') : String(error)
    return { problems: [{ file: name, path: '', message: `not valid YAML: ${message}` }] }
  }
  const result = dataFiles[name].safeParse(raw)
  if (result.success)
    return { value: result.data as z.infer<typeof dataFiles[N]>, problems: [] }
  return {
    problems: result.error.issues.flatMap(issue => describeIssue(issue, raw).map(({ path, message }) => ({
      file: name,
      path: describePath(raw, path),
      message,
    }))),
  }
}

/** Validates a whole set of file texts, keyed by file name. */
export function checkDeckData(texts: Record<DataFileName, string>): DeckData {
  const problems: DataProblem[] = []
  const parts: Partial<Record<DataFileName, unknown>> = {}
  for (const name of Object.keys(dataFiles) as DataFileName[]) {
    const text = texts[name]
    if (text === undefined) {
      problems.push({ file: name, path: '', message: 'file is missing' })
      continue
    }
    const checked = checkFile(name, text)
    problems.push(...checked.problems)
    parts[name] = checked.value
  }
  if (problems.length)
    throw new DataError(problems)

  const data = {
    ...(parts['as-of.yaml'] as object),
    ...(parts['glossary.yaml'] as object),
    ...(parts['sources.yaml'] as object),
    ...(parts['essay.yaml'] as object),
    ...(parts['program.yaml'] as object),
    ...(parts['consortia.yaml'] as object),
    ...(parts['timeline.yaml'] as object),
    ...(parts['ecosystem.yaml'] as object),
    ...(parts['talk.yaml'] as object),
    ...(parts['record.yaml'] as object),
  } as DeckData
  const crossProblems = crossCheck(data)
  if (crossProblems.length)
    throw new DataError(crossProblems)
  return data
}
