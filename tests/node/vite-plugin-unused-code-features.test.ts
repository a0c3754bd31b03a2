import type { Plugin } from 'vite'
import { describe, expect, it } from 'vitest'
import { leftOut, unusedCodeFeatures, usedCodeFeatures } from '../../node/vite-plugin-unused-code-features'

const deck = (...contents: string[]) => ({ data: { slides: contents.map(content => ({ source: { content } })) } })
const call = (hook: Plugin['resolveId'] | Plugin['load'], id: string) => (hook as (id: string) => unknown)(id)

describe('usedCodeFeatures', () => {
  it('finds Twoslash and Magic Move blocks by their fences, and nothing in plain code or text', () => {
    expect(usedCodeFeatures(['# A\n\n```ts\nconst a = 1\n```', 'twoslash and magic-move in text'])).toEqual(new Set())
    expect(usedCodeFeatures(['```ts twoslash\nconst a = 1\n```'])).toEqual(new Set(['twoslash']))
    expect(usedCodeFeatures(['````md magic-move\n```js\na\n```\n````'])).toEqual(new Set(['magicMove']))
  })
})

describe('unusedCodeFeatures', () => {
  it('gives a deck without such blocks empty stand-ins for Twoslash\'s pop-ups and both style sheets', () => {
    const plugin = unusedCodeFeatures(deck('# A', '```ts\nconst a = 1\n```'))
    expect([...leftOut(new Set()).keys()].sort()).toEqual(['@shikijs/magic-move/style.css', '@shikijs/vitepress-twoslash/client', '@shikijs/vitepress-twoslash/style.css'])
    const client = call(plugin.resolveId, '@shikijs/vitepress-twoslash/client') as string
    const style = call(plugin.resolveId, '@shikijs/magic-move/style.css') as string
    expect(style.endsWith('.css')).toBe(false)
    expect(call(plugin.load, client)).toBe('export default { install() {} }\n')
    expect(call(plugin.load, style)).toBe('')
    expect(call(plugin.resolveId, 'vue')).toBeUndefined()
    expect(plugin.apply).toBe('build')
  })

  it('keeps what a deck uses', () => {
    const plugin = unusedCodeFeatures(deck('```ts twoslash\nconst a = 1\n```'))
    expect(call(plugin.resolveId, '@shikijs/vitepress-twoslash/client')).toBeUndefined()
    expect(call(plugin.resolveId, '@shikijs/magic-move/style.css')).toBeDefined()
  })
})
