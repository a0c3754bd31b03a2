/**
 * `npm run export [-- slidev export options]`: exports the deck with Slidev,
 * using a Chromium already on the machine. PDF by default; `--format png|pptx|md`,
 * `--with-clicks`, `--dark`, `--output` and Slidev's other options pass through.
 */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { findChromium, missingBrowserMessage } from './browser'

const EXPORT_PAGE_TIMEOUT_MS = 180_000

async function main(args: string[]): Promise<void> {
  let browser
  try {
    browser = await findChromium()
  }
  catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
  if (!browser) {
    console.error(missingBrowserMessage())
    process.exit(1)
  }
  const given = (option: string) => args.some(arg => arg === option || arg.startsWith(`${option}=`))
  const options = [
    ...args,
    ...(given('--executable-path') ? [] : ['--executable-path', browser.path]),
    // Slidev's own 30 s page timeout is too short for a first export on a busy 2-core machine.
    ...(given('--timeout') ? [] : ['--timeout', String(EXPORT_PAGE_TIMEOUT_MS)]),
  ]
  const child = spawn('slidev', ['export', ...options], { stdio: 'inherit', shell: process.platform === 'win32' })
  child.on('exit', code => process.exit(code ?? 1))
}

void main(process.argv.slice(2))
