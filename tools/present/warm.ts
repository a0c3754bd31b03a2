/**
 * Loads the deck's modules from Slidev's dev server once, the way a browser
 * would, before anyone opens it: Vite transforms each module on its first
 * request and discovers the dependencies it must pre-bundle (and then reloads
 * every open page). Done here, all that happens before `npm run present --
 * --remote` prints its links, and the phone's first load is served from
 * Vite's cache.
 */

/** Import specifiers in a module Vite has served: `import … from "…"`, `import "…"`, `import("…")`, `export … from "…"`. */
export function importsOf(code: string): string[] {
  const found = new Set<string>()
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ]
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern))
      found.add(match[1]!)
  }
  return [...found]
}

/** The `<script type="module" src>` of a page. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\s[^>]*type=["']module["'][^>]*\ssrc=["']([^"']+)["']/g)].map(match => match[1]!)
}

export interface WarmResult {
  modules: number
  failed: string[]
  /** How many times the page and its modules were walked: again while the addresses still changed. */
  passes: number
}

/**
 * Fetches `origin`'s page and every module it imports, statically or
 * dynamically, on the same origin; `parallel` at a time. Never throws: a
 * module that fails is listed, and the browser will get the same error later.
 */
export async function warmDevServer(origin: string, options: { parallel?: number, headers?: Record<string, string>, timeoutMs?: number, maxPasses?: number } = {}): Promise<WarmResult> {
  // When Vite pre-bundles newly found dependencies it renames them (a new ?v=), and pages would reload:
  // walk again until a walk meets only addresses it has met before.
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  let known = new Set<string>()
  let result: WarmResult = { modules: 0, failed: [], passes: 0 }
  for (let pass = 1; pass <= (options.maxPasses ?? 3) && Date.now() < deadline; pass++) {
    const walked = await walk(origin, deadline, options)
    result = { modules: walked.seen.size, failed: walked.failed, passes: pass }
    if ([...walked.seen].every(url => known.has(url)))
      break
    known = walked.seen
  }
  return result
}

async function walk(origin: string, deadline: number, options: { parallel?: number, headers?: Record<string, string> }): Promise<{ seen: Set<string>, failed: string[] }> {
  const parallel = options.parallel ?? 6
  const seen = new Set<string>()
  const queue: string[] = []
  const failed: string[] = []
  const add = (specifier: string, from: string) => {
    const url = new URL(specifier, from)
    if (url.origin !== new URL(origin).origin || seen.has(url.href))
      return
    seen.add(url.href)
    queue.push(url.href)
  }

  const page = await fetch(origin, { headers: options.headers }).then(r => r.text(), () => '')
  for (const script of scriptsOf(page))
    add(script, origin)

  const worker = async () => {
    while (queue.length && Date.now() < deadline) {
      const url = queue.shift()!
      try {
        const response = await fetch(url, { headers: options.headers })
        const type = response.headers.get('content-type') ?? ''
        const text = await response.text()
        if (!response.ok)
          failed.push(`${response.status} ${url}`)
        // Pre-bundled dependencies are served as they are; their text is not worth reading for imports.
        else if (type.includes('javascript') && !new URL(url).pathname.includes('/.vite/deps/'))
          importsOf(text).forEach(specifier => add(specifier, url))
      }
      catch (error) {
        failed.push(`${(error as Error).message} ${url}`)
      }
    }
  }
  // Workers stop when the queue is empty; more work may be queued while others still run, so loop until it stays empty.
  while (queue.length && Date.now() < deadline)
    await Promise.all(Array.from({ length: parallel }, worker))
  return { seen, failed }
}
