import { z } from '../../data/zod.js';
import { IsoDate, Label } from '../../data/schemas/common.js';
import { Insight, InsightList, StatusChange } from '../../data/schemas/insight.js';

/**
 * The widget reads the InsightList contract with one tolerance: a status it
 * does not know (a newer API, a typo) does not reject the whole list; that
 * insight is listed with a clear message instead (see `prepare`).
 */
const LenientChange = z.extend(StatusChange, { status: z.string(), date: IsoDate, by: z.optional(Label) });
export const LenientInsight = z.extend(Insight, { status: z.string(), history: z.optional(z.array(LenientChange)) });
export const LenientInsightList = z.extend(InsightList, { items: z.array(LenientInsight) });

export type LenientInsight = z.infer<typeof LenientInsight>;
export type LenientInsightList = z.infer<typeof LenientInsightList>;
