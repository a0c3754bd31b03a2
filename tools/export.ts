/**
 * `npm run export [-- slidev export options]`: exports the deck with Slidev,
 * using a Chromium already on the machine. PDF by default; `--format png|pptx|md`,
 * `--with-clicks`, `--dark`, `--output` and Slidev's other options pass through.
 */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { findChromium, missingBrowserMessage } from './browser'

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
  const withBrowser = args.some(arg => arg === '--executable-path' || arg.startsWith('--executable-path='))
    ? args
    : [...args, '--executable-path', browser.path]
  const child = spawn('slidev', ['export', ...withBrowser], { stdio: 'inherit', shell: process.platform === 'win32' })
  child.on('exit', code => process.exit(code ?? 1))
}

void main(process.argv.slice(2))
