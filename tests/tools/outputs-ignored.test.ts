/**
 * Every file or folder a command writes into the project by default is
 * git-ignored, so that running a command never leaves the work tree dirty.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { editionFileName, EDITIONS } from '../../tools/edition'

/** What each command writes by default, as the commands name it. */
function outputs(): string[] {
  const exports = EDITIONS.flatMap((lang) => {
    const name = editionFileName(lang)
    return [`${name}.pdf`, `${name}-dark.pdf`, `${name}-handout.pdf`, `${name}.pptx`, `${name}.md`, `${name}/01.png`, `${name}-dark/01.png`]
  })
  return [
    'dist/index.html', // npm run build
    'dist-en/index.html', // the README's `npm run build -- --lang en --out dist-en`
    ...exports, // npm run export
    'contact-sheet/contact-sheet.ko.png', // npm run contact-sheet
    'diagrams/funding.mmd', // npm run diagrams
    'bench/results/bench.json', // npm run bench
  ]
}

describe('the commands\' output', () => {
  it('is git-ignored, each file and folder', () => {
    const notIgnored = outputs().filter((path) => {
      try {
        execFileSync('git', ['check-ignore', '--no-index', '-q', path])
        return false
      }
      catch {
        return true
      }
    })
    expect(notIgnored).toEqual([])
  })
})
