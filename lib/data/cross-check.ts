/**
 * Checks that hold between records and files: every cited source exists.
 * (Further rules live here too; each returns problems naming file, record and field.)
 */
import type { DataProblem } from './load'
import type { DeckData } from './schema'

/** Every `sources` list in the data, with where it stands. */
export function citations(data: DeckData): { file: string, path: string, ids: string[] }[] {
  const found: { file: string, path: string, ids: string[] }[] = []
  const walk = (file: string, node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        const recordId = (child as { id?: unknown })?.id
        walk(file, child, `${path}[${typeof recordId === 'string' ? recordId : index}]`)
      })
    }
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const here = path ? `${path}.${key}` : key
        if (key === 'sources' && Array.isArray(value) && value.every(v => typeof v === 'string'))
          found.push({ file, path: here, ids: value as string[] })
        else
          walk(file, value, here)
      }
    }
  }
  walk('essay.yaml', { essay: data.essay }, '')
  walk('program.yaml', { program: data.program }, '')
  walk('consortia.yaml', { consortia: data.consortia }, '')
  walk('timeline.yaml', { timeline: data.timeline }, '')
  return found
}

export function crossCheck(data: DeckData): DataProblem[] {
  const problems: DataProblem[] = []
  const known = new Set(data.sources.map(s => s.id))
  for (const { file, path, ids } of citations(data)) {
    ids.forEach((sourceId, index) => {
      if (!known.has(sourceId))
        problems.push({ file, path: `${path}[${index}]`, message: `cites source "${sourceId}", which data/sources.yaml does not list` })
    })
  }
  return problems
}
