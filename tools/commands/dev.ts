/**
 * `npm run dev [-- --lang en] [slidev options]`: Slidev's dev server on the
 * chosen edition's entry (Korean, slides.md, by default), every other option
 * passed on to Slidev, its output straight to the terminal.
 */
import process from 'node:process'
import { runCommand } from '../command'
import { editionEntry, LANG_OPTION, parseEdition } from '../edition'
import { noticeShownLate, showingDay } from '../shown-late'
import { runSlidevInTerminal } from '../slidev'

runCommand({
  run: 'npm run dev',
  summary: 'Serves the deck with live reload while you edit (Slidev\'s dev server).',
  options: { lang: LANG_OPTION },
  passesOn: 'Slidev (`slidev --help`), e.g. --port 3031',
}, async ({ values, rest }) => {
  const entry = editionEntry(parseEdition(values.lang))
  // Printed when the data is read, while Slidev starts.
  void noticeShownLate(process.cwd(), showingDay())
  return runSlidevInTerminal([entry, '--open', 'false', ...rest])
})
