import type { Audit, Metric, NpsCounts } from '../../data/schemas/common.js';
import type { ScorePeriod, ScoreSeries } from '../../data/schemas/score.js';
import { type Difference, difference, METRIC_SCALE, metricValue, type MetricValue, ratingFromCounts } from '../../stats/index.js';

/** Where the score stands against its target. */
export type Status = 'met' | 'risk' | 'missed';

/** Something about the data (or the attributes) the card tells its user. */
export interface Issue {
  /** A string key (`noMetric`, `nMismatch`, …) with `values` for its placeholders. */
  code: string;
  /** Where: a payload path (`periods[3].nps.n`) or an attribute name. */
  path: string;
  /** The data or an attribute is wrong (→ `cx-error`), not merely thin. */
  wrong: boolean;
  values?: Record<string, number | string>;
}

/** One period with answers for the metric. */
export interface Point {
  /** Index in the series' `periods`. */
  index: number;
  label: string;
  stat: MetricValue;
  /** CSAT/CES: share of answers in the top two boxes. */
  topTwo?: number;
}

export interface ScoreModel {
  metric: Metric;
  /** Fraction digits of the metric (NPS 1, CSAT 2, CES 1). */
  digits: number;
  current?: Point;
  previous?: Point;
  change?: Difference;
  target?: number;
  warnBelow?: number;
  status?: Status;
  audit?: Audit;
  /** Sparkline values, oldest first (up to 104 periods; `undefined` = no answers). */
  trend: (number | undefined)[];
  /** The periods of `trend`, with their figures, oldest first. */
  rows: { label: string; stat?: MetricValue }[];
  issues: Issue[];
}

export interface ModelOptions {
  /** `target` attribute; overrides the data's target. */
  target?: number | null;
  /** `warn-below` attribute; overrides the data's `warnBelow`. */
  warnBelow?: number | null;
  /** Live answers to add to the newest period's NPS counts. */
  extra?: NpsCounts;
  /** Names a period without a `label` from its start date (default: the ISO date). */
  dateLabel?: (iso: string) => string;
}

export const DIGITS: Record<Metric, number> = { nps: 1, csat: 2, ces: 1 };
/** At most this many periods in the sparkline. */
export const MAX_TREND = 104;

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const inScale = (metric: Metric, v: number) => v >= METRIC_SCALE[metric].min && v <= METRIC_SCALE[metric].max;
const counted = (p: ScorePeriod, metric: Metric): number[] | undefined => {
  const c = p[metric];
  if (!c) return undefined;
  return 'counts' in c ? c.counts : [c.promoters, c.passives, c.detractors];
};

/** Met at or above `warnBelow` (or the target when there is none), at risk between, missed below the target. */
export function statusOf(value: number, target: number, warnBelow?: number): Status {
  if (value < target) return 'missed';
  return warnBelow !== undefined && value < warnBelow ? 'risk' : 'met';
}

/** Adds one live 0–10 answer to NPS counts (9–10 promoter, 7–8 passive, 0–6 detractor). */
export function addAnswer(counts: NpsCounts | undefined, score: number): NpsCounts {
  const c = counts ?? { promoters: 0, passives: 0, detractors: 0 };
  return {
    promoters: c.promoters + (score >= 9 ? 1 : 0),
    passives: c.passives + (score >= 7 && score < 9 ? 1 : 0),
    detractors: c.detractors + (score < 7 ? 1 : 0),
  };
}

/**
 * Everything the card shows, from a validated series: the newest period with
 * answers, its change vs. the one before (z test), the target status, the
 * audit, the trend, and the issues found on the way. No DOM, no formatting.
 */
