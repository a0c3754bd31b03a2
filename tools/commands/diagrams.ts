/**
 * `npm run diagrams [-- --out diagrams] [-- --stdout] [-- --data data]`:
 * writes each diagram generated from the data as Mermaid text, one `.mmd`
 * file per diagram in the output folder, or all of them to stdout.
 */
import process from 'node:process'
import { generatedDiagrams } from '../../lib/diagrams/index'
import { ko } from '../../lib/i18n/ko'
import { loadDeckData } from '../../node/load-data'
import { flagOption, folderOption, runCommand } from '../command'
import { withMarker, writeDiagrams } from '../write-diagrams'

runCommand({
  run: 'npm run diagrams',
  summary: 'Writes each diagram generated from the data as Mermaid text: one .mmd file per diagram, or all to stdout.',
  options: {
    out: folderOption('diagrams', 'The folder for the .mmd files (a file not written by this command is never overwritten).'),
    data: folderOption('data', 'The data folder.'),
    stdout: flagOption('Print the diagrams instead of writing files.'),
  },
}, ({ values }) => {
  const data = loadDeckData(values.data)
  if (values.stdout) {
    for (const diagram of generatedDiagrams(data, ko))
      process.stdout.write(`%% ${diagram.id}: ${diagram.component}\n${withMarker(diagram.code)}\n`)
  }
  else {
    for (const path of writeDiagrams(data, values.out))
      console.log(`wrote ${path}`)
  }
})
