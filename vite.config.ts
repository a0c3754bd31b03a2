import { realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineConfig } from 'vite'
import { SLIDEV_FEATURES } from './lib/slidev-features.ts'
import { deckData } from './node/vite-plugin-deck-data.ts'
import { fontSubset } from './node/vite-plugin-font-subset.ts'

/**
 * The deck's typeface package where it really lies: a linked or shared
 * node_modules puts it outside the project, where the dev server would refuse
 * its files (Slidev allows only the project and its own packages).
 */
const typeface = dirname(realpathSync(createRequire(import.meta.url).resolve('pretendard/package.json')))

// Plugins that need the deck Slidev is building (its slides, its edition) are in setup/vite-plugins.ts.
export default defineConfig({
  plugins: [deckData(), fontSubset()],
  define: SLIDEV_FEATURES,
  server: { fs: { allow: [typeface] } },
})
