import { z } from '../zod.js';

/** A non-empty identifier (ids are compared as strings). */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));

/** Free text shown to users; always rendered as text, never as markup. */
export const Text = z.string().check(z.maxLength(5000));

/** A label: short user text. */
export const Label = z.string().check(z.minLength(1), z.maxLength(500));

/** A whole, non-negative number of responses, cases or events. */
export const Count = z.int().check(z.minimum(0));

/** A share between 0 and 1 (0.25 = 25 %). */
export const Share = z.number().check(z.minimum(0), z.maximum(1));

/** A non-negative duration in hours. */
export const Hours = z.number().check(z.minimum(0));

/** An ISO 8601 date (`2026-03-01`) or date-time with offset (`2026-03-01T08:00:00+01:00`). */
export const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const Metric = z.enum(['nps', 'csat', 'ces']);

/** Raw NPS answer counts: promoters (9–10), passives (7–8), detractors (0–6). */
export const NpsCounts = z.object({
  promoters: Count,
  passives: Count,
  detractors: Count,
});

/** CSAT answers per rating 1…5 (`counts[0]` = number of 1s). */
export const CsatCounts = z.object({ counts: z.array(Count).check(z.length(5)) });

/** CES answers per rating 1…7 (`counts[0]` = number of 1s, 7 = very easy). */
export const CesCounts = z.object({ counts: z.array(Count).check(z.length(7)) });

export const Sentiment = z.object({ positive: Count, neutral: Count, negative: Count });

export const Verbatim = z.object({
  text: Text,
  score: z.optional(z.number().check(z.minimum(0), z.maximum(10))),
  date: z.optional(IsoDate),
  channel: z.optional(Label),
});

/** Voice-of-Customer figures, always as counts so that statistics stay honest. */
export const Voc = z.object({
  nps: z.optional(NpsCounts),
  csat: z.optional(CsatCounts),
  ces: z.optional(CesCounts),
  sentiment: z.optional(Sentiment),
  verbatims: z.optional(z.array(Verbatim)),
});

/** A target for one metric; `warnBelow` marks the "at risk" zone above the target. */
export const Target = z.object({
  metric: Metric,
  value: z.number(),
  warnBelow: z.optional(z.number()),
});

/** An internal audit (mystery shopping, expert review) of the same metric: the inside view. */
export const Audit = z.object({
  metric: Metric,
  value: z.number(),
  date: z.optional(IsoDate),
  note: z.optional(Text),
});

export type NpsCounts = z.infer<typeof NpsCounts>;
export type CsatCounts = z.infer<typeof CsatCounts>;
export type CesCounts = z.infer<typeof CesCounts>;
export type Sentiment = z.infer<typeof Sentiment>;
export type Verbatim = z.infer<typeof Verbatim>;
export type Voc = z.infer<typeof Voc>;
export type Target = z.infer<typeof Target>;
export type Audit = z.infer<typeof Audit>;
export type Metric = z.infer<typeof Metric>;
