/**
 * Quantile of ascending numbers by linear interpolation between closest ranks
 * (the R-7 / Excel PERCENTILE.INC rule): position h = (n − 1)·p.
 * The median of an even count is the mean of the two middle values.
 * NaN for an empty list.
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (!n) return Number.NaN;
  if (n === 1 || p <= 0) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo] + (sorted[lo + 1] - sorted[lo]) * (h - lo);
}
