import { defineConfig } from 'vite'
import { deckData } from './lib/vite-plugin-deck-data'

export default defineConfig({
  plugins: [deckData()],
})
