import type { SharedState } from '@slidev/client'
import type { Position } from './relay/protocol'
import { addSyncMethod, useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { watch } from 'vue'
import { preloadNearby } from './preload-window'
import { RelayConnection } from './relay/connection'
import { PositionFollower, RELAY_META, relayRole, relayUrl } from './relay/protocol'

/**
 * Keeps devices in step when `npm run present -- --remote` serves the deck:
 * the page then carries `<meta name="deck-relay" content="presenter|audience">`
 * and this joins Slidev's shared state (slide and click step) to the relay on
 * the presenting machine, through Slidev's own sync hook (addSyncMethod). A
 * presenter view sends its moves; every page goes where the relay says,
 * through Slidev's own navigation. Anywhere else (`npm run dev`, a build on a
 * static host, `npm run present` on one laptop) there is no such tag and this
 * does nothing.
 */
export default defineRootSetup(() => {
  preloadNearby(useNav())
  const role = relayRole(document.querySelector(`meta[name="${RELAY_META}"]`)?.getAttribute('content'))
  if (!role)
    return
  const { isPresenter, currentSlideNo, clicks } = useNav()
  const follower = new PositionFollower()
  watch([currentSlideNo, clicks], ([page, step]) => follower.arrived({ page, clicks: step }))
  const positionOf = (state: SharedState): Position => ({ page: Number(state.page), clicks: Number(state.clicks) })

  addSyncMethod({
    init(channelKey, onUpdate, state) {
      // Slidev syncs its shared state and the drawings on channels named `<title> - shared` and `<title> - drawings`.
      if (!channelKey.endsWith(' - shared'))
        return undefined
      // This channel's state is Slidev's SharedState.
      const shared = state as unknown as SharedState
      const update = onUpdate as (data: Partial<SharedState>) => void
      const connection = new RelayConnection(relayUrl(location), (position) => {
        if (!follower.receive(position, positionOf(shared), Date.now()))
          return
        // Slidev's root makes a page ignore positions sent by its own kind (a presenter view does not follow
        // another presenter view). The relay is neither kind, so every page follows it, the laptop's presenter view too.
        const lastUpdate = { id: 'relay', type: 'relay', time: Date.now() } as unknown as SharedState['lastUpdate']
        update({ page: position.page, clicks: position.clicks, lastUpdate })
      }, {
        openSocket: url => new WebSocket(url),
        setTimeout: (run, ms) => window.setTimeout(run, ms),
        clearTimeout: timer => window.clearTimeout(timer as number),
      })
      connection.connect()
      // A phone back on the Wi-Fi or woken up asks at once instead of waiting for its next attempt.
      window.addEventListener('online', () => connection.connect())
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible')
          connection.connect()
      })
      return (changed, updating) => {
        if (updating || role !== 'presenter' || !isPresenter.value)
          return
        const here = positionOf(changed as unknown as SharedState)
        if (follower.moved(here, Date.now()))
          connection.send(here)
      }
    },
  })
})
