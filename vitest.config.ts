import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/node/**/*.test.ts', 'tests/setup/**/*.test.ts', 'tests/tools/**/*.test.ts'],
          environment: 'node',
          // Threads start faster than forked processes, and Vitest's default of one worker fewer than the cores
          // leaves one of two cores idle: the unit tests take 53 s this way against 80 s by default on 2 cores.
          pool: 'threads',
          maxWorkers: 2,
          // First, on their own: the browser tests' timings are not shared with them.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Builds the deck once and serves it; every browser test file shares that build.
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One file at a time: the slide-change and relay timings are measured on a machine not shared with another test.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
