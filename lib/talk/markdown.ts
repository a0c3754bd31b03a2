/**
 * A slide's Markdown as the talk counts it: its list lines and its click
 * steps, with fenced code left out. The time plan (node/talk-plan.ts) gives
 * each click step its time; the slide rules (tools/talk/rules.ts) compare the
 * steps with the notes' [click] markers and hold list slides to their lines.
 */

function withoutFencedCode(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '')
}

/** Lines of a Markdown list (bulleted or numbered), outside code blocks. */
export function bulletLines(markdown: string): string[] {
  return withoutFencedCode(markdown).split('\n').filter(line => /^\s*(?:[-*+]|\d+[.)])\s+\S/.test(line))
}

/** Click steps a slide's Markdown declares: each `v-click`, and each list line inside `<v-clicks>`. */
export function clickSteps(markdown: string): number {
  const code = withoutFencedCode(markdown)
  let steps = 0
  for (const match of code.matchAll(/<v-clicks\b[^>]*>([\s\S]*?)<\/v-clicks>/g))
    steps += bulletLines(match[1] ?? '').length
  const rest = code.replace(/<v-clicks\b[^>]*>[\s\S]*?<\/v-clicks>/g, '')
  steps += (rest.match(/<v-click\b|\sv-click(?=[\s>=])/g) ?? []).length
  // A <v-switch> shows its templates (#0, #1, …) one after another: one step per template after the first.
  for (const match of code.matchAll(/<v-switch\b[^>]*>([\s\S]*?)<\/v-switch>/g))
    steps += Math.max(0, (match[1]!.match(/<template\s+#\d+/g) ?? []).length - 1)
  return steps
}
