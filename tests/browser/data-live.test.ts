/**
 * Editing data/ while the dev server runs: a changed value shows in the open
 * slide without a reload, and broken data shows in Vite's overlay with the
 * file, record and field, then goes away once fixed. Runs on a copy of the
 * project (data and slides of its own), so the real data/ is never touched.
 */
import type { Browser, Page } from 'playwright-core'
import type { DevServer } from '../../tools/slidev'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer } from '../../tools/slidev'
import { launchBrowser, openPage } from './deck'

const root = resolve(__dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'deck-data-live-'))
const program = join(work, 'data', 'program.yaml')

/** A copy of the project whose slides list the selection stages' names (from the data, in a component of its own) and show the funding sankey. */
function prepareCopy(): void {
  const skip = /^\/(?:node_modules|\.git|dist|test-results|\.slidev|bench\/results)(?:\/|$)/
  cpSync(root, work, { recursive: true, filter: source => !skip.test(source.slice(root.length)) })
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'))
  writeFileSync(join(work, 'slides.md'), [
    '---',
    'theme: none',
    'title: data live test',
    'fonts:',
    '  provider: none',
    '  sans: Pretendard',
    'htmlAttrs:',
    '  lang: ko',
    'layout: data',
    '---',
    '',
    '# 선발 단계',
    '',
    '<StageNames />',
    '',
    '---',
    'layout: data',
    '---',
    '',
    '# 자금 흐름',
    '',
    '<FundingDiagram />',
    '',
  ].join('\n'))
  writeFileSync(join(work, 'components', 'StageNames.vue'), [
    '<script setup lang="ts">',
    'import data from \'virtual:deck-data\'',
    '</script>',
    '',
    '<template>',
    '  <ul class="stage-names">',
    '    <li v-for="stage in data.program.stages" :key="stage.id">{{ stage.name.ko }}</li>',
    '  </ul>',
    '</template>',
    '',
  ].join('\n'))
  // node_modules is a symlink out of the copy: let the dev server read it.
  writeFileSync(join(work, 'vite.config.ts'), [
    'import { defineConfig } from \'vite\'',
    'import { deckData } from \'./node/vite-plugin-deck-data\'',
    '',
    `export default defineConfig({ plugins: [deckData()], server: { fs: { allow: [${JSON.stringify(work)}, ${JSON.stringify(join(root, 'node_modules'))}] } } })`,
    '',
  ].join('\n'))
}

let browser: Browser
let dev: DevServer | undefined

beforeAll(async () => {
  prepareCopy()
  browser = await launchBrowser()
  dev = await startDevServer(work)
})

afterAll(async () => {
  dev?.stop()
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

async function openSlide(): Promise<Page> {
  const { page } = await openPage(browser)
  await page.goto(`${dev!.url}1`, { waitUntil: 'commit', timeout: 180_000 })
  await page.locator('.slidev-page-1 .stage-names').waitFor({ timeout: 180_000 })
  // Marks this page load: a full reload would drop it.
  await page.evaluate(() => {
    (window as unknown as { sameLoad: boolean }).sameLoad = true
  })
  return page
}

describe('data edits in a running dev server', () => {
  it('show an edited value in the open slide without a reload', async () => {
    const original = readFileSync(program, 'utf8')
    const page = await openSlide()
    writeFileSync(program, original.replace('name: { ko: 서면평가, en: Written review }', 'name: { ko: 서면평가(편집), en: Written review }'))
    await page.locator('.slidev-page-1').getByText('서면평가(편집)').waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true)
    writeFileSync(program, original)
    await page.locator('.slidev-page-1').getByText('서면평가', { exact: true }).waitFor({ timeout: 30_000 })
  })

  it('redraw the funding sankey, its labels written on Slidev\'s live drawing, when an amount changes', async () => {
    const original = readFileSync(program, 'utf8')
    const { page } = await openPage(browser)
    await page.goto(`${dev!.url}2`, { waitUntil: 'commit', timeout: 180_000 })
    /** The words of the slide's drawing, once it shows them (Mermaid draws ASCII ids; the labels are written after). */
    const drawn = (words: string) => page.waitForFunction((expected) => {
      const svg = document.querySelector('.slidev-page-2 .mermaid')?.shadowRoot?.querySelector('svg.deck-sankey')
      return !!svg && (svg.textContent ?? '').includes(expected) && !!svg.querySelector('title')?.textContent
    }, words, { timeout: 180_000 })
    await drawn('1,586억 원')
    try {
      // GPU and the budget both 4억 more, so the flows still balance.
      const edited = original
        .replace('        - amount: { value: 1586, unit: 억 원 }', '        - amount: { value: 1590, unit: 억 원 }')
        .replace(/- amount: \{ value: 2136, unit: 억 원 \}\n(\s+)scope: 2025년 1차 추경 =/, '- amount: { value: 2140, unit: 억 원 }\n$1scope: 2025년 1차 추경 =')
      expect(edited).not.toBe(original)
      writeFileSync(program, edited)
      await drawn('2,140억 원')
      await drawn('1,590억 원')
    }
    finally {
      writeFileSync(program, original)
    }
    await drawn('1,586억 원')
  })

  it('show broken data in the overlay and the terminal with file, record and field, until it is fixed', async () => {
    const original = readFileSync(program, 'utf8')
    const page = await openSlide()
    const expected = 'data/program.yaml → program.stages[document-review].teams: states 9, but consortia.yaml gives 10'
    try {
      writeFileSync(program, original.replace('      teams: 10\n', '      teams: 9\n'))
      const overlay = page.locator('vite-error-overlay')
      await overlay.waitFor({ timeout: 30_000 })
      expect(await overlay.evaluate(el => el.shadowRoot?.querySelector('.message')?.textContent ?? '')).toContain(expected)
      expect(dev!.output()).toContain(expected)
    }
    finally {
      writeFileSync(program, original)
    }
    await page.locator('vite-error-overlay').waitFor({ state: 'detached', timeout: 30_000 })
    await page.locator('.slidev-page-1 .stage-names').waitFor()
  })
})
