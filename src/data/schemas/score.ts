import { z } from '../zod.js';
import { Audit, CesCounts, CsatCounts, Id, IsoDate, Label, NpsCounts, Target } from './common.js';

/** One period of a score series; a period may carry several metrics. */
export const ScorePeriod = z.object({
  start: IsoDate,
  end: z.optional(IsoDate),
  label: z.optional(Label),
  nps: z.optional(NpsCounts),
  csat: z.optional(CsatCounts),
  ces: z.optional(CesCounts),
});

/** GET /v1/scores/{id}: the KPI of one touchpoint or journey over periods (oldest first). */
export const ScoreSeries = z.object({
  id: Id,
  name: Label,
  touchpointId: z.optional(Id),
  journeyId: z.optional(Id),
  periods: z.array(ScorePeriod).check(z.maxLength(520)),
  targets: z.optional(z.array(Target)),
  audits: z.optional(z.array(Audit)),
});

export type ScorePeriod = z.infer<typeof ScorePeriod>;
export type ScoreSeries = z.infer<typeof ScoreSeries>;
