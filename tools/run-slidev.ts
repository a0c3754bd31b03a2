/**
 * `npm run dev [-- --lang en] [slidev options]` and `npm run build [-- --lang en] [slidev options]`:
 * Slidev on the chosen edition's entry (Korean, slides.md, by default), with
 * every other option passed through. Slidev's output goes straight to the terminal.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { DataError, loadDeckData } from '../lib/data/load'
import { splitEditionArgs } from './edition-args'
import { noticeShownLate, showingDay } from './shown-late'

const [command, ...argv] = process.argv.slice(2)
try {
  if (command !== 'dev' && command !== 'build')
    throw new Error('usage: tsx tools/run-slidev.ts dev|build [--lang ko|en] [slidev options]')
  const { entry, rest } = splitEditionArgs(argv)
  if (command === 'build') {
    // Invalid data stops the build with the data's own message, not a bundler stack trace after it.
    loadDeckData(join(process.cwd(), 'data'))
  }
  else {
    // Printed when the data is read, while Slidev starts.
    void noticeShownLate(process.cwd(), showingDay())
  }
  const args = command === 'dev' ? [entry, '--open', 'false', ...rest] : ['build', entry, ...rest]
  const windows = process.platform === 'win32'
  const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'slidev'), args, { stdio: 'inherit', shell: windows })
  // Ctrl+C reaches Slidev through the terminal's process group; this process waits for it to end.
  process.on('SIGINT', () => {})
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(error instanceof DataError ? 1 : 2)
}
