import { describe, expect, it } from 'vitest'
import { readMermaidDist, relativeSpecifier, renameToJs } from '../../lib/vite-plugin-mermaid-prebuilt'

describe('renameToJs', () => {
  it('renames the files to .js and points static, bare and dynamic imports at the new names', () => {
    const out = renameToJs([
      { path: 'entry.mjs', text: 'import{a}from"./chunks/x/a.mjs";import"./chunks/x/b.mjs";const l=()=>import("./chunks/x/b.mjs");' },
      { path: 'chunks/x/a.mjs', text: 'import{c}from \'./b.mjs\';export{c as a};' },
      { path: 'chunks/x/b.mjs', text: 'export const c = "not/an/import.mjs"' },
    ])
    expect(out).toEqual([
      { path: 'entry.js', text: 'import{a}from"./chunks/x/a.js";import"./chunks/x/b.js";const l=()=>import("./chunks/x/b.js");' },
      { path: 'chunks/x/a.js', text: 'import{c}from \'./b.js\';export{c as a};' },
      { path: 'chunks/x/b.js', text: 'export const c = "not/an/import.mjs"' },
    ])
  })

  it('fails, naming the file and the import, when an import points at a file it was not given', () => {
    expect(() => renameToJs([{ path: 'chunks/x/a.mjs', text: 'import"../y/gone.mjs"' }]))
      .toThrow('chunks/x/a.mjs imports "../y/gone.mjs", which is not among Mermaid\'s minified files')
  })
})

describe('relativeSpecifier', () => {
  it('is relative to the importing chunk, so any base path works', () => {
    expect(relativeSpecifier('assets/slidev/Mermaid-x.js', 'assets/mermaid-1/mermaid.esm.min.js')).toBe('../mermaid-1/mermaid.esm.min.js')
    expect(relativeSpecifier('assets/Mermaid-x.js', 'assets/mermaid-1/mermaid.esm.min.js')).toBe('./mermaid-1/mermaid.esm.min.js')
  })
})

describe('the installed Mermaid', () => {
  const { version, files } = readMermaidDist(process.cwd())
  const shipped = renameToJs(files)

  it('is the version package.json pins, with its minified entry and chunks', async () => {
    const pkg = (await import('../../package.json', { with: { type: 'json' } })).default
    expect(version).toBe(pkg.dependencies.mermaid)
    expect(shipped[0]!.path).toBe('mermaid.esm.min.js')
    expect(shipped.length).toBeGreaterThan(50)
  })

  it('imports only files that are shipped, all by their .js names', () => {
    // renameToJs has already checked that every relative .mjs import is among the files.
    for (const file of shipped) {
      expect(file.path).toMatch(/\.js$/)
      expect(file.text, file.path).not.toMatch(/(from|import)\s*(?:\(\s*)?["']\.{1,2}\/[^"']+\.mjs["']/)
    }
    expect(shipped[0]!.text).toMatch(/from"\.\/chunks\/mermaid\.esm\.min\/chunk-[\w-]+\.js"/)
  })
})
