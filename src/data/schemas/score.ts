import { z } from '../zod.js';
import { Audit, CesCounts, Count, CsatCounts, Id, IsoDate, Label, NpsCounts, Target } from './common.js';

/** Optional `n`: the number of answers the source reports; when given, the counts must add up to it. */
const stated = { n: z.optional(Count) };

/** One period of a score series; a period may carry several metrics. */
export const ScorePeriod = z.object({
  start: IsoDate,
  end: z.optional(IsoDate),
  label: z.optional(Label),
  nps: z.optional(z.extend(NpsCounts, stated)),
  csat: z.optional(z.extend(CsatCounts, stated)),
  ces: z.optional(z.extend(CesCounts, stated)),
});

/** GET /v1/scores/{id}: the KPI of one touchpoint or journey over periods (oldest first). */
export const ScoreSeries = z.object({
  id: Id,
  name: Label,
  touchpointId: z.optional(Id),
  journeyId: z.optional(Id),
  /**
   * How the period figures are given. Only `count` (the default) can be used:
   * statistics need answer counts, so a `percent` payload is shown as an error.
   */
  unit: z.optional(z.enum(['count', 'percent'])),
  periods: z.array(ScorePeriod).check(z.maxLength(520)),
  targets: z.optional(z.array(Target)),
  audits: z.optional(z.array(Audit)),
});

export type ScorePeriod = z.infer<typeof ScorePeriod>;
export type ScoreSeries = z.infer<typeof ScoreSeries>;