export function scoreModel(series: ScoreSeries, metric: Metric, options: ModelOptions = {}): ScoreModel {
  const issues: Issue[] = [];
  const digits = DIGITS[metric];
  const { min, max } = METRIC_SCALE[metric];
  const issue = (code: string, path: string, wrong: boolean, values?: Issue['values']) => issues.push({ code, path, wrong, values });

  // Oldest first, as the API promises; otherwise sorted by start (and said so).
  const order = series.periods.map((p, i) => ({ p, i, t: Date.parse(p.start) }));
  if (order.some((o, k) => k > 0 && o.t < order[k - 1]!.t)) {
    issue('order', 'periods', true);
    order.sort((a, b) => a.t - b.t);
  }
  const newest = order[order.length - 1];
  const label = (o: { p: ScorePeriod }) => o.p.label ?? options.dateLabel?.(o.p.start) ?? o.p.start.slice(0, 10);

  let present = false;
  const all = order.map((o) => {
    const counts = counted(o.p, metric);
    const sum = counts?.reduce((a, b) => a + b, 0);
    const n = o.p[metric]?.n;
    present ||= counts !== undefined || (metric === 'nps' && !!options.extra && o === newest);
    if (n !== undefined && n !== sum) issue('nMismatch', `periods[${o.i}].${metric}.n`, true, { n, sum: sum ?? 0 });
    const p = options.extra && o === newest ? { ...o.p, nps: sumCounts(o.p.nps, options.extra) } : o.p;
    return { index: o.i, label: label(o), stat: metricValue(p, metric), sum, topTwo: metric !== 'nps' && counts ? ratingFromCounts(counts)?.topTwo : undefined };
  });

  const withAnswers = all.filter((r): r is typeof r & { stat: MetricValue } => r.stat !== undefined);
  const current = withAnswers[withAnswers.length - 1];
  const previous = withAnswers[withAnswers.length - 2];

  if (series.unit === 'percent') issue('percent', 'unit', true);
  else if (!present) issue('noMetric', 'periods', true, { metric });
  else if (!current) issue('noAnswers', 'periods', false);
  else if (withAnswers.length >= 3 && withAnswers.every((r) => r.sum === 100)) issue('looksPercent', 'periods', true);
  if (current && newest && current.index !== newest.i) issue('latestEmpty', 'periods', false, { p: label(newest), q: current.label });

  // Target: the attributes win over the data's rule for this metric.
  const ruleIndex = series.targets?.findIndex((t) => t.metric === metric) ?? -1;
  const rule = series.targets?.[ruleIndex];
  const fromAttr = finite(options.target);
  let target = fromAttr ? (options.target as number) : rule?.value;
  let warnBelow = finite(options.warnBelow) ? options.warnBelow : fromAttr ? undefined : rule?.warnBelow;
  const where = fromAttr ? 'target' : `targets[${ruleIndex}].value`;
  if (target !== undefined && !inScale(metric, target)) {
    issue('targetScale', where, true, { v: target, min, max });
    target = warnBelow = undefined;
  }
  if (target !== undefined && warnBelow !== undefined && (warnBelow < target || !inScale(metric, warnBelow))) {
    issue('warnBelow', finite(options.warnBelow) ? 'warn-below' : `targets[${ruleIndex}].warnBelow`, true, { w: warnBelow, v: target });
    warnBelow = undefined;
  }

  // The inside view: the newest audit of this metric (undated audits count as oldest).
  let audit: Audit | undefined;
  series.audits?.forEach((a, i) => {
    if (a.metric !== metric) return;
    if (!inScale(metric, a.value)) return void issue('auditScale', `audits[${i}].value`, true, { v: a.value, min, max });
    if (!audit || (Date.parse(a.date ?? '') || -Infinity) >= (Date.parse(audit.date ?? '') || -Infinity)) audit = a;
  });

  const blocked = issues.some((i) => i.code === 'percent');
  const shown = blocked ? undefined : current;
  const recent = all.slice(-MAX_TREND);
  return {
    metric,
    digits,
    current: shown && { index: shown.index, label: shown.label, stat: shown.stat, topTwo: shown.topTwo },
    previous: shown && previous && { index: previous.index, label: previous.label, stat: previous.stat },
    change: shown && previous ? difference(shown.stat, previous.stat) : undefined,
    target,
    warnBelow,
    status: shown && target !== undefined ? statusOf(round(shown.stat.value, digits), target, warnBelow) : undefined,
    audit,
    trend: blocked ? [] : recent.map((r) => r.stat?.value),
    rows: blocked ? [] : recent.map((r) => ({ label: r.label, stat: r.stat })),
    issues,
  };
}

function sumCounts(a: NpsCounts | undefined, b: NpsCounts): NpsCounts {
  return {
    promoters: (a?.promoters ?? 0) + b.promoters,
    passives: (a?.passives ?? 0) + b.passives,
    detractors: (a?.detractors ?? 0) + b.detractors,
  };
}
