/**
 * Slidev features the deck's builds keep, as Vite `define`s (the user's Vite
 * config overrides Slidev's own). The print view (/print) is what
 * `npm run export` prints; Slidev keeps it in a build only with
 * `download: true`, which would also run its own exporter inside every build.
 */
export const SLIDEV_FEATURES = {
  __SLIDEV_FEATURE_PRINT__: 'true',
} as const
