/**
 * `npx tsx tools/screenshot.ts --dist <built deck> --out <folder> [--dark] 1 17 5:2`
 * Screenshots of a built deck's slides (`no` or `no:clicks`) at the 980x552
 * canvas, each once the slide is drawn, into `<out>/slide-<no>.png`; the
 * README's pictures come from here.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromium, missingBrowserMessage } from './browser'
import { launchChromium } from './chromium'
import { waitForSlide } from './slide-ready'
import { serveStatic } from './static-server'

const { values, positionals } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs' }, dark: { type: 'boolean', default: false } },
  allowPositionals: true,
})

async function main(): Promise<number> {
  const browserPath = await findChromium()
  if (!browserPath) {
    console.error(missingBrowserMessage())
    return 2
  }
  mkdirSync(values.out, { recursive: true })
  const server = await serveStatic(values.dist)
  const browser = await launchChromium(browserPath.path)
  try {
    const page = await (await browser.newContext({ viewport: { width: 980, height: 552 }, colorScheme: values.dark ? 'dark' : 'light' })).newPage()
    for (const step of positionals.length ? positionals : ['1']) {
      const [no, clicks] = step.split(':')
      await page.goto(`${server.url}${no}${clicks ? `?clicks=${clicks}` : ''}`, { waitUntil: 'load' })
      await waitForSlide(page, Number(no), { timeout: 30_000 })
      const file = join(values.out, `slide-${no}${clicks ? `-${clicks}` : ''}.png`)
      await page.screenshot({ path: file })
      console.log(file)
    }
    return 0
  }
  finally {
    await browser.close()
    await server.close()
  }
}

main().then(code => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
})
