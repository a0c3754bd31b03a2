import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { baselineDeckFiles, baselineSlidesMarkdown, viteOverridesSource } from '../../../tools/bench/baseline-deck'
import { markSlideHeading } from '../../../tools/bench/edit'
import { parseProcStat, processTree, treeRssBytes } from '../../../tools/bench/proc'

describe('baseline deck', () => {
  it.each([1, 2, 27])('has exactly %i slides as Slidev parses it', (count) => {
    const parsed = parseSync(baselineSlidesMarkdown(count), 'slides.md')
    expect(parsed.slides).toHaveLength(count)
    expect(parsed.slides.map(s => s.title)).toEqual(Array.from({ length: count }, (_, i) => `기준 슬라이드 ${i + 1}`))
  })

  it('is text only: no theme, no web fonts, no components, no diagrams', () => {
    const markdown = baselineSlidesMarkdown(5)
    const parsed = parseSync(markdown, 'slides.md')
    expect(parsed.slides[0]!.frontmatter).toMatchObject({ theme: 'none', fonts: { provider: 'none' } })
    expect(markdown).not.toMatch(/<[A-Z]|```|mermaid/)
  })

  it('refuses a slide count that is not a positive whole number', () => {
    expect(() => baselineSlidesMarkdown(0)).toThrow()
    expect(() => baselineSlidesMarkdown(2.5)).toThrow()
  })

  it('comes with a Vite config that keeps its own cache and may serve linked node_modules', () => {
    const files = baselineDeckFiles(3, { cacheDirEnv: 'BENCH_CACHE', allow: ['/somewhere/node_modules'] })
    expect(Object.keys(files).sort()).toEqual(['package.json', 'public/favicon.svg', 'slides.md', 'vite.config.ts'])
    expect(files['vite.config.ts']).toContain(viteOverridesSource({ cacheDirEnv: 'BENCH_CACHE', allow: ['/somewhere/node_modules'] }))
    expect(files['vite.config.ts']).toContain('process.env.BENCH_CACHE')
    expect(files['vite.config.ts']).toContain('"/somewhere/node_modules"')
  })
})

describe('markSlideHeading', () => {
  const file = '---\nlayout: data\n---\n\n# 첫 슬라이드\n\ntext\n\n---\n\n# 둘째 슬라이드\n\nmore\n'

  it('appends the token to the slide\'s own heading and nothing else', () => {
    const edited = markSlideHeading(file, 9, '둘째 슬라이드', 'TOKEN')
    expect(edited).toBe(file.replace('# 둘째 슬라이드', '# 둘째 슬라이드 TOKEN'))
  })
  it('keeps Windows line endings', () => {
    const crlf = file.replace(/\n/g, '\r\n')
    expect(markSlideHeading(crlf, 1, '첫 슬라이드', 'T')).toBe(crlf.replace('# 첫 슬라이드', '# 첫 슬라이드 T'))
  })
  it('throws when the heading is not there', () => {
    expect(() => markSlideHeading(file, 9, '첫 슬라이드', 'T')).toThrow(/no heading/)
  })
})

describe('/proc parsing', () => {
  it('reads pid, parent and RSS, even when the command name holds spaces and parentheses', () => {
    const line = '4242 (Web Content (x)) S 17 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 12 0 123 456789 2500 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0'
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 17, rssPages: 2500 })
  })
  it('rejects a line it cannot read', () => {
    expect(parseProcStat('garbage')).toBeUndefined()
  })
  it('sums the RSS of a process and all its descendants, not its siblings', () => {
    const entries = [
      { pid: 1, ppid: 0, rssPages: 1000 },
      { pid: 10, ppid: 1, rssPages: 1 },
      { pid: 11, ppid: 10, rssPages: 2 },
      { pid: 12, ppid: 11, rssPages: 4 },
      { pid: 13, ppid: 1, rssPages: 8 },
    ]
    expect(processTree(10, entries).map(e => e.pid).sort()).toEqual([10, 11, 12])
    expect(treeRssBytes(10, entries, 4096)).toBe(7 * 4096)
    expect(treeRssBytes(99, entries)).toBe(0)
  })
})
