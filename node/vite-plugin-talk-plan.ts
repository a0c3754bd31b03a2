/**
 * Serves the time plan of the deck Slidev is running (node/talk-plan.ts:
 * its notes at the edition's speaking rate, its click steps, its slot) as
 * the virtual module `virtual:talk-plan`, for the presenter view's pace
 * (custom-nav-controls.vue). Computed where the notes are read, in Node, so
 * the browser needs no notes to pace the talk. In `npm run dev` an edit to a
 * slide or to data/talk.yaml re-plans without a restart. A deck that sets no
 * `duration:` (a test's own deck) has no slot, so no plan: the module is null.
 */
import type { Plugin } from 'vite'
import type { PaceSlide } from '../lib/talk/pace.ts'
import { resolve } from 'node:path'
import { loadDeck } from './deck-slides.ts'
import { planOfSlides } from './talk-plan.ts'

const VIRTUAL_ID = 'virtual:talk-plan'
const RESOLVED_ID = `\0${VIRTUAL_ID}`

/** What the presenter view gets: the slot and each slide's planned window. */
export interface TalkPlanModule {
  slotSeconds: number
  slides: PaceSlide[]
}

/** The module's source: the plan of the deck at `entry`, or null when it sets no slot. */
async function planModule(entry: string, dataDir: string): Promise<string> {
  const deck = await loadDeck(entry)
  if (deck.errors.length > 0 || deck.slides[0]?.frontmatter.duration === undefined)
    return 'export default null'
  const { plan } = planOfSlides(deck.slides, entry, dataDir)
  const module: TalkPlanModule = {
    slotSeconds: plan.slotSeconds,
    slides: plan.slides.map(({ no, startsAt, seconds, reference }) => ({ no, startsAt, seconds, reference })),
  }
  return `export default ${JSON.stringify(module)}`
}

export function talkPlan(options: { entry: string, userRoot: string }): Plugin {
  const dataDir = resolve(options.userRoot, 'data')
  // Planned once, and again after an edit: the presenter's controls import the plan on every page's first load.
  let planned: Promise<string> | undefined
  const plan = () => (planned ??= planModule(options.entry, dataDir))
  return {
    name: 'deck-talk-plan',
    // Planned while the server starts, not when the first page asks (reading every slide and the data takes most of a second on 2 cores).
    buildStart() {
      plan().catch(() => {}) // a failure is reported when the module is loaded
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      return id === RESOLVED_ID ? plan() : undefined
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.endsWith('.md') && ctx.file !== resolve(dataDir, 'talk.yaml'))
        return
      planned = undefined
      const module = ctx.server.moduleGraph.getModuleById(RESOLVED_ID)
      if (!module)
        return
      ctx.server.moduleGraph.invalidateModule(module)
      return [...ctx.modules, module]
    },
  }
}
