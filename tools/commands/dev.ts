/**
 * `npm run dev [-- --lang en] [slidev options]`: Slidev's dev server on the
 * chosen edition's entry (Korean, slides.md, by default), every other option
 * passed on to Slidev, its output straight to the terminal.
 */
import process from 'node:process'
import { noticeShownLate, showingDay } from '../shown-late'
import { runSlidevCommand } from '../slidev'

runSlidevCommand({
  run: 'npm run dev',
  summary: 'Serves the deck with live reload while you edit (Slidev\'s dev server).',
  passesOn: 'Slidev (`slidev --help`), e.g. --port 3031',
}, (entry, rest) => {
  // Printed when the data is read, while Slidev starts.
  void noticeShownLate(process.cwd(), showingDay())
  return [entry, '--open', 'false', ...rest]
})
