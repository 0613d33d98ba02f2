import type { Journey } from '../../data/schemas/journey.js';
import type { InsightStatus, Scale } from '../../data/schemas/insight.js';
import { METRIC_SCALE, metricValue } from '../../stats/metric.js';
import { bothJourneys, journeyLookup } from './journeys.js';
import { type Quadrant, quadrantOf, type RatingScale, inScale, resolveScale } from './scale.js';
import type { LenientInsight, LenientInsightList } from './schema.js';

export const STATUSES: readonly InsightStatus[] = ['new', 'planned', 'in-progress', 'done', 'rejected'];
export const QUADRANTS: readonly Quadrant[] = ['quick-win', 'big-bet', 'fill-in', 'money-pit'];

export type LeftOut = 'unrated' | 'out-of-scale' | 'unknown-status';

/** One insight as the widget shows it. */
export interface Item {
  id: string;
  /** Position in the payload's `items`. */
  index: number;
  insight: LenientInsight;
  status: InsightStatus | 'unknown';
  category: string;
  difficulty?: number;
  impact?: number;
  /** True when `impact` was derived from linked touchpoints. */
  impactComputed: boolean;
  /** The insight's reach; undefined when missing or unusable (negative). */
  reach?: number;
  quadrant?: Quadrant;
  /** Why the insight is not drawn in the matrix (it is still listed). */
  leftOut?: LeftOut;
  /** Lower-case text for the search box (built on the first search). */
  haystack?: string;
}

/** A data problem before localisation: the element turns it into a readable message. */
export interface Issue {
  path: string;
  code: 'duplicate' | 'unrated' | 'out-of-scale' | 'unknown-status' | 'bad-scale' | 'negative-reach';
  params: Record<string, string | number>;
}

export interface Prepared {
  items: Item[];
  issues: Issue[];
  difficulty: RatingScale;
  impact: RatingScale;
  categories: string[];
  owners: string[];
  touchpoints: string[];
  stages: string[];
  /** Largest reach among the insights (for bubble sizes that stay put while filtering). */
  maxReach: number;
  /** Impacts derived from touchpoints, by insight id. */
  computed: ReadonlyMap<string, number>;
}

export interface PrepareOptions {
  difficulty?: Partial<Scale>;
  impact?: Partial<Scale>;
  /** Derive impact from linked touchpoints of this journey (same as `journeys: [journey]`). */
  journey?: Journey;
  /** Derive impact from linked touchpoints of these journeys (after `journey`, if both are given). */
  journeys?: readonly Journey[];
}

const isStatus = (s: string): s is InsightStatus => (STATUSES as readonly string[]).includes(s);
const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));

/** 1 when every rating is whole, 0.5 when they use halves, else undefined (the scale's default). One pass, no copies. */
export function inferStep(values: readonly (number | undefined)[], min: number, max = Infinity): number | undefined {
  const off = (v: number, step: number) => Math.abs((v - min) / step - Math.round((v - min) / step)) >= 1e-9;
  let step: number | undefined = 1;
  for (const v of values) {
    if (v === undefined || v < min || v > max) continue;
    if (step === 1 && off(v, 1)) step = 0.5;
    if (step === 0.5 && off(v, 0.5)) return undefined;
  }
  return step;
}

function scaleFor(axis: 'difficulty' | 'impact', payload: Scale | undefined, override: Partial<Scale> | undefined, issues: Issue[], items: readonly LenientInsight[]): RatingScale {
  const merged: Partial<Scale> = { ...payload, ...Object.fromEntries(Object.entries(override ?? {}).filter(([, v]) => v !== undefined)) };
  const min = merged.min ?? 1;
  const max = merged.max ?? 5;
  if (merged.step === undefined && Number.isInteger(max - min) && max - min >= 2 && max - min <= 10) {
    const step = inferStep(items.map((it) => it[axis]), min, max);
    if (step !== undefined) merged.step = step;
  }
  const scale = resolveScale(merged);
  if (scale) return scale;
  issues.push({ path: `scales.${axis}`, code: 'bad-scale', params: { min: String(merged.min), max: String(merged.max) } });
  return resolveScale({ label: merged.label })!;
}

