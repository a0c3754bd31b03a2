/** The steps of `npm run bench`, and which of them `--skip` leaves out. */
import { UsageError } from '../command'

export const STEPS = ['build', 'export', 'lighthouse', 'bytes', 'dev', 'edit', 'present', 'watch'] as const
export type Step = typeof STEPS[number]

/** The steps `--skip` names, comma-separated; a name that is no step is refused, so that a typo skips nothing silently. */
export function skippedSteps(skip: string): Set<Step> {
  const named = skip.split(',').map(step => step.trim()).filter(Boolean)
  const unknown = named.find(step => !(STEPS as readonly string[]).includes(step))
  if (unknown !== undefined)
    throw new UsageError(`--skip knows ${STEPS.join(', ')}; got "${unknown}"`)
  return new Set(named as Step[])
}
