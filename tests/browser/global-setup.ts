/**
 * Once per `npm test`: a Chromium on the machine (installed when missing, never
 * skipped), both editions of the deck built into a temporary folder (one after
 * the other: two builds at once only slow each other on 2 cores), and each
 * build served on a free 127.0.0.1 port. Tests read the addresses with
 * inject('deckUrl') (Korean) and inject('deckUrlEn') (English).
 */
import type { TestProject } from 'vitest/node'
import type { StaticServer } from '../../tools/static-server'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureBrowser } from '../../tools/browser'
import { editionEntry } from '../../tools/edition'
import { buildDeck } from '../../tools/slidev'
import { serveStatic } from '../../tools/static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    deckUrlEn: string
    chromiumPath: string
    distDir: string
  }
}

let server: StaticServer | undefined
let serverEn: StaticServer | undefined
let outDir: string | undefined

export async function setup(project: TestProject) {
  const chromiumPath = await ensureBrowser()
  outDir = mkdtempSync(join(tmpdir(), 'deck-build-'))
  const distDir = join(outDir, 'dist')
  const distDirEn = join(outDir, 'dist-en')
  await buildDeck({ outDir: distDir })
  await buildDeck({ entry: editionEntry('en'), outDir: distDirEn })
  server = await serveStatic(distDir)
  serverEn = await serveStatic(distDirEn)
  project.provide('deckUrl', server.url)
  project.provide('deckUrlEn', serverEn.url)
  project.provide('chromiumPath', chromiumPath)
  project.provide('distDir', distDir)
}

export async function teardown() {
  await server?.close()
  await serverEn?.close()
  if (outDir)
    rmSync(outDir, { recursive: true, force: true })
}
