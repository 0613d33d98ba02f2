import type { Case } from './cases.js';
import { quantileSorted } from './quantile.js';
import { HOUR_MS } from './time.js';

export interface ActivityStats {
  activity: string;
  /** Events with this activity. */
  events: number;
  /** Cases with at least one such event. */
  cases: number;
  /** Cases that start / end with it. */
  starts: number;
  ends: number;
}

export interface FollowsPair {
  from: string;
  to: string;
  /** How often `to` directly follows `from` inside a case. */
  count: number;
  /** Median and 90th percentile of the time between the two events, in hours. */
  medianHours: number;
  p90Hours: number;
  /** Share of the steps where the org:group changes (hand-over between departments). */
  handoverShare: number;
}

const byName = <T extends { activity: string }>(a: T, b: T) => (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : 0);

/** Counts per activity, most frequent first (ties by name). */
export function activityStats(cases: readonly Case[]): ActivityStats[] {
  const map = new Map<string, ActivityStats>();
  const get = (activity: string) => {
    let s = map.get(activity);
    if (!s) map.set(activity, (s = { activity, events: 0, cases: 0, starts: 0, ends: 0 }));
    return s;
  };
  for (const c of cases) {
    const seen = new Set<string>();
    for (const e of c.events) {
      const s = get(e.activity);
      s.events++;
      if (!seen.has(e.activity)) {
        seen.add(e.activity);
        s.cases++;
      }
    }
    if (c.events.length) {
      get(c.events[0].activity).starts++;
      get(c.events[c.events.length - 1].activity).ends++;
    }
  }
  return [...map.values()].sort((a, b) => b.events - a.events || byName(a, b));
}

/** The directly-follows relation with frequency and performance, most frequent first. */
export function directlyFollows(cases: readonly Case[]): FollowsPair[] {
  const map = new Map<string, { from: string; to: string; durations: number[]; handovers: number }>();
  for (const c of cases) {
    for (let i = 1; i < c.events.length; i++) {
      const a = c.events[i - 1];
      const b = c.events[i];
      const key = `${a.activity}\u0000${b.activity}`;
      let entry = map.get(key);
      if (!entry) map.set(key, (entry = { from: a.activity, to: b.activity, durations: [], handovers: 0 }));
      entry.durations.push((b.ms - a.ms) / HOUR_MS);
      if (a.group !== undefined && b.group !== undefined && a.group !== b.group) entry.handovers++;
    }
  }
  return [...map.values()]
    .map(({ from, to, durations, handovers }) => {
      const sorted = durations.sort((x, y) => x - y);
      return {
        from,
        to,
        count: sorted.length,
        medianHours: quantileSorted(sorted, 0.5),
        p90Hours: quantileSorted(sorted, 0.9),
        handoverShare: handovers / sorted.length,
      };
    })
    .sort((a, b) => b.count - a.count || (a.from + a.to < b.from + b.to ? -1 : 1));
}

/** Variants: the distinct activity sequences with their case counts, most frequent first. */
export function variants(cases: readonly Case[]): { activities: string[]; cases: number }[] {
  const map = new Map<string, { activities: string[]; cases: number }>();
  for (const c of cases) {
    const activities = c.events.map((e) => e.activity);
    const key = activities.join('\u0000');
    const v = map.get(key);
    if (v) v.cases++;
    else map.set(key, { activities, cases: 1 });
  }
  return [...map.values()].sort((a, b) => b.cases - a.cases || (a.activities.join() < b.activities.join() ? -1 : 1));
}

/** Most frequent value of a per-event attribute for each activity (e.g. the department that performs it). */
export function dominant(cases: readonly Case[], pick: (e: Case['events'][number]) => string | undefined): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const c of cases)
    for (const e of c.events) {
      const v = pick(e);
      if (v === undefined) continue;
      let m = counts.get(e.activity);
      if (!m) counts.set(e.activity, (m = new Map()));
      m.set(v, (m.get(v) ?? 0) + 1);
    }
  const out = new Map<string, string>();
  for (const [activity, m] of counts) {
    const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    out.set(activity, best[0]);
  }
  return out;
}
