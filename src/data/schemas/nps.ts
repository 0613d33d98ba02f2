import { z } from '../zod.js';
import { Count, Id, IsoDate, Label, Text } from './common.js';

export const Interval = z.enum(['day', 'week', 'month', 'quarter']);

/** Raw answer counts of one period, dated by the period's first day. */
export const NpsPoint = z.object({
  date: IsoDate,
  promoters: Count,
  passives: Count,
  detractors: Count,
});

export const NpsSeriesItem = z.object({
  id: Id,
  name: Label,
  points: z.array(NpsPoint),
});

export const Annotation = z.object({ date: IsoDate, label: Label, description: z.optional(Text) });

/** GET /v1/nps/{id}: NPS counts over time per segment or touchpoint. */
export const NpsTrend = z.object({
  id: Id,
  name: Label,
  /** The granularity of the points as delivered. */
  interval: Interval,
  target: z.optional(z.number().check(z.minimum(-100), z.maximum(100))),
  benchmark: z.optional(
    z.object({ value: z.number().check(z.minimum(-100), z.maximum(100)), label: z.optional(Label) }),
  ),
  annotations: z.optional(z.array(Annotation)),
  series: z.array(NpsSeriesItem).check(z.maxLength(8)),
});

export type Interval = z.infer<typeof Interval>;
export type NpsPoint = z.infer<typeof NpsPoint>;
export type NpsSeriesItem = z.infer<typeof NpsSeriesItem>;
export type Annotation = z.infer<typeof Annotation>;
export type NpsTrend = z.infer<typeof NpsTrend>;
