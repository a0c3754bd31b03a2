/**
 * How long each step of an export took, in order, so that the benchmark can
 * say what an export's time went to. The first step runs from the process's
 * start (Node, tsx and the imports) to the export's; the steps' sum is the
 * export's time but for the process's exit.
 */
import { performance } from 'node:perf_hooks'
import process from 'node:process'

/** When set, an export prints its steps as one line: `export steps (ms): {...}`. */
export const EXPORT_STEPS_ENV = 'DECK_EXPORT_STEPS'
const PREFIX = 'export steps (ms): '

export class ExportSteps {
  readonly laps: Record<string, number> = {}
  private last = 0

  /** Ends the step under way, naming it; `performance.now()` counts from the process's start. */
  lap(name: string, now = performance.now()): void {
    this.laps[name] = (this.laps[name] ?? 0) + Math.round(now - this.last)
    this.last = now
  }

  /** Prints the steps for the benchmark when it asked for them. */
  report(env: NodeJS.ProcessEnv = process.env): void {
    if (env[EXPORT_STEPS_ENV])
      console.log(`${PREFIX}${JSON.stringify(this.laps)}`)
  }
}

/** The steps an export printed, from its output; undefined when it printed none. */
export function readExportSteps(output: string): Record<string, number> | undefined {
  const line = output.split('\n').reverse().find(text => text.startsWith(PREFIX))
  return line ? JSON.parse(line.slice(PREFIX.length)) as Record<string, number> : undefined
}
