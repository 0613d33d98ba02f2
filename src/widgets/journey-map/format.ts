import type { Formatter } from '../../core/format.js';
import type { Translate } from '../../core/i18n.js';
import type { Metric } from '../../data/schemas/common.js';
import { METRIC_DIGITS, type SentimentShare, type TargetStatus } from './figures.js';

/** What the render helpers need from the element. */
export interface ViewContext {
  t: Translate;
  fmt: Formatter;
}

/** A score in its metric's unit: NPS in whole points, ratings with one decimal; '–' when missing. */
export function scoreText(fmt: Formatter, metric: Metric, value: number | undefined): string {
  return fmt.number(value, METRIC_DIGITS[metric]);
}

export function metricLabel(t: Translate, metric: Metric): string {
  return t(metric);
}

export function statusText(t: Translate, status: TargetStatus): string {
  return t(status === 'none' ? 'noTarget' : status);
}

/** The lane's kind under its name, or nothing when it only repeats the name ("Customer" / "Customer"). */
export function laneKindText(name: string, kindLabel: string): string {
  return name.trim().toLocaleLowerCase() === kindLabel.trim().toLocaleLowerCase() ? '' : kindLabel;
}

export type SentimentKind = 'positive' | 'neutral' | 'negative';

const SHARE_KEYS: Readonly<Record<SentimentKind, string>> = { positive: 'sharePositive', neutral: 'shareNeutral', negative: 'shareNegative' };

/**
 * One sentiment share with what it is: "56% positive" / "56 % positiv" (the
 * built-in strings keep figure and word together with a no-break space).
 * Never with a sign: "+56 %" reads as a change against an earlier period.
 */
export function shareText(ctx: ViewContext, kind: SentimentKind, share: number): string {
  return ctx.t(SHARE_KEYS[kind], { value: ctx.fmt.percent(share) });
}

/** The positive and the negative share in one phrase: "56% positive, 21% negative". */
export function sentimentText(ctx: ViewContext, s: SentimentShare): string {
  return ctx.t('sentimentSummary', { positive: shareText(ctx, 'positive', s.positive), negative: shareText(ctx, 'negative', s.negative) });
}
