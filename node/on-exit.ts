/**
 * What a command must undo however it ends: a browser to end, a folder to
 * remove. Each is done once, synchronously, when the process exits, and
 * also on Ctrl-C (SIGINT) or SIGTERM, which would otherwise end the process
 * without its `finally` blocks; processes started in a group of their own
 * (Chromium, Slidev) do not get the terminal's Ctrl-C themselves.
 *
 * After a signal the process exits with 128 + the signal's number, unless
 * the command listens for that signal itself (then it decides).
 */
import { rmSync } from 'node:fs'
import process from 'node:process'

const pending = new Set<Undo>()
let installed = false

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const

/** Last in, first out: a browser is ended before its folder is removed. */
function runAll(): void {
  for (const undo of [...pending].reverse()) {
    try {
      undo()
    }
    catch {} // the others still run
  }
}

function install(): void {
  if (installed)
    return
  installed = true
  process.on('exit', runAll)
  for (const [signal, number] of Object.entries(SIGNALS)) {
    const onSignal = () => {
      runAll()
      if (process.listenerCount(signal) === 1)
        process.exit(128 + number)
    }
    process.on(signal, onSignal)
  }
}

/** Does the undoing now (once), or `cancel()`s it: kept, not undone. */
export interface Undo {
  (): void
  cancel: () => void
}

/** Does `undo` when the process ends (see above); the function returned does it now instead. */
export function onExit(undo: () => void): Undo {
  install()
  const now = Object.assign(() => {
    if (!pending.delete(now))
      return
    undo()
  }, { cancel: () => void pending.delete(now) })
  pending.add(now)
  return now
}

/** Removes `dir` when the process ends; the function returned removes it now. */
export function removeOnExit(dir: string): Undo {
  return onExit(() => rmSync(dir, { recursive: true, force: true, maxRetries: 3 }))
}

/** Whether the process `pid` is alive (one of another user's counts). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
