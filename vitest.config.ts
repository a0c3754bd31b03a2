import { defineConfig } from 'vitest/config'

/**
 * Browser test files that run one at a time, after the others: they time what a presenter feels (a slide change,
 * the relay, the pace), or start Slidev's dev server, whose dependency cache in node_modules/.vite two servers
 * would write at once.
 */
const ALONE = ['preload-window', 'present', 'presenter-pace', 'dev-server', 'data-live', 'export-watch']
  .map(name => `tests/browser/${name}.test.ts`)

/** Shared by both browser projects: the deck built once per edition and served (every browser test file uses that build). */
const browser = {
  environment: 'node' as const,
  globalSetup: ['tests/browser/global-setup.ts'],
  testTimeout: 120_000,
  hookTimeout: 300_000,
}

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
          ...browser,
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: ALONE,
          // Two files side by side: much of a browser test is waiting on Chromium or on a command it runs.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...browser,
          name: 'browser-alone',
          include: ALONE,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
})
