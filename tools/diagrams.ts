/**
 * `npm run diagrams [-- --out diagrams] [-- --stdout] [-- --data data]`:
 * writes each diagram generated from the data as Mermaid text, one `.mmd`
 * file per diagram in the output folder, or all of them to stdout.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { DataError, loadDeckData } from '../lib/data/load'
import { generatedDiagrams } from '../lib/diagrams/index'
import { ForeignFileError, withMarker, writeDiagrams } from './write-diagrams'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'diagrams' },
    data: { type: 'string', default: 'data' },
    stdout: { type: 'boolean', default: false },
  },
})

try {
  const data = loadDeckData(values.data)
  if (values.stdout) {
    for (const diagram of generatedDiagrams(data))
      process.stdout.write(`%% ${diagram.id}: ${diagram.component}\n${withMarker(diagram.code)}\n`)
  }
  else {
    for (const path of writeDiagrams(data, values.out))
      console.log(`wrote ${path}`)
  }
}
catch (error) {
  if (error instanceof DataError || error instanceof ForeignFileError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}
