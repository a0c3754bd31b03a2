/**
 * Once per `npm test`: a Chromium on the machine (installed when missing, never
 * skipped), both editions of the deck from the build cache (built when an input
 * changed, one after the other: two builds at once only slow each other on 2
 * cores; the same builds `npm run export` prints), each served on a free
 * 127.0.0.1 port. Tests read the addresses with inject('deckUrl') (Korean) and
 * inject('deckUrlEn') (English).
 */
import type { TestProject } from 'vitest/node'
import type { StaticServer } from '../../tools/static-server'
import { ensureBrowser } from '../../node/browser'
import { ensureDeckBuild } from '../../tools/deck-build'
import { editionEntry } from '../../tools/edition'
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

export async function setup(project: TestProject) {
  const chromiumPath = await ensureBrowser()
  const distDir = (await ensureDeckBuild()).dir
  const distDirEn = (await ensureDeckBuild({ entry: editionEntry('en') })).dir
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
}
