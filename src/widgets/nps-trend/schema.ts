import { z } from '../../data/zod.js';
import { Annotation, NpsPoint, NpsSeriesItem, NpsTrend } from '../../data/schemas/nps.js';

/**
 * The widget reads the NpsTrend contract with two tolerances: a negative count
 * (a broken export) does not reject the whole trend; that point is left out
 * and reported with `cx-error` (see aggregate.ts). And an annotation whose
 * date is no real date ("2025-02-30") is left out and reported the same way
 * (see `check` in nps-trend.ts) instead of blanking the chart for a note.
 * Everything else is the contract as it is.
 */
const LenientPoint = z.extend(NpsPoint, { promoters: z.int(), passives: z.int(), detractors: z.int() });
const LenientSeries = z.extend(NpsSeriesItem, { points: z.array(LenientPoint) });
const LenientAnnotation = z.extend(Annotation, { date: z.string() });
export const LenientNpsTrend = z.extend(NpsTrend, {
  series: z.array(LenientSeries).check(z.maxLength(8)),
  annotations: z.optional(z.array(LenientAnnotation)),
});

export type LenientNpsTrend = z.infer<typeof LenientNpsTrend>;
