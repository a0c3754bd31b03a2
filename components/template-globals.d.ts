// Slidev gives every component template its slide's frontmatter as `$frontmatter`.
export {}

declare module 'vue' {
  interface ComponentCustomProperties {
    $frontmatter: Record<string, unknown>
  }
}
