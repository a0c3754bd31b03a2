/**
 * What the slides' own code brings into the page. The components, layouts and
 * setup files import modules from lib/; bundled as a build bundles them, those
 * must not bring the data's validator (zod) or its YAML reader: the data is
 * checked and read in Node (node/load-data.ts), and the page gets it ready to
 * show. zod alone was 60 kB of script that slide 1 fetched and ran.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const PAGE_CODE = ['components', 'layouts', 'setup']

/** Every lib/ module a component, layout or setup file imports for its runtime (type-only imports aside), as a path from the project's root. */
function libModulesThePageImports(): string[] {
  const files = [
    'custom-nav-controls.vue',
    ...PAGE_CODE.flatMap(dir => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map(file => join(dir, file))),
  ].filter(file => /\.(?:vue|ts)$/.test(file) && !file.endsWith('.d.ts'))
  const modules = files.flatMap(file => [...readFileSync(file, 'utf8').matchAll(/^import (?!type\b)[^;]*?from '((?:\.\.?\/)+lib\/[^']+)'/gm)]
    .map(([, path]) => join(file, '..', path!).replace(/(?<!\.ts)$/, '.ts')))
  return [...new Set(modules)].sort()
}

describe('the page\'s share of lib/', () => {
  const modules = libModulesThePageImports()

  it('is found: the slides\' charts, views and diagrams', () => {
    expect(modules).toEqual(expect.arrayContaining(['lib/data/views.ts', 'lib/charts/consortia.ts', 'lib/diagrams/funding.ts']))
  })

  it('bundles without zod or the YAML reader', async () => {
    const result = await build({
      entryPoints: modules.map(module => `./${module}`),
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      outdir: 'bundle',
      external: ['vue', '@slidev/*', 'virtual:*'],
      logLevel: 'silent',
    })
    const packages = [...new Set(Object.keys(result.metafile.inputs)
      .map(input => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1])
      .filter(Boolean))]
    expect(packages).not.toContain('zod')
    expect(packages).not.toContain('yaml')
    expect(Object.keys(result.metafile.inputs)).not.toContain('lib/data/schema.ts')
  })
})
