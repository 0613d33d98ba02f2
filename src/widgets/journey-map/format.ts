import type { Formatter } from '../../core/format.js';
import type { Translate } from '../../core/i18n.js';
import type { Metric } from '../../data/schemas/common.js';
import { METRIC_DIGITS, type TargetStatus } from './figures.js';

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
