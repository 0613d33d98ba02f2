import { z } from '../../data/zod.js';
import { IsoDate, Label } from '../../data/schemas/common.js';
import { Insight, InsightList, StatusChange } from '../../data/schemas/insight.js';

/**
 * The widget reads the InsightList contract with two tolerances, so one bad
 * insight does not reject the whole list: a status it does not know (a newer
 * API, a typo) lists that insight with a clear message, and a negative `reach`
 * (a broken export) is reported and treated as unknown (see `prepare`).
 * Everything else is the contract as it is.
 */
const LenientChange = z.extend(StatusChange, { status: z.string(), date: IsoDate, by: z.optional(Label) });
export const LenientInsight = z.extend(Insight, { status: z.string(), reach: z.optional(z.int()), history: z.optional(z.array(LenientChange)) });
export const LenientInsightList = z.extend(InsightList, { items: z.array(LenientInsight) });

export type LenientInsight = z.infer<typeof LenientInsight>;
export type LenientInsightList = z.infer<typeof LenientInsightList>;
