/**
 * Re-aggregation of NPS answer counts into day / week / month / quarter
 * periods. Pure: no DOM. Counts are added per period (never NPS values
 * averaged); NPS and its margin of error come from src/stats afterwards.
 *
 * Calendar: UTC (see time.ts). A delivered point is counted in the period that
 * contains its date; a weekly point that starts in one month and ends in the
 * next counts for the month of its Monday.
 */
import type { Problem } from '../../data/errors.js';
import type { Interval } from '../../data/schemas/nps.js';
import { problem } from './problems.js';
import { coarser, DAY_MS, ordinalOf, ordinalOfDay, parseTime, startOf } from './time.js';

/** A point as the widget accepts it (counts may be any integer; negatives are reported and skipped). */
export interface RawPoint {
  date: string;
  promoters: number;
  passives: number;
  detractors: number;
}

export interface RawColumns {
  start: string;
  promoters: readonly number[];
  passives: readonly number[];
  detractors: readonly number[];
}

export interface RawSeries {
  id: string;
  name: string;
  points: readonly RawPoint[];
  columns?: RawColumns;
}

export interface RawTrend {
  interval: Interval;
  series: readonly RawSeries[];
}

/** One answer from the live stream, already assigned to a series. */
export interface LiveAnswer {
  series: number;
  time: number;
  score: number;
}

/**
 * Counts per period: 32-bit integers (half the memory of numbers), or — for a
 * series delivered as columns that are exactly the axis — the validated
 * columns themselves, read only (copied on the first live answer).
 */
export type Counts = Int32Array | readonly number[];

/** Counts of one series, aligned to the common period axis (index 0 = ordinal `first`). */
export interface SeriesCounts {
  id: string;
  name: string;
  promoters: Counts;
  passives: Counts;
  detractors: Counts;
  /** True when the series has at least one answer. */
  hasData: boolean;
  /** Ordinals of the periods where a delivered point was left out (negative counts). */
  leftOut?: ReadonlySet<number>;
}

export interface Aggregation {
  interval: Interval;
  /** Ordinal of the first period (see time.ts). */
  first: number;
  /** Number of periods from the first to the last period with data, gaps included. */
  length: number;
  series: SeriesCounts[];
  problems: Problem[];
}

/** A longer axis is cut to its most recent periods (a daily axis of ~1,400 years). */
export const MAX_PERIODS = 500_000;

/** The most answers one point may hold: counts are kept as 32-bit integers, a larger one would wrap around. */
export const MAX_COUNT = 2 ** 31 - 1;

interface Pending {
  /** Ordinal and counts of every usable point. */
  ord: number[];
  p: number[];
  pa: number[];
  d: number[];
  /** Columns: delivered ordinal of column 0, or NaN when there are none. */
  colFirst: number;
  /** Ordinals (of the requested interval) of points left out. */
  leftOut?: Set<number>;
}

/** The path of a point in the payload, built only when there is a problem to report. */
const pointPath = (s: number, i: number) => `series[${s}].points[${i}]`;

/** Category of a 0–10 answer: 0 promoter (9–10), 1 passive (7–8), 2 detractor (0–6). */
export const category = (score: number): 0 | 1 | 2 => (score >= 9 ? 0 : score >= 7 ? 1 : 2);

/** Target ordinal of delivered column `i` (consecutive delivered periods from `first`). */
function columnOrdinal(delivered: Interval, target: Interval, first: number, i: number): number {
  if (delivered === target) return first + i;
  if (delivered === 'day') return ordinalOfDay(target, first + i);
  return ordinalOf(target, startOf(delivered, first + i));
}

/**
 * Adds every delivered count (and every live answer) into periods of
 * `requested` (or the delivered interval when that is coarser).
 */
