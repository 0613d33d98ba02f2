import { z } from '../zod.js';
import { Count, Id, IsoDate, Label, Text } from './common.js';

export const InsightStatus = z.enum(['new', 'planned', 'in-progress', 'done', 'rejected']);
export const InsightKind = z.enum(['pain-point', 'idea', 'requirement', 'case']);

export const StatusChange = z.object({ status: InsightStatus, date: IsoDate, by: z.optional(Label) });

export const Insight = z.object({
  id: Id,
  title: Label,
  description: z.optional(Text),
  kind: InsightKind,
  category: z.optional(Label),
  /** Effort to resolve, on the list's difficulty scale (default 1–5). */
  difficulty: z.optional(z.number()),
  /** Benefit for customers and company, on the impact scale (default 1–5). */
  impact: z.optional(z.number()),
  /** Affected customers (or frequency) per year. */
  reach: z.optional(Count),
  status: InsightStatus,
  owner: z.optional(Label),
  journeyId: z.optional(Id),
  touchpointIds: z.optional(z.array(Id)),
  stageIds: z.optional(z.array(Id)),
  history: z.optional(z.array(StatusChange)),
  updatedAt: z.optional(IsoDate),
  /** Optimistic-concurrency version; a PATCH with an old version answers 409. */
  version: z.optional(z.int()),
});

export const Scale = z.object({
  min: z.number(),
  max: z.number(),
  label: z.optional(Label),
  /** Ratings snap to multiples of `step` from `min` (default: 1, or 0.5 when the ratings use halves). */
  step: z.optional(z.number().check(z.positive())),
});

/** GET /v1/insights: the insights of a tenant, optionally for one journey. */
export const InsightList = z.object({
  items: z.array(Insight),
  scales: z.optional(z.object({ difficulty: z.optional(Scale), impact: z.optional(Scale) })),
  /** True when the API accepts PATCH /v1/insights/{id}. */
  editable: z.optional(z.boolean()),
});

/** PATCH /v1/insights/{id}: the fields a widget may change. */
export const InsightPatch = z.object({
  difficulty: z.optional(z.number()),
  impact: z.optional(z.number()),
  status: z.optional(InsightStatus),
  version: z.optional(z.int()),
});

export type InsightStatus = z.infer<typeof InsightStatus>;
export type InsightKind = z.infer<typeof InsightKind>;
export type StatusChange = z.infer<typeof StatusChange>;
export type Insight = z.infer<typeof Insight>;
export type Scale = z.infer<typeof Scale>;
export type InsightList = z.infer<typeof InsightList>;
export type InsightPatch = z.infer<typeof InsightPatch>;
