import type { NpsCounts } from '../data/schemas/common.js';
import { twoSidedP, Z95 } from './normal.js';

/** Below this many answers a score is flagged as a small sample. */
export const SMALL_SAMPLE = 30;

export interface NpsResult {
  /** Answers in total. */
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Net Promoter Score, −100 … 100. */
  nps: number;
  /** Wald standard error in NPS points. */
  se: number;
  /** Half-width of the 95 % confidence interval in NPS points. */
  moe: number;
  small: boolean;
}

/**
 * NPS from raw counts (never from averaged percentages), with the Wald standard
 * error SE = 100·√(((p+d) − (p−d)²)/n) and the 95 % margin of error.
 * Returns `undefined` when there are no answers.
 */
export function npsFromCounts(counts: NpsCounts): NpsResult | undefined {
  const { promoters, passives, detractors } = counts;
  const n = promoters + passives + detractors;
  if (!(n > 0)) return undefined;
  const se = waldSe(promoters / n, detractors / n, n);
  return {
    n,
    promoters,
    passives,
    detractors,
    nps: (100 * (promoters - detractors)) / n,
    se,
    moe: Z95 * se,
    small: n < SMALL_SAMPLE,
  };
}

/** Wald standard error of an NPS in points, from the promoter and detractor shares. */
function waldSe(p: number, d: number, n: number): number {
  return 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
}

/**
 * NPS and 95 % margin of error for many periods at once, into typed arrays
 * (long daily series: no object per period). Periods without answers get NaN
 * and n = 0. Same formulas as `npsFromCounts`.
 */
export function npsSeries(
  promoters: ArrayLike<number>,
  passives: ArrayLike<number>,
  detractors: ArrayLike<number>,
): { nps: Float64Array; moe: Float64Array; n: Int32Array } {
  const len = promoters.length;
  const nps = new Float64Array(len);
  const moe = new Float64Array(len);
  const count = new Int32Array(len);
  for (let i = 0; i < len; i++) {
    const pr = promoters[i]!;
    const de = detractors[i]!;
    const n = pr + passives[i]! + de;
    if (!(n > 0)) {
      nps[i] = NaN;
      moe[i] = NaN;
      continue;
    }
    count[i] = n;
    nps[i] = (100 * (pr - de)) / n;
    moe[i] = Z95 * waldSe(pr / n, de / n, n);
  }
  return { nps, moe, n: count };
}

/** Adds counts of several periods or segments (the only honest way to combine NPS). */
export function sumNpsCounts(list: Iterable<NpsCounts>): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const c of list) {
    promoters += c.promoters;
    passives += c.passives;
    detractors += c.detractors;
  }
  return { promoters, passives, detractors };
}

export interface Difference {
  /** current − previous, in the metric's unit. */
  delta: number;
  /** Standard error of the difference. */
  se: number;
  z: number;
  /** Two-sided p-value (independent samples). */
  p: number;
  /** True when p < 0.05 and both periods have a standard error (answers that differ). */
  significant: boolean;
}

/**
 * True when an estimate has a margin of error to show. All answers alike (1
 * detractor; 3 promoters; every rating "4") give a standard error of 0, which
 * would claim certainty from any number of answers: say there is no margin
 * instead of "±0.0", and claim no significance from such a period.
 */
export const hasMargin = (r: { se: number }): boolean => r.se > 0;

/**
 * Difference of two independent estimates with their standard errors (z test).
 * A period whose answers are all alike (1 detractor; 3 promoters) has a Wald
 * standard error of 0: it says nothing about its own uncertainty, and the test
 * would lean on the other period alone ("n = 1 → n = 3: +133, significant").
 * Such a change is never called significant; z and p are still reported.
 */
export function difference(current: { value: number; se: number }, previous: { value: number; se: number }): Difference {
  const delta = current.value - previous.value;
  const se = Math.sqrt(current.se ** 2 + previous.se ** 2);
  if (!(se > 0)) return { delta, se: 0, z: 0, p: 1, significant: false };
  const z = delta / se;
  const p = twoSidedP(z);
  return { delta, se, z, p, significant: p < 0.05 && hasMargin(current) && hasMargin(previous) };
}

/** NPS change between two periods and whether it is significant at the 5 % level. */
export function npsDifference(current: NpsResult, previous: NpsResult): Difference {
  return difference({ value: current.nps, se: current.se }, { value: previous.nps, se: previous.se });
}
