/**
 * Peak memory of a process and everything it started (Slidev spawns Vite
 * workers; export starts Chromium with its own processes). Linux /proc text is
 * parsed here; the sampling loop lives in tools/bench/processes.ts.
 */

export interface ProcEntry {
  pid: number
  ppid: number
  /** Resident set size in pages. */
  rssPages: number
}

/**
 * Parses one /proc/<pid>/stat line. The command name (field 2) is in parentheses
 * and may itself hold spaces or parentheses, so fields are counted after the last ')'.
 */
export function parseProcStat(line: string): ProcEntry | undefined {
  const open = line.indexOf('(')
  const close = line.lastIndexOf(')')
  if (open < 0 || close < open)
    return undefined
  const pid = Number(line.slice(0, open).trim())
  // After ")": state(3) ppid(4) ... rss(24); index 0 here is field 3.
  const rest = line.slice(close + 1).trim().split(/\s+/)
  const ppid = Number(rest[1])
  const rssPages = Number(rest[21])
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isFinite(rssPages))
    return undefined
  return { pid, ppid, rssPages }
}

/** The root and all its descendants, from a snapshot of every process. */
export function processTree(rootPid: number, entries: readonly ProcEntry[]): ProcEntry[] {
  const children = new Map<number, ProcEntry[]>()
  for (const entry of entries) {
    const list = children.get(entry.ppid) ?? []
    list.push(entry)
    children.set(entry.ppid, list)
  }
  const root = entries.find(entry => entry.pid === rootPid)
  if (!root)
    return []
  const tree: ProcEntry[] = []
  const queue = [root]
  const seen = new Set<number>()
  while (queue.length > 0) {
    const entry = queue.shift()!
    if (seen.has(entry.pid))
      continue
    seen.add(entry.pid)
    tree.push(entry)
    queue.push(...(children.get(entry.pid) ?? []))
  }
  return tree
}

/** Sum of the tree's RSS in bytes. Shared pages count once per process, so this overstates a little. */
export function treeRssBytes(rootPid: number, entries: readonly ProcEntry[], pageSize = 4096): number {
  return processTree(rootPid, entries).reduce((sum, entry) => sum + entry.rssPages * pageSize, 0)
}
