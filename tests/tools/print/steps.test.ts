import { describe, expect, it } from 'vitest'
import { EXPORT_STEPS_ENV, ExportSteps, readExportSteps } from '../../../tools/print/steps'

describe('export steps', () => {
  it('times each step from the end of the one before, the first from the process\'s start, and adds up a step met twice', () => {
    const steps = new ExportSteps()
    steps.lap('imports', 400)
    steps.lap('build', 460.4)
    steps.lap('printing', 900)
    steps.lap('build', 1000)
    expect(steps.laps).toEqual({ imports: 400, build: 160, printing: 440 })
  })

  it('prints them on one line only when asked, and the benchmark reads that line back from the output', () => {
    const steps = new ExportSteps()
    steps.lap('imports', 300)
    const printed: string[] = []
    const log = console.log
    console.log = (line: string) => printed.push(line)
    try {
      steps.report({})
      steps.report({ [EXPORT_STEPS_ENV]: '1' })
    }
    finally {
      console.log = log
    }
    expect(printed).toHaveLength(1)
    expect(readExportSteps(`Built the deck (abc).\n${printed[0]}\n/tmp/deck.pdf (34 pages) (3.1 s)\n`)).toEqual({ imports: 300 })
    expect(readExportSteps('no steps here')).toBeUndefined()
  })
})
