import type { Metric, Sentiment, Target, Voc } from '../../data/schemas/common.js';
import type { Process, Touchpoint } from '../../data/schemas/journey.js';
import { metricValue, type MetricValue } from '../../stats/index.js';

export type Overlay = 'voc' | 'process' | 'target';
export const OVERLAYS: readonly Overlay[] = ['voc', 'process', 'target'];
export const METRICS: readonly Metric[] = ['nps', 'csat', 'ces'];

/** Verbal band of a score, shown as colour AND as text/icon. */
export type Tone = 'good' | 'warn' | 'bad' | 'none';
export type TargetStatus = 'met' | 'risk' | 'missed' | 'none';

/**
 * Score bands per metric: a value below `bad` is poor, from `good` up it is
 * good, in between fair. NPS in points, CSAT mean on 1…5, CES mean on 1…7.
 */
export const SCORE_BANDS: Readonly<Record<Metric, { bad: number; good: number }>> = {
  nps: { bad: 0, good: 30 },
  csat: { bad: 3.5, good: 4.2 },
  ces: { bad: 4.5, good: 5.5 },
};

/** Digits a metric is shown with: NPS in whole points, ratings with one decimal. */
export const METRIC_DIGITS: Readonly<Record<Metric, number>> = { nps: 0, csat: 1, ces: 1 };

export function scoreTone(score: MetricValue | undefined): Tone {
  if (!score || !Number.isFinite(score.value)) return 'none';
  const band = SCORE_BANDS[score.metric];
  return score.value < band.bad ? 'bad' : score.value < band.good ? 'warn' : 'good';
}

/** A value against its target: below the target = missed; below `warnBelow` (above the target) = at risk. */
export function targetStatus(value: number | undefined, target: Target): TargetStatus {
  if (value === undefined || !Number.isFinite(value) || !Number.isFinite(target.value)) return 'none';
  if (value < target.value) return 'missed';
  if (target.warnBelow !== undefined && value < target.warnBelow) return 'risk';
  return 'met';
}

export interface SentimentShare {
  n: number;
  positive: number;
  neutral: number;
  negative: number;
}

/** Sentiment counts as shares; undefined without answers. */
export function sentimentShare(s: Sentiment | undefined): SentimentShare | undefined {
  if (!s) return undefined;
  const n = s.positive + s.neutral + s.negative;
  if (!(n > 0)) return undefined;
  return { n, positive: s.positive / n, neutral: s.neutral / n, negative: s.negative / n };
}

export interface TargetCheck {
  metric: Metric;
  target: number;
  warnBelow?: number;
  value?: number;
  n?: number;
  status: TargetStatus;
}

/** The figures one touchpoint shows for the chosen metric and segment. */
export interface Figures {
  /** The segment the figures come from; undefined = all customers. */
  segmentId?: string;
  /** A segment is chosen but the touchpoint has no figures for it. */
  segmentMissing: boolean;
  voc?: Voc;
  process?: Process;
  emotion?: number;
  scores: Readonly<Record<Metric, MetricValue | undefined>>;
  /** The score of the chosen metric. */
  score?: MetricValue;
  tone: Tone;
  sentiment?: SentimentShare;
  target?: TargetCheck;
}

/**
 * Figures of a touchpoint for a metric and, optionally, a segment. A segment's
 * VoC and process figures replace the touchpoint's; when the segment has none,
 * there are none (never the all-customer figures in disguise). The emotional
 * rating falls back to the touchpoint's, as it is usually rated per journey.
 */
export function figuresOf(tp: Touchpoint, metric: Metric, segmentId?: string): Figures {
  const seg = segmentId ? tp.segments?.find((s) => s.segmentId === segmentId) : undefined;
  const useSegment = segmentId !== undefined && segmentId !== '';
  const voc = useSegment ? seg?.voc : tp.voc;
  const process = useSegment ? seg?.process : tp.process;
  const emotion = (useSegment ? seg?.emotion : undefined) ?? tp.emotion;
  const scores = {
    nps: metricValue(voc, 'nps'),
    csat: metricValue(voc, 'csat'),
    ces: metricValue(voc, 'ces'),
  };
  const score = scores[metric];
  let target: TargetCheck | undefined;
  if (tp.target) {
    const s = scores[tp.target.metric];
    target = {
      metric: tp.target.metric,
      target: tp.target.value,
      ...(tp.target.warnBelow !== undefined ? { warnBelow: tp.target.warnBelow } : {}),
      ...(s ? { value: s.value, n: s.n } : {}),
      status: targetStatus(s?.value, tp.target),
    };
  }
  return {
    ...(useSegment ? { segmentId } : {}),
    segmentMissing: useSegment && !seg,
    voc,
    process,
    emotion,
    scores,
    score,
    tone: scoreTone(score),
    sentiment: sentimentShare(voc?.sentiment),
    target,
  };
}

/** Detail of `cx-threshold`. */
export interface ThresholdDetail {
  touchpointId: string;
  name: string;
  metric: Metric;
  value: number;
  target: number;
}

/** Touchpoints whose overall figure is below their target (the closed-loop signals of one data load). */
export function thresholdBreaches(touchpoints: readonly Touchpoint[]): ThresholdDetail[] {
  const out: ThresholdDetail[] = [];
  for (const tp of touchpoints) {
    if (!tp.target) continue;
    const s = metricValue(tp.voc, tp.target.metric);
    if (s && targetStatus(s.value, tp.target) === 'missed') {
      out.push({ touchpointId: tp.id, name: tp.name, metric: tp.target.metric, value: s.value, target: tp.target.value });
    }
  }
  return out;
}

/** The touchpoint with the lowest score of a metric (first one on ties); undefined when none has answers. */
export function lowestScore(
  touchpoints: readonly Touchpoint[],
  metric: Metric,
  segmentId?: string,
): { touchpoint: Touchpoint; score: MetricValue } | undefined {
  let best: { touchpoint: Touchpoint; score: MetricValue } | undefined;
  for (const tp of touchpoints) {
    const score = figuresOf(tp, metric, segmentId).score;
    if (score && Number.isFinite(score.value) && (!best || score.value < best.score.value)) best = { touchpoint: tp, score };
  }
  return best;
}

/** Plain-data figures for event details (no class instances, no functions). */
export function plainFigures(f: Figures, metric: Metric) {
  const plain = (s: MetricValue | undefined) => s && { value: s.value, n: s.n, moe: s.moe, small: s.small };
  return {
    metric,
    ...(f.segmentId ? { segmentId: f.segmentId } : {}),
    nps: plain(f.scores.nps),
    csat: plain(f.scores.csat),
    ces: plain(f.scores.ces),
    emotion: f.emotion,
    sentiment: f.sentiment && { ...f.sentiment },
    process: f.process && { ...f.process },
    target: f.target && { ...f.target },
  };
}
export type PlainFigures = ReturnType<typeof plainFigures>;
