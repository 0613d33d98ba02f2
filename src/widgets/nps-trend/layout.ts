/**
 * Geometry of the chart: data + size → plot box, scales, ticks, reference
 * lines and annotation positions. Pure: no DOM.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { type Aggregation, periodMid, periodStart } from './aggregate.js';
import type { SeriesFigures } from './figures.js';
import { DAY_MS } from './time.js';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How x ticks are labelled: calendar ticks by year / month / day, or one tick per period. */
export type TickKind = 'year' | 'month' | 'day' | 'period';

export interface LayoutInput {
  agg: Aggregation;
  figures: readonly SeriesFigures[];
  visible: readonly boolean[];
  /** The series whose band is drawn. */
  active: number;
  /** Axis indices of the first and last period in the time range (inclusive). */
  from: number;
  to: number;
  width: number;
  composition: boolean;
  target?: number;
  benchmark?: number;
  annotations: readonly { time: number; label: string; description?: string }[];
}

export interface Geometry {
  width: number;
  height: number;
  plot: Box;
  /** The composition panel under the NPS plot (when shown). */
  comp?: Box;
  /** Pixel x of every period's middle, for axis indices `from…to` (index − from). */
  xs: Float64Array;
  from: number;
  to: number;
  /** Width of one period in pixels (at least 0.5). */
  step: number;
  yMin: number;
  yMax: number;
  yTicks: { value: number; y: number }[];
  /** `index` is the axis index when ticks are periods (`tickKind` 'period'). */
  xTicks: { time: number; x: number; index?: number }[];
  tickKind: TickKind;
  target?: { value: number; y: number };
  benchmark?: { value: number; y: number };
  /**
   * The annotations in the range, in date order, numbered 1, 2, … as shown; `y` is the centre of the
   * numbered badge (badges closer than BADGE_GAP px step down a row so that they never overlap).
   */
  annotations: { x: number; y: number; index: number; number: number; label: string; description?: string; time: number }[];
  /** NPS → pixel y. */
  y(nps: number): number;
}

export const MARGIN = { left: 46, right: 18, top: 16, bottom: 26 };

/** Distance (px) between the centres of two annotation badges on one row (radius 7.5 each, and a gap). */
export const BADGE_GAP = 17;
/** Rows of annotation badges before they may overlap (events a few pixels apart, many times over). */
const BADGE_ROWS = 3;

/** Height of the NPS plot for a width (the chart keeps a calm aspect ratio). */
export const plotHeightFor = (width: number): number => Math.round(Math.min(320, Math.max(180, width * 0.4)));

