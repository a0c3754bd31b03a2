/**
 * `npm run dev [-- --lang en] [slidev options]` and `npm run build [-- --lang en] [slidev options]`:
 * Slidev on the chosen edition's entry (Korean, slides.md, by default), with
 * every other option passed through. Slidev's output goes straight to the terminal.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { splitEditionArgs } from './edition-args'

const [command, ...argv] = process.argv.slice(2)
try {
  if (command !== 'dev' && command !== 'build')
    throw new Error('usage: tsx tools/run-slidev.ts dev|build [--lang ko|en] [slidev options]')
  const { entry, rest } = splitEditionArgs(argv)
  const args = command === 'dev' ? [entry, '--open', 'false', ...rest] : ['build', entry, ...rest]
  const windows = process.platform === 'win32'
  const child = spawn(join(process.cwd(), 'node_modules', '.bin', 'slidev'), args, { stdio: 'inherit', shell: windows })
  // Ctrl+C reaches Slidev through the terminal's process group; this process waits for it to end.
  process.on('SIGINT', () => {})
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
