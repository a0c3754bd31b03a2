/**
 * Data is shown as text, never injected as HTML: each data component is
 * compiled from its .vue file with Vue's own compiler, given data whose names
 * are HTML, rendered on the server with Vue, and the output must hold the
 * names escaped and no live <img> or <script>.
 */
import type { App, Component } from 'vue'
import type { DeckData } from '../../lib/data/schema'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createSSRApp } from 'vue'
import { compileScript, parse } from 'vue/compiler-sfc'
import { renderToString } from 'vue/server-renderer'
import { formatDate } from '../../lib/i18n/ko-format'
import { loadDeckData } from '../../node/load-data'

const root = resolve(__dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'deck-render-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const attack = '<img src=x onerror=alert(1)>'
const scriptAttack = '</p><script>alert(2)</script>'

/** The fixture data with names, titles and reasons replaced by HTML. */
function hostileData(): DeckData {
  const data = loadDeckData(resolve(root, 'tests/fixtures/data/valid'))
  const naverCloud = data.consortia.find(c => c.id === 'naver-cloud')!
  naverCloud.lead.name.ko = attack
  naverCloud.model = scriptAttack
  naverCloud.partners![0]!.name.ko = attack
  // NC AI's elimination reason, which the consortia view shows beside its outcome.
  data.consortia.find(c => c.id === 'nc-ai')!.history.at(-1)!.reason = attack
  data.program.stages.find(s => s.id === 'document-review')!.name.ko = attack
  data.timeline[0]!.title = attack
  data.sources[1]!.publisher = attack
  data.sources[1]!.title = scriptAttack
  return data
}

let counter = 0
/** Compiles a component from components/ into a module that reads `data` instead of the virtual module. */
async function loadComponent(name: string, data: DeckData): Promise<Component> {
  const file = resolve(root, 'components', `${name}.vue`)
  const { descriptor } = parse(readFileSync(file, 'utf8'), { filename: file })
  const compiled = compileScript(descriptor, { id: `${name}-test`, inlineTemplate: true })
  const dataFile = join(work, `data-${++counter}.json`)
  writeFileSync(dataFile, JSON.stringify(data))
  const code = compiled.content
    .replace(/from ['"]virtual:deck-data['"]/, `from ${JSON.stringify(pathToFileURL(dataFile).href)} with { type: 'json' }`)
    .replace(/from ['"]\.\.\/lib\//g, `from '${resolve(root, 'lib')}/`)
  const moduleFile = join(work, `${name}-${counter}.ts`)
  writeFileSync(moduleFile, code)
  return (await import(/* @vite-ignore */ moduleFile)).default as Component
}

/** An app of the component, with the components every chart draws in registered as Slidev registers components/. */
async function appOf(name: string, data: DeckData, props: Record<string, unknown> = {}): Promise<App> {
  const app = createSSRApp(await loadComponent(name, data), props)
  for (const shared of ['ChartFrame', 'ChartText'])
    app.component(shared, await loadComponent(shared, data))
  return app
}

async function render(name: string, props: Record<string, unknown> = {}): Promise<string> {
  return renderToString(await appOf(name, hostileData(), props))
}

describe('data components render names as text', () => {
  it('components never use v-html or innerHTML', () => {
    const files = readdirSync(resolve(root, 'components')).filter(f => f.endsWith('.vue'))
    for (const file of ['ConsortiaView.vue', 'Cite.vue', 'SourcesList.vue']) {
      expect(files).toContain(file)
      expect(readFileSync(resolve(root, 'components', file), 'utf8'), file).not.toMatch(/v-html|innerHTML/)
    }
  })

  it.each([
    ['ConsortiaView', {}, [attack, scriptAttack]],
    ['Cite', { ids: 'src-call,src-result' }, [attack]],
    ['SourcesList', { page: 1, perPage: 12 }, [attack, scriptAttack]],
  ])('%s shows HTML in the data literally', async (name, props, texts) => {
    const html = await render(name, props)
    for (const text of texts) {
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      expect(html).toContain(escaped)
    }
    expect(html).not.toMatch(/<img|<script/i)
  })

  it('a component with v-html would fail this test (the check bites)', async () => {
    const file = join(work, 'Unsafe.vue')
    writeFileSync(file, '<script setup lang="ts">\nimport data from \'virtual:deck-data\'\n</script>\n<template><p v-html="data.timeline[0].title" /></template>\n')
    const { descriptor } = parse(readFileSync(file, 'utf8'), { filename: file })
    const compiled = compileScript(descriptor, { id: 'unsafe', inlineTemplate: true })
    const dataFile = join(work, 'unsafe-data.json')
    writeFileSync(dataFile, JSON.stringify(hostileData()))
    const moduleFile = join(work, 'unsafe.ts')
    writeFileSync(moduleFile, compiled.content.replace(/from ['"]virtual:deck-data['"]/, `from ${JSON.stringify(pathToFileURL(dataFile).href)} with { type: 'json' }`))
    const component = (await import(/* @vite-ignore */ moduleFile)).default as Component
    expect(await renderToString(createSSRApp(component))).toContain('<img src=x onerror=alert(1)>')
  })
})

describe('data components in the English edition', () => {
  /** What Slidev provides to every component, as an English deck's headmatter sets it. */
  const englishDeck = { configs: { htmlAttrs: { lang: 'en' } } }
  const realData = () => loadDeckData(resolve(root, 'data'))

  it.each([
    ['AsOf', {}],
    ['ConsortiaView', { asOf: '2025-08-04' }],
    ['ReleasesChart', { teams: ['lg-ai-research', 'skt', 'upstage', 'motif-technologies'], firstAndLatest: true }],
    ['FieldChart', { at: 'latest' }],
    ['Cite', { ids: 'cartech-2025-06-20,nocutnews-2025-08-04' }],
    ['EssayByline', {}],
  ])('%s shows no Korean', async (name, props) => {
    const app = await appOf(name, realData(), props)
    app.provide('$$slidev-context', englishDeck)
    const html = await renderToString(app)
    expect(html).not.toMatch(/[\uAC00-\uD7A3]/)
    expect(html.replace(/<[^>]+>/g, '').trim().length).toBeGreaterThan(0)
  })

  it('sourcesList keeps each original title and adds the English gist', async () => {
    const app = createSSRApp(await loadComponent('SourcesList', realData()), { page: 1, perPage: 8 })
    app.provide('$$slidev-context', englishDeck)
    const html = await renderToString(app)
    expect(html).toContain('정부 ‘독자 AI 파운데이션 모델’ 정예팀 공모 착수')
    expect(html).toContain('Government opens the call for the &#39;Sovereign AI Foundation Model&#39; elite teams')
    expect(html).toContain('Cartech (Nate)')
  })

  it('the same components in a Korean deck show Korean (the edition is read, not assumed)', async () => {
    const app = createSSRApp(await loadComponent('AsOf', realData()))
    app.provide('$$slidev-context', { configs: { htmlAttrs: { lang: 'ko' } } })
    expect(await renderToString(app)).toContain(`${formatDate(realData().asOf)} 기준`)
  })
})
