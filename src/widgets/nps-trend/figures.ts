/**
 * NPS figures per period, from the aggregated counts, through src/stats only
 * (npsFromCounts, npsDifference). Pure: no DOM.
 */
import { type Difference, npsDifference, npsFromCounts, type NpsResult, npsSeries } from '../../stats/index.js';
import { grownView, type SeriesCounts } from './aggregate.js';

/** NPS, margin of error and n per period; NaN where a period has no answers. */
export interface SeriesFigures {
  nps: Float64Array;
  moe: Float64Array;
  n: Int32Array;
}

/** The statistics of the period at index `i` (undefined when it had no answers). */
export function figuresAt(s: SeriesCounts, i: number): NpsResult | undefined {
  if (i < 0 || i >= s.promoters.length) return undefined;
  return npsFromCounts({ promoters: s.promoters[i]!, passives: s.passives[i]!, detractors: s.detractors[i]! });
}

/** Writes the figures of period `i` into `f`. */
export function updateFigures(f: SeriesFigures, s: SeriesCounts, i: number): void {
  const r = figuresAt(s, i);
  f.nps[i] = r ? r.nps : NaN;
  f.moe[i] = r ? r.moe : NaN;
  f.n[i] = r ? r.n : 0;
}

/** The figures with `before` empty periods in front and `after` behind (the axis grew); no answers there yet. */
export function growFigures(f: SeriesFigures, before: number, after: number): SeriesFigures {
  return {
    nps: grownView(f.nps, before, after, Float64Array, NaN),
    moe: grownView(f.moe, before, after, Float64Array, NaN),
    n: grownView(f.n, before, after, Int32Array),
  };
}

export function seriesFigures(s: SeriesCounts): SeriesFigures {
  return npsSeries(s.promoters, s.passives, s.detractors);
}

export interface Change {
  current: NpsResult;
  previous?: NpsResult;
  difference?: Difference;
}

/** The figures of period `i` and its change against the period right before it (when that had answers). */
export function changeAt(s: SeriesCounts, i: number): Change | undefined {
  const current = figuresAt(s, i);
  if (!current) return undefined;
  const previous = figuresAt(s, i - 1);
  return previous ? { current, previous, difference: npsDifference(current, previous) } : { current };
}

/** Index of the first / last period in [from, to] with at least `min` answers (default: any), or −1. */
export function firstWithData(f: SeriesFigures, from: number, to: number, min = 1): number {
  for (let i = Math.max(0, from); i <= to && i < f.n.length; i++) if (f.n[i]! >= min) return i;
  return -1;
}

export function lastWithData(f: SeriesFigures, from: number, to: number, min = 1): number {
  for (let i = Math.min(to, f.n.length - 1); i >= from && i >= 0; i--) if (f.n[i]! >= min) return i;
  return -1;
}
