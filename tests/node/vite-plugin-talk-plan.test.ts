import type { Plugin } from 'vite'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planDeck } from '../../node/talk-plan'
import { talkPlan } from '../../node/vite-plugin-talk-plan'

const root = resolve(__dirname, '../..')

/** The plugin's `virtual:talk-plan` module for a deck, as the presenter view imports it. */
async function served(plugin: Plugin): Promise<unknown> {
  const hook = <T>(h: unknown) => (typeof h === 'function' ? h : (h as { handler: T }).handler) as T
  const id = hook<(id: string) => string | undefined>(plugin.resolveId).call({}, 'virtual:talk-plan')
  expect(id).toBe('\0virtual:talk-plan')
  const code = await hook<(id: string) => Promise<string>>(plugin.load).call({}, id!)
  expect(code.startsWith('export default ')).toBe(true)
  return JSON.parse(code.slice('export default '.length))
}

describe('the talk-plan Vite plugin', () => {
  it('serves the deck\'s slot and each slide\'s planned window, as the check plans them', async () => {
    const entry = resolve(root, 'slides.en.md')
    const { plan } = await planDeck(entry)
    expect(await served(talkPlan({ entry, userRoot: root }))).toEqual({
      slotSeconds: plan.slotSeconds,
      slides: plan.slides.map(s => ({ no: s.no, startsAt: s.startsAt, seconds: s.seconds, reference: s.reference })),
    })
  // Parses the whole deck and its data twice: 5 s on a quiet machine, longer on a busy one.
  }, 60_000)

  it('serves no plan for a deck that sets no duration, so the deck still runs', async () => {
    const entry = resolve(root, 'tests/fixtures/broken-slide/slides.md')
    expect(await served(talkPlan({ entry, userRoot: resolve(root, 'tests/fixtures/broken-slide') }))).toBeNull()
  })

  it('plans once, from the server\'s start, and again after an edit to a slide', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-talk-plan-'))
    try {
      const entry = join(dir, 'slides.md')
      const deck = (slot: string) => `---\ntitle: 계획\nhtmlAttrs:\n  lang: ko\nduration: ${slot}\n---\n\n# 계획\n\n<!--\n짧은 메모입니다.\n-->\n`
      writeFileSync(entry, deck('3min'))
      const plugin = talkPlan({ entry, userRoot: root })
      ;(plugin.buildStart as () => void)()
      expect(await served(plugin)).toMatchObject({ slotSeconds: 180 })
      // Saved, but Vite has not told the plugin: the plan made at the start is served again, not made again.
      writeFileSync(entry, deck('5min'))
      expect(await served(plugin)).toMatchObject({ slotSeconds: 180 })
      const hotUpdate = plugin.handleHotUpdate as (ctx: unknown) => unknown
      hotUpdate({ file: entry, modules: [], server: { moduleGraph: { getModuleById: () => undefined } } })
      expect(await served(plugin)).toMatchObject({ slotSeconds: 300 })
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
