import { defineConfig } from 'vite'
import { SLIDEV_FEATURES } from './lib/slidev-features.ts'
import { deckData } from './lib/vite-plugin-deck-data.ts'
import { fontSubset } from './lib/vite-plugin-font-subset.ts'
import { mermaidPrebuilt } from './lib/vite-plugin-mermaid-prebuilt.ts'

export default defineConfig({
  plugins: [deckData(), mermaidPrebuilt(), fontSubset()],
  define: SLIDEV_FEATURES,
})
