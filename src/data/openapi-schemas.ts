/** Schemas of the API that no widget reads: resource lists and error bodies (documented in docs/openapi.json). */
import { z } from './zod.js';
import { Id, Label } from './schemas/common.js';
import { Insight } from './schemas/insight.js';
import { Interval } from './schemas/nps.js';

/** GET /v1/scores, /v1/nps, /v1/eventlogs: the resources a tenant has (ids for the item endpoints). */
export const ResourceIndex = z.object({
  items: z.array(
    z.object({
      id: Id,
      name: Label,
      journeyId: z.optional(Id),
      touchpointId: z.optional(Id),
      interval: z.optional(Interval),
      href: z.optional(z.string()),
    }),
  ),
});
export type ResourceIndex = z.infer<typeof ResourceIndex>;

/** Every error answer: a readable message, and for 422 the failing paths. */
export const ApiError = z.object({
  error: z.string(),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

/** 409 on PATCH: the version sent is stale; `current` is the insight as stored now. */
export const VersionConflict = z.object({ error: z.string(), current: Insight });

