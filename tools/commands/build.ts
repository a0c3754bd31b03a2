/**
 * `npm run build [-- --lang en] [slidev options]`: the static site of the
 * chosen edition (Korean, slides.md, by default) with Slidev, every other
 * option (--out, --base) passed on to Slidev, its output straight to the terminal.
 */
import { join } from 'node:path'
import process from 'node:process'
import { loadDeckData } from '../../node/load-data'
import { runSlidevCommand } from '../slidev'

runSlidevCommand({
  run: 'npm run build',
  summary: 'Builds the deck as a static site (dist/ unless --out says otherwise).',
  passesOn: 'Slidev (`slidev build --help`), e.g. --out dist-en --base /talk/',
}, (entry, rest) => {
  // Invalid data stops the build with the data's own message, not a bundler stack trace after it.
  loadDeckData(join(process.cwd(), 'data'))
  return ['build', entry, ...rest]
})
