import { defineConfig } from 'vite'
import { SLIDEV_FEATURES } from './lib/slidev-features.ts'
import { deckData } from './lib/vite-plugin-deck-data.ts'
import { mermaidPrebuilt } from './lib/vite-plugin-mermaid-prebuilt.ts'

export default defineConfig({
  plugins: [deckData(), mermaidPrebuilt()],
  define: SLIDEV_FEATURES,
})
