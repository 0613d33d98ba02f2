import { z } from '../zod.js';
import { Audit, Count, Hours, Id, Label, Share, Target, Text, Voc } from './common.js';

export const LaneKind = z.enum(['customer', 'frontstage', 'backstage', 'system', 'department']);

export const Stage = z.object({ id: Id, name: Label, description: z.optional(Text) });

export const Lane = z.object({ id: Id, name: Label, kind: LaneKind });

/** Process figures of a touchpoint, mined from event logs or service systems. */
export const Process = z.object({
  /** Cases or transactions that passed the touchpoint in the period. */
  volume: z.optional(Count),
  /** Share of cases that end here without reaching the next touchpoint. */
  dropOff: z.optional(Share),
  /** Share of cases that breached the touchpoint's service level. */
  slaBreachShare: z.optional(Share),
  /** The service level in hours. */
  slaHours: z.optional(Hours),
});

/** The figures of one segment or persona for a touchpoint. */
export const SegmentFigures = z.object({
  segmentId: Id,
  voc: z.optional(Voc),
  process: z.optional(Process),
  emotion: z.optional(z.number().check(z.minimum(-2), z.maximum(2))),
});

export const Touchpoint = z.object({
  id: Id,
  stageId: Id,
  laneId: Id,
  name: Label,
  description: z.optional(Text),
  /** web, app, phone, email, letter, branch, chat, field, system … */
  channel: z.optional(Label),
  /** The owning department, team or system. */
  owner: z.optional(Label),
  /** Emotional rating −2 (very negative) … +2 (very positive). */
  emotion: z.optional(z.number().check(z.minimum(-2), z.maximum(2))),
  expectation: z.optional(Text),
  momentThatMatters: z.optional(z.boolean()),
  /** Description of the pain point; present = this touchpoint is a pain point. */
  painPoint: z.optional(Text),
  voc: z.optional(Voc),
  process: z.optional(Process),
  target: z.optional(Target),
  audit: z.optional(Audit),
  segments: z.optional(z.array(SegmentFigures)),
  insightIds: z.optional(z.array(Id)),
});

/** A directly-follows step between two touchpoints. */
export const Transition = z.object({
  from: Id,
  to: Id,
  volume: z.optional(Count),
  medianHours: z.optional(Hours),
  p90Hours: z.optional(Hours),
  /** True when responsibility passes to another department or system. */
  handover: z.optional(z.boolean()),
  /** Waiting time at the hand-over in hours (median). */
  waitingHours: z.optional(Hours),
});

export const Segment = z.object({
  id: Id,
  name: Label,
  kind: z.optional(z.enum(['segment', 'persona'])),
  description: z.optional(Text),
});

/** A short reference to an insight, for the details of a touchpoint. */
export const InsightRef = z.object({
  id: Id,
  title: Label,
  status: z.optional(z.string()),
});

export const Journey = z.object({
  id: Id,
  name: Label,
  description: z.optional(Text),
  period: z.optional(z.object({ start: z.string(), end: z.string() })),
  stages: z.array(Stage),
  lanes: z.array(Lane),
  touchpoints: z.array(Touchpoint),
  transitions: z.optional(z.array(Transition)),
  segments: z.optional(z.array(Segment)),
  insights: z.optional(z.array(InsightRef)),
});

/** GET /v1/journeys: the journeys a tenant has. */
export const JourneyIndex = z.object({
  items: z.array(z.object({ id: Id, name: Label, description: z.optional(Text), href: z.optional(z.string()) })),
});

export type LaneKind = z.infer<typeof LaneKind>;
export type Stage = z.infer<typeof Stage>;
export type Lane = z.infer<typeof Lane>;
export type Process = z.infer<typeof Process>;
export type SegmentFigures = z.infer<typeof SegmentFigures>;
export type Touchpoint = z.infer<typeof Touchpoint>;
export type Transition = z.infer<typeof Transition>;
export type Segment = z.infer<typeof Segment>;
export type InsightRef = z.infer<typeof InsightRef>;
export type Journey = z.infer<typeof Journey>;
export type JourneyIndex = z.infer<typeof JourneyIndex>;
