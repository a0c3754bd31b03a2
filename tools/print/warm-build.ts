/**
 * The deck's static build made inside this process with Slidev's and Vite's
 * own APIs (`resolveOptions`, `ViteSlidevPlugin`, Vite's `build`), for
 * `npm run export -- --watch`: after the first build, Vite, Slidev, the Vue
 * compiler and the deck's plugins are loaded and compiled already, so each
 * later build skips starting Node and the Slidev command (about 1.5 s on 2
 * cores). It writes what `slidev build` writes (the site, 404.html,
 * _redirects), so the build cache (tools/deck-build.ts) may keep it.
 *
 * The slides are read afresh for every build (Slidev reads them once per
 * `resolveOptions`), and the data is checked first, so that a broken data
 * file fails with its file, record and field and no bundler trace.
 */
import type { BuildKey } from '../deck-build'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadDeckData } from '../../node/load-data'

/** Builds `key` of the deck in `root` into `outDir` (see the module's comment). */
export type WarmBuild = (outDir: string, key: BuildKey) => Promise<void>

export function warmBuild(root: string): WarmBuild {
  return async (outDir, key) => {
    loadDeckData(join(root, 'data'))
    const [{ resolveOptions, ViteSlidevPlugin }, vite] = await Promise.all([import('@slidev/cli'), import('vite')])
    const options = await resolveOptions({ entry: resolve(root, key.entry), base: key.base, withoutNotes: key.withoutNotes }, 'build')
    const indexHtml = resolve(options.userRoot, 'index.html')
    const userConfig = await vite.loadConfigFromFile({ mode: 'production', command: 'build' }, join(root, 'vite.config.ts'), root, 'silent')
    // As `slidev build` does: index.html comes from Slidev, the project's vite.config.ts is merged in, Slidev's plugins last.
    const base = vite.mergeConfig({
      plugins: [{
        name: 'deck:index-html',
        resolveId: (id: string) => (id === indexHtml ? id : null),
        load: (id: string) => (id === indexHtml ? options.utils.indexHtml : undefined),
      }],
      build: { chunkSizeWarningLimit: 2000, rollupOptions: { input: { index: indexHtml } } },
    }, userConfig?.config ?? {})
    await vite.build(vite.mergeConfig(base, {
      configFile: false,
      root: options.userRoot,
      base: key.base,
      // Quiet, as `slidev build` is under the one-shot export: a failure comes back as the error, which the caller prints.
      logLevel: 'silent',
      plugins: await ViteSlidevPlugin(options, (base as { slidev?: object }).slidev),
      define: { __VUE_PROD_DEVTOOLS__: false },
      build: { outDir, emptyOutDir: true, reportCompressedSize: false, rolldownOptions: { checks: { pluginTimings: false } } },
    }))
    copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html'))
    if (!existsSync(join(outDir, '_redirects')))
      writeFileSync(join(outDir, '_redirects'), `${key.base}*    ${key.base}index.html   200\n`)
  }
}
