declare module 'virtual:deck-data' {
  import type { DeckData } from './lib/data/schema'

  const data: DeckData
  export default data
}
