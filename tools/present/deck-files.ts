/**
 * Which file of a built deck answers a path, for the server of
 * `npm run present -- --remote`: a file of the build, the deck's page for a
 * slide's address (the single-page app routes it), or nothing. Only what the
 * build holds is ever served: the dev server's paths (`/@vite/…`, `/@fs/…`,
 * `/__slidev/…`, `/node_modules/…`) and hidden files (the build cache's
 * in-use marks) answer 404, not the deck's page.
 */
import { statSync } from 'node:fs'
import { join, normalize, sep } from 'node:path'

export type DeckFile
  = | { kind: 'file', path: string }
  /** The deck's index.html, for an address the app routes (`/3`, `/presenter/3`). */
    | { kind: 'page', path: string }
    | { kind: 'missing' }

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  }
  catch {
    return false
  }
}

/** True for a segment no built deck has: a hidden name, or the prefix of a dev server's own paths. */
function foreign(segment: string): boolean {
  return segment.startsWith('.') || segment.startsWith('@') || segment.startsWith('__') || segment === 'node_modules'
}

/** What answers `pathname` (as requested, still percent-encoded) from the build in `root`. */
export function deckFile(root: string, pathname: string): DeckFile {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  }
  catch {
    return { kind: 'missing' }
  }
  const segments = decoded.split('/').filter(Boolean)
  if (decoded.includes('\0') || segments.some(segment => segment === '..' || foreign(segment)))
    return { kind: 'missing' }
  const path = normalize(join(root, ...segments))
  if (!path.startsWith(root + sep) && path !== root)
    return { kind: 'missing' }
  const page = join(root, 'index.html')
  if (segments.length && path !== page && isFile(path))
    return { kind: 'file', path }
  // An address with a file extension that is not in the build is a missing file, not a slide.
  if (path !== page && segments.at(-1)?.includes('.'))
    return { kind: 'missing' }
  return { kind: 'page', path: page }
}
