import { defineVitePluginsSetup } from '@slidev/types'
import { prerenderedDiagrams } from '../node/vite-plugin-prerendered-diagrams'
import { talkPlan } from '../node/vite-plugin-talk-plan'
import { unusedCodeFeatures } from '../node/vite-plugin-unused-code-features'

/**
 * Plugins that need to know the deck Slidev is building (its slides, its
 * edition). The time plan in dev and build alike; the rest builds only: the
 * dev server keeps live Mermaid, so edits show at once, and everything
 * Slidev's client offers.
 */
export default defineVitePluginsSetup((options) => {
  if (options.mode !== 'build')
    return [talkPlan(options)]
  return [
    talkPlan(options),
    prerenderedDiagrams(options, { dataDir: `${options.userRoot}/data` }),
    unusedCodeFeatures(options),
  ]
})
