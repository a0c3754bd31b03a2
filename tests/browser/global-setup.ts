/**
 * Once per `npm test`: a Chromium on the machine (installed when missing, never
 * skipped), the deck's build from the build cache (built when an input changed,
 * the same build `npm run export` prints), served on a free 127.0.0.1 port.
 * Tests read the address with inject('deckUrl').
 */
import type { TestProject } from 'vitest/node'
import type { StaticServer } from '../../tools/static-server'
import { ensureBrowser } from '../../tools/browser'
import { ensureDeckBuild } from '../../tools/deck-build'
import { serveStatic } from '../../tools/static-server'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
    chromiumPath: string
    distDir: string
  }
}

let server: StaticServer | undefined

export async function setup(project: TestProject) {
  const chromiumPath = await ensureBrowser()
  const distDir = (await ensureDeckBuild()).dir
  server = await serveStatic(distDir)
  project.provide('deckUrl', server.url)
  project.provide('chromiumPath', chromiumPath)
  project.provide('distDir', distDir)
}

export async function teardown() {
  await server?.close()
}
