import { defineConfig } from 'vite'
import { deckData } from './lib/vite-plugin-deck-data.ts'

export default defineConfig({
  plugins: [deckData()],
})
