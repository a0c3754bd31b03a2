import { defineConfig } from 'vite'
import { deckData } from './lib/vite-plugin-deck-data.ts'
import { mermaidPrebuilt } from './lib/vite-plugin-mermaid-prebuilt.ts'

export default defineConfig({
  plugins: [deckData(), mermaidPrebuilt()],
})
