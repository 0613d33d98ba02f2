import { z } from '../../data/zod.js';
import { NpsPoint, NpsSeriesItem, NpsTrend } from '../../data/schemas/nps.js';

/**
 * The widget reads the NpsTrend contract with one tolerance: a negative count
 * (a broken export) does not reject the whole trend; that point is left out
 * and reported with `cx-error` (see aggregate.ts). Everything else is the
 * contract as it is.
 */
const LenientPoint = z.extend(NpsPoint, { promoters: z.int(), passives: z.int(), detractors: z.int() });
const LenientSeries = z.extend(NpsSeriesItem, { points: z.array(LenientPoint) });
export const LenientNpsTrend = z.extend(NpsTrend, { series: z.array(LenientSeries).check(z.maxLength(8)) });

export type LenientNpsTrend = z.infer<typeof LenientNpsTrend>;
