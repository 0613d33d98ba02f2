import { z } from '../zod.js';
import { Id, Label } from './common.js';

/** One event in XES naming. Unknown attributes are tolerated and dropped. */
export const LogEvent = z.object({
  'case:concept:name': Id,
  'concept:name': Label,
  'time:timestamp': z.iso.datetime({ offset: true }),
  'org:resource': z.optional(z.string()),
  'lifecycle:transition': z.optional(z.string()),
  'case:channel': z.optional(z.string()),
  'org:group': z.optional(z.string()),
});

/** GET /v1/eventlogs/{id}: the raw events of a process (one row per event). */
export const EventLog = z.object({
  id: Id,
  name: Label,
  events: z.array(LogEvent),
});

export type LogEvent = z.infer<typeof LogEvent>;
export type EventLog = z.infer<typeof EventLog>;
