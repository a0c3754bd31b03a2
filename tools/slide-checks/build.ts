/** Builds a deck's static site with Slidev, for the checks to walk. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** `slidev build <entry> --out <outDir>`; rejects with Slidev's own output when the build fails. */
export async function buildDeck(entry: string, outDir: string): Promise<void> {
  try {
    await run('npx', ['slidev', 'build', entry, '--out', outDir], { maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' })
  }
  catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string, stderr?: string }
    throw new Error(`slidev build ${entry} failed:\n${`${stderr}\n${stdout}`.trim().split('\n').slice(-30).join('\n')}`)
  }
}
