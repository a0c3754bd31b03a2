/** Small statistics for benchmark samples. */

/** Median of the samples; the mean of the middle two when their count is even. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0)
    throw new Error('median of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** A measured figure: every run's value, and their median (the figure reported). */
export interface Sample {
  median: number
  samples: number[]
}

export function sample(samples: readonly number[]): Sample {
  return { median: median(samples), samples: [...samples] }
}

/** deck / baseline, or undefined when the baseline is zero (no meaningful ratio). */
export function ratio(deck: number, baseline: number): number | undefined {
  if (!Number.isFinite(deck) || !Number.isFinite(baseline) || baseline === 0)
    return undefined
  return deck / baseline
}
