import type { LogEvent } from '../data/schemas/eventlog.js';
import { toIsoTimestamp } from './time.js';

/** The XES attributes the kit reads, and the column names commonly used for them in CSV exports. */
export const XES_ALIASES = {
  'case:concept:name': ['case:concept:name', 'case_id', 'case id', 'caseid', 'case'],
  'concept:name': ['concept:name', 'activity', 'activity name', 'event'],
  'time:timestamp': ['time:timestamp', 'timestamp', 'time', 'complete timestamp', 'start timestamp'],
  'org:resource': ['org:resource', 'resource', 'user'],
  'lifecycle:transition': ['lifecycle:transition', 'lifecycle'],
  'case:channel': ['case:channel', 'channel'],
  'org:group': ['org:group', 'group', 'department'],
} as const satisfies Record<keyof LogEvent, readonly string[]>;

type Key = keyof typeof XES_ALIASES;
const REQUIRED: readonly Key[] = ['case:concept:name', 'concept:name', 'time:timestamp'];

/** Which column holds which XES attribute: the exact XES name first, then an alias (case-insensitive). */
export function mapColumns(header: readonly string[]): Partial<Record<Key, string>> {
  const lower = new Map<string, string>();
  for (const h of header) if (!lower.has(h.trim().toLowerCase())) lower.set(h.trim().toLowerCase(), h);
  const out: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(XES_ALIASES) as Key[]) {
    const hit = XES_ALIASES[key].map((a) => lower.get(a)).find((h) => h !== undefined);
    if (hit !== undefined) out[key] = hit;
  }
  return out;
}

export interface ConvertResult {
  events: LogEvent[];
  /** Rows left out, with the reason (missing case id, activity or timestamp). */
  skipped: { row: number; reason: string }[];
}

/**
 * CSV records → events in XES naming. Timestamps keep their digits and offset
 * (`2010-12-30 14:32:00+01:00` → `2010-12-30T14:32:00+01:00`). Rows without a
 * case id, activity or parseable timestamp are skipped and reported.
 */
export function recordsToEvents(records: readonly Record<string, string>[]): ConvertResult {
  const events: LogEvent[] = [];
  const skipped: ConvertResult['skipped'] = [];
  if (!records.length) return { events, skipped };
  const columns = mapColumns(Object.keys(records[0]));
  const missing = REQUIRED.filter((k) => columns[k] === undefined);
  if (missing.length) throw new Error(`Event log lacks a column for ${missing.join(', ')}`);
  records.forEach((record, row) => {
    const caseId = record[columns['case:concept:name']!]?.trim();
    const activity = record[columns['concept:name']!]?.trim();
    const time = toIsoTimestamp(record[columns['time:timestamp']!] ?? '');
    if (!caseId) return skipped.push({ row, reason: 'no case id' });
    if (!activity) return skipped.push({ row, reason: 'no activity' });
    if (!time) return skipped.push({ row, reason: 'no timestamp with offset' });
    const event: LogEvent = { 'case:concept:name': caseId, 'concept:name': activity, 'time:timestamp': time };
    for (const key of ['org:resource', 'lifecycle:transition', 'case:channel', 'org:group'] as const) {
      const column = columns[key];
      const value = column === undefined ? '' : (record[column] ?? '');
      if (value !== '') event[key] = value;
    }
    events.push(event);
  });
  return { events, skipped };
}