export function aggregate(trend: RawTrend, requested: Interval | undefined, live: readonly LiveAnswer[] = []): Aggregation {
  const interval = coarser(requested ?? trend.interval, trend.interval);
  const problems: Problem[] = [];
  const pending: Pending[] = [];
  let min = Infinity;
  let max = -Infinity;

  // pass 1: dates → ordinals, problems, the extent of the axis
  trend.series.forEach((series, s) => {
    const acc: Pending = { ord: [], p: [], pa: [], d: [], colFirst: NaN };
    pending.push(acc);
    const seen = new Set<number>();
    series.points.forEach((point, i) => {
      const time = parseTime(point.date);
      if (!Number.isFinite(time)) {
        problems.push(problem(`${pointPath(s, i)}.date`, 'problem.pointDate', { date: point.date }));
        return;
      }
      // counts that cannot be used: reported, and their period marked as having lost a point
      const unusable =
        point.promoters < 0 || point.passives < 0 || point.detractors < 0
          ? 'problem.negative'
          : point.promoters + point.passives + point.detractors > MAX_COUNT
            ? 'problem.overflow'
            : undefined;
      if (unusable) {
        problems.push(problem(pointPath(s, i), unusable));
        (acc.leftOut ??= new Set()).add(ordinalOf(interval, time));
        return;
      }
      const delivered = ordinalOf(trend.interval, time);
      if (seen.has(delivered)) {
        problems.push(problem(`${pointPath(s, i)}.date`, 'problem.duplicate', { date: point.date, series: series.name }));
      }
      seen.add(delivered);
      const ord = interval === trend.interval ? delivered : ordinalOf(interval, time);
      acc.ord.push(ord);
      acc.p.push(point.promoters);
      acc.pa.push(point.passives);
      acc.d.push(point.detractors);
      if (ord < min) min = ord;
      if (ord > max) max = ord;
    });
    const cols = series.columns;
    if (cols) {
      const start = parseTime(cols.start);
      const len = Math.min(cols.promoters.length, cols.passives.length, cols.detractors.length);
      if (!Number.isFinite(start)) {
        problems.push(problem(`series[${s}].columns.start`, 'problem.columnsDate', { date: cols.start }));
      } else if (len > 0) {
        acc.colFirst = ordinalOf(trend.interval, start);
        // ordinals grow with the column index, so the ends give the extent
        min = Math.min(min, columnOrdinal(trend.interval, interval, acc.colFirst, 0));
        max = Math.max(max, columnOrdinal(trend.interval, interval, acc.colFirst, len - 1));
      }
    }
  });

  for (const a of live) {
    const ord = ordinalOf(interval, a.time);
    if (!Number.isFinite(ord) || !pending[a.series]) continue;
    if (ord < min) min = ord;
    if (ord > max) max = ord;
  }

  if (!(max >= min)) {
    return { interval, first: 0, length: 0, series: trend.series.map((s) => emptySeries(s, 0)), problems };
  }
  if (max - min + 1 > MAX_PERIODS) {
    problems.push(problem('series', 'problem.span', { max: MAX_PERIODS }));
    min = max - MAX_PERIODS + 1;
  }
  const length = max - min + 1;

  // pass 2: add the counts into their periods
  const series = trend.series.map((s, i): SeriesCounts => {
    const acc = pending[i]!;
    const cols = s.columns;
    if (
      cols &&
      acc.ord.length === 0 &&
      interval === trend.interval &&
      acc.colFirst === min &&
      cols.promoters.length === length &&
      cols.passives.length === length &&
      cols.detractors.length === length
    ) {
      // the common case of a long series: its columns are the whole axis, so they are used as they are
      // (no copy of 3 × 100,000 numbers; addAnswer copies an array before it writes to it)
      return { id: s.id, name: s.name, promoters: cols.promoters, passives: cols.passives, detractors: cols.detractors, hasData: anyAnswers(cols) };
    }
    const out = emptySeries(s, length);
    const P = out.promoters as Int32Array;
    const PA = out.passives as Int32Array;
    const D = out.detractors as Int32Array;
    for (let k = 0; k < acc.ord.length; k++) {
      const at = acc.ord[k]! - min;
      if (at < 0) continue;
      P[at]! += acc.p[k]!;
      PA[at]! += acc.pa[k]!;
      D[at]! += acc.d[k]!;
      out.hasData = true;
    }
    if (cols && !Number.isNaN(acc.colFirst)) {
      const len = Math.min(cols.promoters.length, cols.passives.length, cols.detractors.length);
      const same = interval === trend.interval;
      const offset = acc.colFirst - min;
      if (same && offset >= 0 && !out.hasData) {
        // same interval, nothing else in the series yet: one plain loop copies the columns and finds
        // whether any period had answers
        const cp = cols.promoters;
        const cpa = cols.passives;
        const cd = cols.detractors;
        let any = false;
        for (let c = 0; c < len; c++) {
          const p = cp[c]!;
          const pa = cpa[c]!;
          const d = cd[c]!;
          P[offset + c] = p;
          PA[offset + c] = pa;
          D[offset + c] = d;
          if (p + pa + d > 0) any = true;
        }
        out.hasData = any;
        return out;
      }
      for (let c = 0; c < len; c++) {
        const p = cols.promoters[c]!;
        const pa = cols.passives[c]!;
        const d = cols.detractors[c]!;
        if (p + pa + d === 0) continue;
        const at = (same ? acc.colFirst + c : columnOrdinal(trend.interval, interval, acc.colFirst, c)) - min;
        if (at < 0) continue;
        P[at]! += p;
        PA[at]! += pa;
        D[at]! += d;
        out.hasData = true;
      }
    }
    return out;
  });
  series.forEach((out, i) => {
    const leftOut = pending[i]!.leftOut;
    if (leftOut) out.leftOut = leftOut;
  });
  const agg: Aggregation = { interval, first: min, length, series, problems };
  for (const a of live) addAnswer(agg, a);
  return agg;
}

