/**
 * The plain Slidev deck the benchmark compares against: as many slides as the
 * real deck, text only, no theme, no web fonts, no components, no diagrams.
 * The ratio deck/baseline then shows what this deck itself adds.
 */

export interface ViteOverrides {
  /** Environment variable naming Vite's dependency cache folder, so each deck and each step keeps its own. */
  cacheDirEnv: string
  /** Folders Vite may serve besides the deck: node_modules is linked in from elsewhere. */
  allow: string[]
}

/** The Vite config (an object literal, as TypeScript source) both benchmarked decks get on top of their own. */
export function viteOverridesSource({ cacheDirEnv, allow }: ViteOverrides): string {
  return `{ cacheDir: process.env.${cacheDirEnv} ?? '.bench-vite-cache', server: { fs: { allow: ${JSON.stringify(allow)} } } }`
}

function slide(no: number): string {
  return [
    `# 기준 슬라이드 ${no}`,
    '',
    `- Plain text line one on slide ${no}`,
    '- 두 번째 줄: 글자만 있는 슬라이드',
    '- Third line, nothing else',
  ].join('\n')
}

/** slides.md of a baseline deck with `count` slides (at least 1). */
export function baselineSlidesMarkdown(count: number): string {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`a baseline deck needs a whole number of slides >= 1, got ${count}`)
  const headmatter = [
    '---',
    'theme: none',
    'fonts:',
    '  provider: none',
    // Slidev's default favicon comes from a CDN; a local one keeps the baseline offline like the deck.
    'favicon: /favicon.svg',
    '---',
    '',
  ].join('\n')
  const bodies = Array.from({ length: count }, (_, index) => slide(index + 1))
  return `${headmatter}\n${bodies.join('\n\n---\n\n')}\n`
}

/** Every file of the baseline deck, by path relative to its folder (node_modules is linked separately). */
export function baselineDeckFiles(count: number, overrides: ViteOverrides): Record<string, string> {
  return {
    'slides.md': baselineSlidesMarkdown(count),
    'package.json': `${JSON.stringify({ name: 'bench-baseline-deck', private: true, type: 'module' }, null, 2)}\n`,
    'vite.config.ts': `import { defineConfig } from 'vite'\n\nexport default defineConfig(${viteOverridesSource(overrides)})\n`,
    'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>\n',
  }
}
