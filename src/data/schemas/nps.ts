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

/** True for an array of whole numbers ≥ 0 (one plain loop: fast for 100,000 values). */
function isCountArray(value: unknown): value is number[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return false;
  }
  return true;
}

const CountArray = z.custom<number[]>(isCountArray, { message: 'expected an array of whole numbers ≥ 0' });

/**
 * Optional compact (columnar) form of a long series, for 10,000+ periods where
 * one object per point is slow to send and to validate. Column `i` holds the
 * counts of the `i`-th consecutive period of the trend's `interval` starting at
 * `start` (period `i` begins `i` days / ISO weeks / months / quarters after
 * `start`, in the UTC calendar). A period whose three counts are all 0 had no
 * answers and is drawn as a gap. The three arrays have the same length.
 *
 * Example: `{ start: '2026-01-01', promoters: [40, 38], passives: [30, 31], detractors: [20, 22] }`
 * is the same as the points of 1 and 2 January 2026 (with `interval: 'day'`).
 */
export const NpsColumns = z
  .object({
    start: IsoDate,
    promoters: CountArray,
    passives: CountArray,
    detractors: CountArray,
  })
  .check(
    z.refine((c) => c.promoters.length === c.passives.length && c.passives.length === c.detractors.length, {
      message: 'promoters, passives and detractors need the same length',
    }),
  );

export const NpsSeriesItem = z.object({
  id: Id,
  name: Label,
  /** One object per period (any order). Send `[]` when the series comes as `columns`. */
  points: z.array(NpsPoint),
  /** Optional: the same kind of counts in compact columnar form (added to `points`). */
  columns: z.optional(NpsColumns),
  /**
   * Optional: ids of the series this one is the total of (e.g. "all customers"
   * = private + business). A live answer to one of them counts here too.
   */
  includes: z.optional(z.array(Id)),
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
export type NpsColumns = z.infer<typeof NpsColumns>;
export type NpsSeriesItem = z.infer<typeof NpsSeriesItem>;
export type Annotation = z.infer<typeof Annotation>;
export type NpsTrend = z.infer<typeof NpsTrend>;
