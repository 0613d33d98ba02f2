import { SMALL_SAMPLE } from './nps.js';
import { Z95 } from './normal.js';

export interface RatingResult {
  n: number;
  /** Mean rating on the scale (1…5 for CSAT, 1…7 for CES). */
  mean: number;
  /** Standard error of the mean. */
  se: number;
  /** Half-width of the 95 % confidence interval of the mean. */
  moe: number;
  /** Share of answers in the top two boxes (CSAT 4–5, CES 6–7). */
  topTwo: number;
  small: boolean;
}

/**
 * Statistics of a rating distribution: `counts[i]` answers gave rating `i + 1`.
 * Returns `undefined` when there are no answers.
 */
export function ratingFromCounts(counts: readonly number[]): RatingResult | undefined {
  let n = 0;
  let sum = 0;
  counts.forEach((c, i) => {
    n += c;
    sum += c * (i + 1);
  });
  if (!(n > 0)) return undefined;
  const mean = sum / n;
  let squares = 0;
  counts.forEach((c, i) => {
    squares += c * (i + 1 - mean) ** 2;
  });
  const sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const se = sd / Math.sqrt(n);
  const top = counts.length;
  const topTwo = ((counts[top - 1] ?? 0) + (counts[top - 2] ?? 0)) / n;
  return { n, mean, se, moe: Z95 * se, topTwo, small: n < SMALL_SAMPLE };
}

/** CSAT from answers per rating 1…5: mean and top-2-box (4 or 5 = satisfied). */
export const csatFromCounts = (counts: readonly number[]) => ratingFromCounts(counts);

/** CES from answers per rating 1…7 (7 = very easy): mean and share of easy (6–7). */
export const cesFromCounts = (counts: readonly number[]) => ratingFromCounts(counts);