/**
 * Touchpoint-derived impact: each linked touchpoint with a volume, a target
 * and a measured value of the target's metric contributes
 * `volume × max(0, target − actual) / range of the metric`; an insight's score
 * is the sum. Scores map linearly onto the impact scale, the largest score to
 * its maximum (all zero → the minimum). Insights without such a touchpoint keep
 * their entered impact. With several journeys, a touchpoint is looked up in the
 * insight's own journey (`journeyId`) first (see `journeyLookup`).
 */
export function computeImpacts(items: readonly LenientInsight[], journeys: Journey | readonly Journey[], scale: RatingScale): Map<string, number> {
  const lookup = journeyLookup(Array.isArray(journeys) ? journeys : [journeys as Journey]);
  const scores = new Map<string, number>();
  for (const item of items) {
    let score: number | undefined;
    for (const id of item.touchpointIds ?? []) {
      const tp = lookup.touchpoint(id, item.journeyId);
      const volume = tp?.process?.volume;
      const target = tp?.target;
      if (!tp || volume === undefined || !target) continue;
      const actual = metricValue(tp.voc, target.metric)?.value;
      if (actual === undefined || !Number.isFinite(actual)) continue;
      const range = METRIC_SCALE[target.metric].max - METRIC_SCALE[target.metric].min;
      score = (score ?? 0) + (volume * Math.max(0, target.value - actual)) / range;
    }
    if (score !== undefined && !scores.has(item.id)) scores.set(item.id, score);
  }
  const top = Math.max(0, ...scores.values());
  const out = new Map<string, number>();
  for (const [id, score] of scores) out.set(id, top > 0 ? scale.min + ((scale.max - scale.min) * score) / top : scale.min);
  return out;
}

/** Validated payload → the insights to show, the scales and the problems found. Pure. */
export function prepare(list: LenientInsightList, options: PrepareOptions = {}): Prepared {
  const issues: Issue[] = [];
  const difficulty = scaleFor('difficulty', list.scales?.difficulty, options.difficulty, issues, list.items);
  const impact = scaleFor('impact', list.scales?.impact, options.impact, issues, list.items);
  const journeys = bothJourneys(options.journey, options.journeys);
  const computed = journeys.length ? computeImpacts(list.items, journeys, impact) : new Map<string, number>();
  const seen = new Map<string, number>();
  const categories = new Set<string>();
  const owners = new Set<string>();
  const touchpoints = new Set<string>();
  const stages = new Set<string>();
  const items: Item[] = [];
  let maxReach = 0;
  list.items.forEach((insight, index) => {
    const first = seen.get(insight.id);
    if (first !== undefined) {
      issues.push({ path: `items[${index}].id`, code: 'duplicate', params: { id: insight.id, first } });
      return;
    }
    seen.set(insight.id, index);
    const status = isStatus(insight.status) ? insight.status : 'unknown';
    const derived = computed.get(insight.id);
    const d = insight.difficulty;
    const i = derived ?? insight.impact;
    let leftOut: LeftOut | undefined;
    if (status === 'unknown') {
      leftOut = 'unknown-status';
      issues.push({ path: `items[${index}].status`, code: 'unknown-status', params: { value: insight.status } });
    } else if (d === undefined || i === undefined) {
      leftOut = 'unrated';
      issues.push({ path: `items[${index}].${d === undefined ? 'difficulty' : 'impact'}`, code: 'unrated', params: { axis: d === undefined ? 'difficulty' : 'impact' } });
    } else if (!inScale(d, difficulty) || !inScale(i, impact)) {
      leftOut = 'out-of-scale';
      const axis = !inScale(d, difficulty) ? 'difficulty' : 'impact';
      const s = axis === 'difficulty' ? difficulty : impact;
      issues.push({ path: `items[${index}].${axis}`, code: 'out-of-scale', params: { axis, value: axis === 'difficulty' ? d : i, min: s.min, max: s.max } });
    }
    // a negative reach (a broken export) is reported and treated as unknown; the insight stays
    const reach = insight.reach !== undefined && insight.reach < 0 ? undefined : insight.reach;
    if (reach !== insight.reach) issues.push({ path: `items[${index}].reach`, code: 'negative-reach', params: { value: insight.reach! } });
    if (insight.category) categories.add(insight.category);
    if (insight.owner) owners.add(insight.owner);
    for (const t of insight.touchpointIds ?? []) touchpoints.add(t);
    for (const s of insight.stageIds ?? []) stages.add(s);
    if (reach !== undefined && reach > maxReach) maxReach = reach;
    items.push({
      id: insight.id,
      index,
      insight,
      status,
      category: insight.category ?? '',
      difficulty: d,
      impact: i,
      impactComputed: derived !== undefined,
      reach,
      quadrant: leftOut ? undefined : quadrantOf(d!, i!, difficulty, impact),
      leftOut,
    });
  });
  return {
    items,
    issues,
    difficulty,
    impact,
    categories: sorted(categories),
    owners: sorted(owners),
    touchpoints: sorted(touchpoints),
    stages: sorted(stages),
    maxReach,
    computed,
  };
}

