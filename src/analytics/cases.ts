import type { LogEvent } from '../data/schemas/eventlog.js';
import { timestampMs } from './time.js';

export interface CaseEvent {
  activity: string;
  /** The timestamp exactly as in the log (offset kept). */
  time: string;
  /** Milliseconds since the epoch. */
  ms: number;
  resource?: string;
  group?: string;
  channel?: string;
}

export interface Case {
  id: string;
  events: CaseEvent[];
}

/**
 * Groups events into cases; events of a case are sorted by time (events with the
 * same timestamp keep their order in the log). Cases are ordered by their first
 * event, then by id. Events whose timestamp does not parse are left out.
 */
export function groupCases(events: readonly LogEvent[]): Case[] {
  const byId = new Map<string, { event: CaseEvent; order: number }[]>();
  events.forEach((e, order) => {
    const ms = timestampMs(e['time:timestamp']);
    if (!Number.isFinite(ms)) return;
    const event: CaseEvent = { activity: e['concept:name'], time: e['time:timestamp'], ms };
    if (e['org:resource'] !== undefined) event.resource = e['org:resource'];
    if (e['org:group'] !== undefined) event.group = e['org:group'];
    if (e['case:channel'] !== undefined) event.channel = e['case:channel'];
    const id = e['case:concept:name'];
    let list = byId.get(id);
    if (!list) byId.set(id, (list = []));
    list.push({ event, order });
  });
  const cases: Case[] = [];
  for (const [id, list] of byId) {
    list.sort((a, b) => a.event.ms - b.event.ms || a.order - b.order);
    cases.push({ id, events: list.map((x) => x.event) });
  }
  return cases.sort((a, b) => a.events[0].ms - b.events[0].ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
