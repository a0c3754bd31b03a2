declare module 'virtual:deck-data' {
  import type { DeckData } from './lib/data/schema'

  const data: DeckData
  export default data
}

declare module 'virtual:prerendered-diagrams' {
  import type { DrawingLoaders } from './lib/diagrams/prerendered'

  /** The diagrams a static build drew ahead of time, by their text (node/vite-plugin-prerendered-diagrams.ts). */
  const drawings: ReadonlyMap<string, DrawingLoaders>
  export default drawings
}

declare module 'virtual:talk-plan' {
  import type { TalkPlanModule } from './node/vite-plugin-talk-plan'

  /** The time plan of the deck being shown (node/vite-plugin-talk-plan.ts); null for a deck with no `duration:`. */
  const plan: TalkPlanModule | null
  export default plan
}
