import { z } from '../zod.js';
import { Id, IsoDate, Text } from './common.js';

/**
 * One new survey answer, as sent on GET /v1/live/feedback (text/event-stream,
 * `event: feedback`, `id:` = the event id) or, for polling, as JSON items.
 */
export const FeedbackEvent = z.object({
  id: Id,
  time: IsoDate,
  journeyId: z.optional(Id),
  touchpointId: z.optional(Id),
  /** NPS series / segment the answer belongs to. */
  seriesId: z.optional(Id),
  /** The 0–10 answer to "How likely are you to recommend …?". */
  score: z.int().check(z.minimum(0), z.maximum(10)),
  text: z.optional(Text),
});

/** GET /v1/live/feedback?since={id} with Accept: application/json (polling fallback). */
export const FeedbackBatch = z.object({ items: z.array(FeedbackEvent) });

export type FeedbackEvent = z.infer<typeof FeedbackEvent>;
export type FeedbackBatch = z.infer<typeof FeedbackBatch>;