export function layout(input: LayoutInput): Geometry {
  const { agg, figures, visible, active, from, to, width } = input;
  const plotH = plotHeightFor(width);
  const compH = input.composition ? Math.round(Math.min(110, Math.max(64, plotH * 0.34))) : 0;
  const compGap = compH ? 22 : 0;
  const plot: Box = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(40, width - MARGIN.left - MARGIN.right),
    height: plotH,
  };
  const comp: Box | undefined = compH ? { left: plot.left, top: plot.top + plotH + compGap, width: plot.width, height: compH } : undefined;
  const height = plot.top + plotH + compGap + compH + MARGIN.bottom;

  // x: time of the range → pixels
  const t0 = agg.length ? periodStart(agg, from) : 0;
  const t1 = agg.length ? periodStart(agg, to + 1) : DAY_MS;
  const kx = plot.width / Math.max(1, t1 - t0);
  const count = Math.max(0, to - from + 1);
  const xs = new Float64Array(count);
  for (let i = 0; i < count; i++) xs[i] = plot.left + (periodMid(agg, from + i) - t0) * kx;
  const step = count ? Math.max(0.5, plot.width / count) : plot.width;

  // y: every visible series in range, the active band, target and benchmark
  let lo = Infinity;
  let hi = -Infinity;
  figures.forEach((f, s) => {
    if (!visible[s]) return;
    const band = s === active;
    for (let i = from; i <= to; i++) {
      const v = f.nps[i]!;
      if (Number.isNaN(v)) continue;
      const m = band ? f.moe[i]! : 0;
      if (v - m < lo) lo = v - m;
      if (v + m > hi) hi = v + m;
    }
  });
  for (const ref of [input.target, input.benchmark]) {
    if (ref === undefined) continue;
    lo = Math.min(lo, ref);
    hi = Math.max(hi, ref);
  }
  if (!(hi >= lo)) {
    lo = -100;
    hi = 100;
  }
  const pad = Math.max(4, (hi - lo) * 0.08);
  const ys = scaleLinear()
    .domain([Math.max(-100, lo - pad), Math.min(100, hi + pad)])
    .range([plot.top + plot.height, plot.top])
    .nice(Math.max(3, Math.round(plot.height / 48)));
  const [yMin, yMax] = ys.domain() as [number, number];
  const ticks = ys.ticks(Math.max(3, Math.round(plot.height / 48)));
  // y = a + b · NPS (a plain linear map: called for every drawn point)
  const b = (ys(yMax) - ys(yMin)) / (yMax - yMin || 1);
  const a = ys(yMin) - b * yMin;
  const y = (v: number) => a + b * (v < yMin ? yMin : v > yMax ? yMax : v);

  const xScale = scaleUtc().domain([t0, t1]).range([plot.left, plot.left + plot.width]);
  const tickCount = Math.max(2, Math.floor(plot.width / 84));
  // few coarse periods: one labelled tick per period ("Q1 2026"); else calendar ticks
  const perPeriod = agg.interval !== 'day' && count > 0 && count <= Math.floor(plot.width / 72);
  const xTicks = perPeriod
    ? Array.from({ length: count }, (_, i) => ({ time: periodStart(agg, from + i), x: xs[i]!, index: from + i }))
    : xScale
        .ticks(tickCount)
        // not the end of the last period: a tick there ("Jan 26" after December) names a period the data does not have
        .filter((d) => d.getTime() < t1)
        .map((d) => ({ time: d.getTime(), x: xScale(d) }));
  const tickKind: TickKind = perPeriod
    ? 'period'
    : xTicks.every((t) => isYearStart(t.time))
      ? 'year'
      : xTicks.every((t) => new Date(t.time).getUTCDate() === 1)
        ? 'month'
        : 'day';

  const annotations: Geometry['annotations'] = [];
  // right edge of the last badge on each row
  const rowEnds = Array.from({ length: BADGE_ROWS }, () => -Infinity);
  input.annotations
    .filter((a) => a.time >= t0 && a.time < t1)
    .sort((a, b) => a.time - b.time)
    .forEach((a, n) => {
      const x = plot.left + (a.time - t0) * kx;
      let row = rowEnds.findIndex((end) => x - end >= BADGE_GAP);
      if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = x;
      annotations.push({
        x,
        y: plot.top + 1 + row * BADGE_GAP,
        index: indexAt({ xs, from }, x) ?? from,
        number: n + 1,
        label: a.label,
        description: a.description,
        time: a.time,
      });
    });

  return {
    width,
    height,
    plot,
    comp,
    xs,
    from,
    to,
    step,
    yMin,
    yMax,
    yTicks: ticks.map((value) => ({ value, y: ys(value) })),
    xTicks,
    tickKind,
    target: input.target !== undefined ? { value: input.target, y: y(input.target) } : undefined,
    benchmark: input.benchmark !== undefined ? { value: input.benchmark, y: y(input.benchmark) } : undefined,
    annotations,
    y,
  };
}

function isYearStart(t: number): boolean {
  const d = new Date(t);
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
}

/** Estimated advance (px) of one character of the 11 px axis labels; on the wide side, so that estimates err towards room. */
export const LABEL_CHAR_PX = 6.5;

/**
 * How each x-axis label is anchored, or `undefined` to leave it out: a label
 * near the right edge is anchored at its end (it would be cut off), and going
 * from left to right a label that would touch the previous one is left out
 * (widths estimated from the text: no DOM measuring).
 */
