/**
 * `npm run bench -- --skip ...`: the steps it names are left out, the others
 * run, and a name that is no step is refused rather than skipping nothing.
 */
import { describe, expect, it } from 'vitest'
import { skippedSteps, STEPS } from '../../../tools/bench/steps'
import { UsageError } from '../../../tools/command'

const running = (skip: string) => STEPS.filter(step => !skippedSteps(skip).has(step))

describe('--skip', () => {
  it('runs every step, the watch race included, when it names none', () => {
    expect(running('')).toEqual(['build', 'export', 'lighthouse', 'bytes', 'dev', 'edit', 'present', 'watch'])
  })

  it('leaves out the watch race like any other step', () => {
    expect(running('watch')).toEqual(['build', 'export', 'lighthouse', 'bytes', 'dev', 'edit', 'present'])
    expect(running('dev, watch ,')).toEqual(['build', 'export', 'lighthouse', 'bytes', 'edit', 'present'])
  })

  it('runs the watch race alone with the list the docs give for it', () => {
    expect(running('build,export,lighthouse,bytes,dev,edit,present')).toEqual(['watch'])
  })

  it('refuses a name that is no step, listing the steps', () => {
    expect(() => skippedSteps('build,wacth')).toThrow(UsageError)
    expect(() => skippedSteps('build,wacth')).toThrow('--skip knows build, export, lighthouse, bytes, dev, edit, present, watch; got "wacth"')
  })
})
