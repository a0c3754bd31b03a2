import { defineConfig } from 'vite'
import { SLIDEV_FEATURES } from './lib/slidev-features.ts'
import { deckData } from './node/vite-plugin-deck-data.ts'
import { fontSubset } from './node/vite-plugin-font-subset.ts'

// Plugins that need the deck Slidev is building (its slides, its edition) are in setup/vite-plugins.ts.
export default defineConfig({
  plugins: [deckData(), fontSubset()],
  define: SLIDEV_FEATURES,
})
