/**
 * The one-sentence summary of a series over the time range, as data (the
 * element turns it into words). Pure: no DOM.
 */
import { type Difference, SMALL_SAMPLE } from '../../stats/index.js';
import type { SeriesCounts } from './aggregate.js';
import { changeAt, firstWithData, lastWithData, type SeriesFigures } from './figures.js';

export type Trend = 'rose' | 'fell' | 'same' | 'one' | 'none';

export interface Summary {
  trend: Trend;
  /** NPS of the first and last period with answers (rounded as shown). */
  from?: number;
  to?: number;
  firstIndex: number;
  lastIndex: number;
  /** Periods from the first to the last period with answers, both included. */
  span: number;
  /** Change of the last period against the one before (when both had answers). */
  last?: Difference;
}

/**
 * The summary of periods `from`–`to`. Its ends are the first and last periods
 * with a full sample (at least SMALL_SAMPLE answers), so that a partial period
 * at an edge of the data (a week holding one day of answers) does not decide
 * the sentence; where no two periods have a full sample, any with answers.
 */
export function summarize(counts: SeriesCounts, f: SeriesFigures, from: number, to: number): Summary {
  let first = firstWithData(f, from, to, SMALL_SAMPLE);
  let last = lastWithData(f, from, to, SMALL_SAMPLE);
  if (first < 0 || first === last) {
    first = firstWithData(f, from, to);
    last = lastWithData(f, from, to);
  }
  if (first < 0) return { trend: 'none', firstIndex: -1, lastIndex: -1, span: 0 };
  const a = Math.round(f.nps[first]!);
  const b = Math.round(f.nps[last]!);
  if (first === last) return { trend: 'one', to: b, firstIndex: first, lastIndex: last, span: 1 };
  const trend: Trend = b > a ? 'rose' : b < a ? 'fell' : 'same';
  return { trend, from: a, to: b, firstIndex: first, lastIndex: last, span: last - first + 1, last: changeAt(counts, last)?.difference };
}