export function tickAnchors(ticks: readonly { x: number }[], labels: readonly string[], right: number): ('middle' | 'end' | undefined)[] {
  let shownRight = -Infinity;
  return ticks.map((t, i) => {
    const w = (labels[i]?.length ?? 0) * LABEL_CHAR_PX;
    const anchor = t.x > right - 16 ? 'end' : 'middle';
    const left = anchor === 'end' ? t.x - w : t.x - w / 2;
    if (left < shownRight + 4) return undefined;
    shownRight = anchor === 'end' ? t.x : t.x + w / 2;
    return anchor;
  });
}

/** The axis index of the period nearest to pixel x (binary search over the period middles). */
export function indexAt(g: Pick<Geometry, 'xs' | 'from'>, px: number): number | undefined {
  const xs = g.xs;
  if (!xs.length) return undefined;
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < px) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && Math.abs(xs[lo - 1]! - px) <= Math.abs(xs[lo]! - px)) lo--;
  return g.from + lo;
}

export type RangePreset = 'all' | '5y' | '2y' | '1y' | '6m' | '3m' | '1m';

/** Calendar months a preset goes back ("Last 6 months"); `1m` is "Last 30 days". */
export const RANGE_MONTHS: Readonly<Record<Exclude<RangePreset, 'all' | '1m'>, number>> = { '5y': 60, '2y': 24, '1y': 12, '6m': 6, '3m': 3 };

/**
 * The first instant a preset covers, for a range that ends at `end` (exclusive):
 * the same day `n` calendar months earlier (the last day of that month when it
 * is shorter), so that "Last 3 months" of monthly data is three months, not the
 * two that 91 days would give; `1m` is 30 days.
 */
export function rangeStart(end: number, preset: Exclude<RangePreset, 'all'>): number {
  if (preset === '1m') return end - 30 * DAY_MS;
  const d = new Date(end);
  const month = d.getUTCMonth() - RANGE_MONTHS[preset];
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
  // period starts are midnight UTC: the date is enough
  return Date.UTC(d.getUTCFullYear(), month, Math.min(d.getUTCDate(), lastDay));
}

/** The axis indices a preset covers: the periods that start within the preset's span up to the end of the last period. */
export function rangeFor(agg: Aggregation, preset: RangePreset): { from: number; to: number } {
  const to = Math.max(0, agg.length - 1);
  if (preset === 'all' || !agg.length) return { from: 0, to };
  const since = rangeStart(periodStart(agg, agg.length), preset);
  // the first period that starts at or after `since` (period starts grow with the index)
  let lo = 0;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (periodStart(agg, mid) >= since) hi = mid;
    else lo = mid + 1;
  }
  return { from: lo, to };
}

/** Presets that show something different from "all" and at least two periods. */
export function usefulPresets(agg: Aggregation): RangePreset[] {
  const out: RangePreset[] = ['all'];
  for (const p of ['5y', '2y', '1y', '6m', '3m', '1m'] as const) {
    const r = rangeFor(agg, p);
    if (r.from > 0 && r.to - r.from >= 1) out.push(p);
  }
  return out;
}

/**
 * Where the tooltip goes so that it never covers the point it describes: to
 * the right of the point, else to its left, else above, else below (clamped
 * into the bounds horizontally). `size` is the tooltip's size.
 */
export function placeTooltip(
  anchor: { x: number; y: number },
  size: { width: number; height: number },
  bounds: { width: number; height: number },
  gap = 12,
): { left: number; top: number; side: 'right' | 'left' | 'above' | 'below' } {
  const clampY = (t: number) => Math.max(0, Math.min(bounds.height - size.height, t));
  const clampX = (l: number) => Math.max(0, Math.min(bounds.width - size.width, l));
  const top = clampY(anchor.y - size.height / 2);
  if (anchor.x + gap + size.width <= bounds.width) return { left: anchor.x + gap, top, side: 'right' };
  if (anchor.x - gap - size.width >= 0) return { left: anchor.x - gap - size.width, top, side: 'left' };
  const left = clampX(anchor.x - size.width / 2);
  if (anchor.y - gap - size.height >= 0) return { left, top: anchor.y - gap - size.height, side: 'above' };
  return { left, top: anchor.y + gap, side: 'below' };
}
