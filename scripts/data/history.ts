import type { Insight } from '../../src/data/schemas/index.js';
import { CATEGORIES, type InsightDef, ownerIn } from './insights.js';
import type { Rng } from './rng.js';
import { type Lang, tr } from './types.js';

const PATHS: Record<Insight['status'], Insight['status'][]> = {
  new: ['new'],
  planned: ['new', 'planned'],
  'in-progress': ['new', 'planned', 'in-progress'],
  done: ['new', 'planned', 'in-progress', 'done'],
  rejected: ['new', 'rejected'],
};
const PEOPLE = ['Jana Weber', 'Thomas Brandt', 'Lea Hoffmann', 'Sandra Yilmaz', 'Dirk Albers', 'Markus Klein', 'CX team'];

export interface InsightDates {
  history: { status: Insight['status']; date: string; by: string }[];
}

/** Draws the status history once (dates between Jan 2025 and Nov 2026), shared by both languages. */
export function drawHistory(def: InsightDef, rng: Rng): InsightDates {
  const path = PATHS[def.status];
  let t = Date.UTC(2025, 0, 6) + Math.floor(rng.next() * 420) * 86_400_000;
  const end = Date.UTC(2026, 10, 20);
  const history = path.map((status, i) => {
    if (i > 0) t = Math.min(end, t + (10 + Math.floor(rng.next() * 80)) * 86_400_000);
    const d = new Date(t);
    const hh = String(8 + Math.floor(rng.next() * 9)).padStart(2, '0');
    const mm = String(Math.floor(rng.next() * 60)).padStart(2, '0');
    const date = `${d.toISOString().slice(0, 10)}T${hh}:${mm}:00+01:00`;
    return { status, date, by: i === 0 ? rng.pick(PEOPLE) : def.owner };
  });
  return { history };
}

export function renderInsight(def: InsightDef, dates: InsightDates, lang: Lang, stageOf: (touchpointId: string) => string | undefined): Insight {
  const stageIds = [...new Set(def.touchpoints.map(stageOf).filter((s): s is string => !!s))];
  return {
    id: def.id,
    title: tr(def.title, lang),
    description: tr(def.description, lang),
    kind: def.kind,
    category: tr(CATEGORIES[def.category], lang),
    difficulty: def.difficulty,
    impact: def.impact,
    reach: def.reach,
    status: def.status,
    owner: ownerIn(def.owner, lang),
    journeyId: def.journey,
    touchpointIds: def.touchpoints,
    stageIds,
    history: dates.history.map((h) => ({ ...h, by: ownerIn(h.by, lang) })),
    updatedAt: dates.history[dates.history.length - 1].date,
    version: dates.history.length,
  };
}