export interface Filters {
  status?: string;
  category?: string;
  owner?: string;
  touchpoint?: string;
  stage?: string;
  query?: string;
}

/** The items that pass every set filter; the search matches title, description, owner, category and id. */
export function applyFilters(items: readonly Item[], f: Filters): Item[] {
  const q = f.query?.trim().toLowerCase();
  const active = f.status || f.category || f.owner || f.touchpoint || f.stage || q;
  if (!active) return items.slice();
  return items.filter(
    (it) =>
      (!f.status || it.status === f.status) &&
      (!f.category || it.category === f.category) &&
      (!f.owner || it.insight.owner === f.owner) &&
      (!f.touchpoint || (it.insight.touchpointIds ?? []).includes(f.touchpoint)) &&
      (!f.stage || (it.insight.stageIds ?? []).includes(f.stage)) &&
      (!q || (it.haystack ??= [it.insight.title, it.insight.description, it.insight.owner, it.insight.category, it.id].filter(Boolean).join('\n').toLowerCase()).includes(q)),
  );
}

export function activeFilterCount(f: Filters): number {
  return [f.status, f.category, f.owner, f.touchpoint, f.stage, f.query?.trim()].filter(Boolean).length;
}

export interface Summary {
  total: number;
  placed: number;
  byQuadrant: Record<Quadrant, { n: number; done: number }>;
}

export function summarise(items: readonly Item[]): Summary {
  const byQuadrant = Object.fromEntries(QUADRANTS.map((q) => [q, { n: 0, done: 0 }])) as Record<Quadrant, { n: number; done: number }>;
  let placed = 0;
  for (const it of items) {
    if (!it.quadrant) continue;
    placed++;
    byQuadrant[it.quadrant].n++;
    if (it.status === 'done') byQuadrant[it.quadrant].done++;
  }
  return { total: items.length, placed, byQuadrant };
}

export type SortKey = 'title' | 'status' | 'category' | 'owner' | 'difficulty' | 'impact' | 'reach' | 'quadrant';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const rank = (key: SortKey, it: Item): string | number | undefined => {
  switch (key) {
    case 'title':
      return it.insight.title;
    case 'status':
      return it.status === 'unknown' ? STATUSES.length : STATUSES.indexOf(it.status);
    case 'category':
      return it.category || undefined;
    case 'owner':
      return it.insight.owner;
    case 'quadrant':
      return it.quadrant ? QUADRANTS.indexOf(it.quadrant) : undefined;
    default:
      return it[key];
  }
};

/** Sorts a copy; missing values last in both directions, ties by payload order. */
export function sortItems(items: readonly Item[], key: SortKey, dir: 'asc' | 'desc'): Item[] {
  const sign = dir === 'asc' ? 1 : -1;
  return items.slice().sort((a, b) => {
    const va = rank(key, a);
    const vb = rank(key, b);
    if (va === undefined || vb === undefined) return va === vb ? a.index - b.index : va === undefined ? 1 : -1;
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return c !== 0 ? sign * c : a.index - b.index;
  });
}
