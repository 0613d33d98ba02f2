import type { Metric, Voc } from '../data/schemas/common.js';
import { npsFromCounts } from './nps.js';
import { cesFromCounts, csatFromCounts } from './rating.js';

/** The figure of one metric, whatever its kind, in a shape every widget can show. */
export interface MetricValue {
  metric: Metric;
  /** NPS points, or the mean rating for CSAT/CES. */
  value: number;
  n: number;
  se: number;
  moe: number;
  small: boolean;
}

export const METRIC_SCALE: Record<Metric, { min: number; max: number }> = {
  nps: { min: -100, max: 100 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

/** The chosen metric of a VoC block, or `undefined` when the data lacks it or has no answers. */
export function metricValue(voc: Voc | undefined, metric: Metric): MetricValue | undefined {
  if (!voc) return undefined;
  if (metric === 'nps') {
    const r = voc.nps && npsFromCounts(voc.nps);
    return r && { metric, value: r.nps, n: r.n, se: r.se, moe: r.moe, small: r.small };
  }
  const counts = metric === 'csat' ? voc.csat?.counts : voc.ces?.counts;
  const r = counts && (metric === 'csat' ? csatFromCounts(counts) : cesFromCounts(counts));
  return r && { metric, value: r.mean, n: r.n, se: r.se, moe: r.moe, small: r.small };
}
