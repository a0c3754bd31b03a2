/**
 * Once per `npm test`: a Chromium on the machine (installed when missing, never
 * skipped), the deck built into a temporary folder, and that build served on a
 * free 127.0.0.1 port. Tests read the address with inject('deckUrl').
 */
import type { TestProject } from 'vitest/node'
import type { StaticServer } from '../../tools/static-server'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureBrowser } from '../../tools/browser'
import { buildDeck } from '../../tools/slidev'
import { serveStatic } from '../../tools/static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    chromiumPath: string
    distDir: string
  }
}

let server: StaticServer | undefined
let outDir: string | undefined

export async function setup(project: TestProject) {
  const chromiumPath = await ensureBrowser()
  outDir = mkdtempSync(join(tmpdir(), 'deck-build-'))
  const distDir = join(outDir, 'dist')
  await buildDeck({ outDir: distDir })
  server = await serveStatic(distDir)
  project.provide('deckUrl', server.url)
  project.provide('chromiumPath', chromiumPath)
  project.provide('distDir', distDir)
}

export async function teardown() {
  await server?.close()
  if (outDir)
    rmSync(outDir, { recursive: true, force: true })
}
