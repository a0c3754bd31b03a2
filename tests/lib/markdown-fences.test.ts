import { describe, expect, it } from 'vitest'
import { fencedBlocks } from '../../lib/markdown-fences'

describe('fencedBlocks', () => {
  it('finds every fenced block with its info string and line', () => {
    const markdown = '# Title\n\n```ts twoslash\nconst a = 1\n```\n\ntext\n\n````md magic-move\n```js\nx\n```\n````\n'
    expect(fencedBlocks(markdown)).toEqual([
      { info: 'ts twoslash', code: 'const a = 1', line: 3 },
      { info: 'md magic-move', code: '```js\nx\n```', line: 9 },
    ])
  })

  it('reads the body as CommonMark does: tilde fences, longer closing fences, the fence\'s indentation taken off, CRLF line ends', () => {
    const markdown = '~~~mermaid\r\nflowchart LR\r\n  a --> b\r\n~~~~\r\n\r\n  ```mermaid\r\n  pie\r\n    "A" : 1\r\n  ```\r\n'
    expect(fencedBlocks(markdown)).toEqual([
      { info: 'mermaid', code: 'flowchart LR\n  a --> b', line: 1 },
      { info: 'mermaid', code: 'pie\n  "A" : 1', line: 6 },
    ])
  })

  it('does not end a block at a fence of the other kind or a shorter one, and runs an unclosed one to the end', () => {
    expect(fencedBlocks('````mermaid\nflowchart LR\n```\n~~~\n  a --> b\n````')).toEqual([{ info: 'mermaid', code: 'flowchart LR\n```\n~~~\n  a --> b', line: 1 }])
    expect(fencedBlocks('text\n```mermaid\nflowchart LR')).toEqual([{ info: 'mermaid', code: 'flowchart LR', line: 2 }])
  })

  it('takes no inline code or indented code for a fence', () => {
    expect(fencedBlocks('a ```mermaid``` b\n\n    ```mermaid\n    x\n    ```')).toEqual([])
  })
})
