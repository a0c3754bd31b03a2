import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deckFile } from '../../../tools/present/deck-files'

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'deck-files-'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), '<html></html>')
  writeFileSync(join(root, 'assets', 'index-abc.js'), '')
  writeFileSync(join(root, '.in-use-123'), '')
  writeFileSync(join(root, '_redirects'), '')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('deckFile', () => {
  it('serves the build\'s files, and the deck\'s page for the addresses the app routes', () => {
    expect(deckFile(root, '/assets/index-abc.js')).toEqual({ kind: 'file', path: join(root, 'assets', 'index-abc.js') })
    expect(deckFile(root, '/assets/index%2Dabc.js')).toEqual({ kind: 'file', path: join(root, 'assets', 'index-abc.js') })
    for (const path of ['/', '/1', '/12', '/presenter/3', '/overview', '/index.html'])
      expect(deckFile(root, path), path).toEqual({ kind: 'page', path: join(root, 'index.html') })
  })

  it('answers nothing for a dev server\'s paths, hidden files, missing files or a way out of the build', () => {
    for (const path of ['/@vite/client', '/@fs/etc/passwd', '/@id/x', '/__slidev/slides/1.json', '/__open-in-editor', '/@server-reactive/nav', '/node_modules/pretendard/x.woff2', '/.in-use-123', '/assets/missing.js', '/slides.md', '/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/%00.js', '/%E0%A4%A'])
      expect(deckFile(root, path), path).toEqual({ kind: 'missing' })
  })
})
