// Small statistics for benchmark samples: medians and percentiles by linear interpolation
// (the "R-7" definition spreadsheets and NumPy use), so figures compare across tools.

/** Sorted copy; the caller's array stays as it was. */
function sorted(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error('no samples; run the measurement at least once before summarising it');
  return [...samples].sort((a, b) => a - b);
}

/** The p-th percentile (0–100) of `samples`. */
export function percentile(samples: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`);
  const xs = sorted(samples);
  const rank = (p / 100) * (xs.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return xs[low]! + (xs[high]! - xs[low]!) * (rank - low);
}

/** The median of `samples`. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** The arithmetic mean of `samples`. */
export function mean(samples: readonly number[]): number {
  return sorted(samples).reduce((sum, x) => sum + x, 0) / samples.length;
}

export interface Summary {
  n: number;
  min: number;
  median: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** Min, median, p90, p99, max and mean in one object. */
export function summarize(samples: readonly number[]): Summary {
  const xs = sorted(samples);
  return { n: xs.length, min: xs[0]!, median: median(xs), p90: percentile(xs, 90), p99: percentile(xs, 99), max: xs[xs.length - 1]!, mean: mean(xs) };
}

/** Rounds to `digits` decimals, for figures meant to be read. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
