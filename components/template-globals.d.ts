// Slidev gives every component template its slide's frontmatter as `$frontmatter`, and its context as `$slidev`.
export {}

declare module 'vue' {
  interface ComponentCustomProperties {
    $frontmatter: Record<string, unknown>
    $slidev: { nav: { isPrintMode: boolean } }
  }
}