function emptySeries(s: RawSeries, length: number): SeriesCounts {
  return {
    id: s.id,
    name: s.name,
    promoters: new Int32Array(length),
    passives: new Int32Array(length),
    detractors: new Int32Array(length),
    hasData: false,
  };
}

/** True when any period of the columns had answers. */
function anyAnswers(cols: RawColumns): boolean {
  const { promoters: p, passives: pa, detractors: d } = cols;
  for (let c = 0; c < p.length; c++) if (p[c]! + pa[c]! + d[c]! > 0) return true;
  return false;
}

/** The counts as an array of our own that may be written to. */
const own = (a: Counts): Int32Array => (a instanceof Int32Array ? a : Int32Array.from(a));

type Typed = Int32Array | Float64Array;
interface TypedKind<A extends Typed> {
  new (size: number): A;
  new (buffer: ArrayBufferLike, offset: number, length: number): A;
}

/**
 * `a` with `before` empty periods in front and `after` behind, as a `Kind`
 * array (`empty` in the new periods). Live answers open new periods at the
 * end, one at a time: such a grown array keeps spare room behind its last
 * period, so that the next periods at the end only widen the view instead of
 * copying the whole series again.
 */
export function grownView<A extends Typed>(a: ArrayLike<number>, before: number, after: number, Kind: TypedKind<A>, empty = 0): A {
  const len = a.length + before + after;
  if (before === 0 && a instanceof (Kind as unknown as typeof Int32Array) && a.byteOffset === 0 && a.buffer.byteLength >= len * a.BYTES_PER_ELEMENT) {
    return new Kind(a.buffer, 0, len);
  }
  const whole = new Kind(before === 0 ? len + Math.max(16, len >> 3) : len);
  if (empty !== 0) whole.fill(empty);
  const out = whole.subarray(0, len) as A;
  out.set(a, before);
  return out;
}

/** Counts with `before` empty periods in front and `after` behind (see `grownView`). */
export const grow = (a: Counts, before: number, after: number): Int32Array => grownView(a, before, after, Int32Array);

/**
 * Adds one live answer to the period that contains its time, extending the
 * axis when it lies before the first or after the last period. Returns the
 * index of the period that changed (after any extension), or −1.
 */
export function addAnswer(agg: Aggregation, answer: LiveAnswer): number {
  const series = agg.series[answer.series];
  if (!series || !Number.isFinite(answer.time)) return -1;
  const ord = ordinalOf(agg.interval, answer.time);
  if (agg.length === 0) {
    agg.first = ord;
    agg.length = 1;
    for (const s of agg.series) {
      s.promoters = new Int32Array(1);
      s.passives = new Int32Array(1);
      s.detractors = new Int32Array(1);
    }
  } else if (ord < agg.first || ord >= agg.first + agg.length) {
    const before = Math.max(0, agg.first - ord);
    const after = Math.max(0, ord - (agg.first + agg.length - 1));
    if (agg.length + before + after > MAX_PERIODS) return -1;
    for (const s of agg.series) {
      s.promoters = grow(s.promoters, before, after);
      s.passives = grow(s.passives, before, after);
      s.detractors = grow(s.detractors, before, after);
    }
    agg.first -= before;
    agg.length += before + after;
  }
  const at = ord - agg.first;
  const c = category(answer.score);
  if (c === 0) (series.promoters = own(series.promoters))[at]! += 1;
  else if (c === 1) (series.passives = own(series.passives))[at]! += 1;
  else (series.detractors = own(series.detractors))[at]! += 1;
  series.hasData = true;
  return at;
}

/** First instant (ms, UTC) of the period at axis index `i`. */
export const periodStart = (agg: Aggregation, i: number): number => startOf(agg.interval, agg.first + i);

/** True when a delivered point of period `i` of series `s` was left out (its counts were invalid). */
export const leftOutAt = (agg: Aggregation, s: number, i: number): boolean => agg.series[s]?.leftOut?.has(agg.first + i) ?? false;

/** Instant halfway through the period at axis index `i` (where its point is drawn). */
export const periodMid = (agg: Aggregation, i: number): number =>
  agg.interval === 'day' ? (agg.first + i + 0.5) * DAY_MS : (periodStart(agg, i) + periodStart(agg, i + 1)) / 2;
