/**
 * The part of @slidev/client's public API (its index.ts) that setup/root.ts
 * uses, typed for the type check only (tsconfig.json `paths`): the package
 * ships its TypeScript sources, which do not compile under this project's
 * strict settings (they rely on globals its build defines, such as __DEV__).
 * The build uses the package itself.
 */
import type { ComputedRef, Ref } from 'vue'

export interface SharedState {
  page: number
  clicks: number
  clicksTotal: number
  lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
}

export type SyncWrite<State extends object> = (state: State, updating?: boolean) => void

export interface Sync {
  enabled?: boolean
  init: <State extends object>(channelKey: string, onUpdate: (data: Partial<State>) => void, state: State, persist?: boolean) => SyncWrite<State> | undefined
}

export declare function addSyncMethod(sync: Sync): void
/** A slide as Slidev's client holds it: its number and its reactive frontmatter (setup/preload-window.ts). */
export interface ClientSlideRoute {
  no: number
  meta: { slide: { frontmatter: Record<string, unknown> } }
}

export declare function useNav(): { isPresenter: ComputedRef<boolean>, currentSlideNo: ComputedRef<number>, clicks: ComputedRef<number>, slides: Ref<ClientSlideRoute[]>, isPrintMode: ComputedRef<boolean> }
