// The Slidev ecosystem's own lint rules (@antfu/eslint-config), for TypeScript, Vue, YAML, JSON and Markdown.
import antfu from '@antfu/eslint-config'

export default antfu(
  {
    vue: true,
    typescript: true,
    ignores: ['dist/**', 'bench/latest.json', 'bench/results/**', 'diagrams/**', 'docs/**'],
  },
  {
    // Keeps short ternaries, calls and records on one line where they read best as one.
    rules: { 'antfu/reasonable-newline': 'off' },
  },
  {
    // What a chart component puts inside <ChartFrame> is SVG, as inside <svg>, and so is ChartText's <text>:
    // a line break inside a <text> would be drawn as a space.
    files: ['components/**/*.vue'],
    rules: { 'vue/singleline-html-element-content-newline': ['warn', { externalIgnores: ['ChartFrame', 'text'] }] },
  },
  {
    // The data files write short records on one line, `{ ko: 서면평가, en: Written review }`, as people read them.
    files: ['**/*.yaml'],
    rules: { 'yaml/flow-mapping-curly-spacing': ['error', 'always'] },
  },
  {
    // Each slide of a Slidev deck opens with its own h1; the fixture deck lacks alt text on purpose.
    files: ['slides.md', 'slides/**/*.md', 'tests/fixtures/**/*.md'],
    rules: { 'markdown/no-multiple-h1': 'off', 'markdown/heading-increment': 'off', 'markdown/require-alt-text': 'off' },
  },
  {
    // Playwright's locator.innerText() is the text as rendered, which these tests compare; it is not the DOM property.
    files: ['tests/browser/**'],
    rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
  },
  {
    // Command-line tools and tests report to the terminal.
    files: ['tools/**', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
)
