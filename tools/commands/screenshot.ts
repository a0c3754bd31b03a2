/**
 * `npm run screenshot -- --dist <built deck> --out <folder> [--dark] 1 17 5:2`
 * Screenshots of a built deck's slides (`no` or `no:clicks`) at the 980x552
 * canvas, each once the slide is drawn, into `<out>/slide-<no>.png`; the
 * README's pictures come from here.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { findChromium, missingBrowserMessage } from '../../node/browser'
import { launchChromium } from '../../node/chromium'
import { flagOption, folderOption, runCommand } from '../command'
import { waitForSlide } from '../slide-ready'
import { serveStatic } from '../static-server'

runCommand({
  run: 'npm run screenshot',
  summary: 'Screenshots of a built deck\'s slides at the 980x552 canvas, each once the slide is drawn, into <out>/slide-<no>[-<clicks>].png.',
  options: {
    dist: folderOption('dist', 'The built deck (npm run build).'),
    out: folderOption('docs', 'The folder for the pictures.'),
    dark: flagOption('The dark colour scheme.'),
  },
  positionals: { usage: '[SLIDE[:CLICKS] …]', help: 'The slides to take, e.g. 1 17 5:2 (default: 1).' },
}, async ({ values, positionals }) => {
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
})
