import type { CesCounts, CsatCounts, NpsCounts } from '../../src/data/schemas/index.js';
import { days, monthMid, months } from './calendar.js';
import type { Rng } from './rng.js';
import { BASE_SEGMENTS, offsetFor, PERSONAS, type SegmentDef } from './segments.js';
import type { JourneyDef, TouchpointDef } from './types.js';
import { cesCounts, csatCounts, eventEffect, npsCounts, volumeBoost } from './voc.js';

export interface MonthFigures {
  nps: NpsCounts;
  csat: CsatCounts;
  ces: CesCounts;
}

/** All numbers of one journey, drawn once and rendered in both languages. */
export interface JourneyModel {
  def: JourneyDef;
  segments: SegmentDef[];
  /** touchpoint id → segment id → 24 months. Only touchpoints with a survey. */
  touchpointVoc: Map<string, Map<string, MonthFigures[]>>;
  /** touchpoint id → cases per month (24). */
  touchpointVolume: Map<string, number[]>;
  /** Journey-level answers per day and base segment (private, business). */
  journeyDaily: Map<string, NpsCounts[]>;
  /** Journey-level monthly CSAT / CES per base segment. */
  journeyMonthly: Map<string, MonthFigures[]>;
  /** The NPS level the generator aims at now (for live answers). */
  currentLevel: Map<string, number>;
}

/** The latent NPS of a touchpoint: journey base + 20 per emotion step, plus events and a slow trend. */
export function touchpointLevel(def: JourneyDef, tp: TouchpointDef, t: number): number {
  return def.baseNps - 6 + 20 * tp.emotion + eventEffect(def, t, tp.id) + t / 365;
}

export function buildModel(def: JourneyDef, rng: Rng): JourneyModel {
  const personas = PERSONAS[def.id] ?? [];
  const segments = [...BASE_SEGMENTS, ...personas];
  const touchpointVoc = new Map<string, Map<string, MonthFigures[]>>();
  const touchpointVolume = new Map<string, number[]>();
  const currentLevel = new Map<string, number>();
  for (const tp of def.touchpoints) {
    touchpointVolume.set(tp.id, months.map((m) => rng.poisson(tp.volume * volumeBoost(def, monthMid(m)) ** 0.3)));
    if (tp.response <= 0) continue;
    const bySegment = new Map<string, MonthFigures[]>();
    for (const seg of segments) {
      const parentShare = seg.kind === 'persona' ? BASE_SEGMENTS[0].share * seg.share : seg.share;
      const figures = months.map((m) => {
        const t = monthMid(m);
        const level = touchpointLevel(def, tp, t) + offsetFor(seg, tp.channel, tp.id) + rng.normal(0, 2.5);
        const n = rng.poisson(tp.volume * tp.response * parentShare * volumeBoost(def, t) ** 0.5);
        const withRating = Math.round(n * 0.92);
        return { nps: npsCounts(rng, n, level), csat: csatCounts(rng, withRating, level), ces: cesCounts(rng, withRating, level) };
      });
      bySegment.set(seg.id, figures);
    }
    touchpointVoc.set(tp.id, bySegment);
    currentLevel.set(tp.id, touchpointLevel(def, tp, days[days.length - 1].t));
  }
  const journeyDaily = new Map<string, NpsCounts[]>();
  const journeyMonthly = new Map<string, MonthFigures[]>();
  for (const seg of BASE_SEGMENTS) {
    const offset = seg.offset['*'] ?? 0;
    journeyDaily.set(
      seg.id,
      days.map((d) => {
        const weekday = d.weekday === 0 ? 0.45 : d.weekday === 6 ? 0.6 : d.weekday === 1 ? 1.25 : 1;
        const level = def.baseNps + offset + eventEffect(def, d.t) + d.t / 365 + rng.normal(0, 3);
        return npsCounts(rng, rng.poisson(def.dailyResponses * seg.share * weekday * volumeBoost(def, d.t)), level);
      }),
    );
    journeyMonthly.set(
      seg.id,
      months.map((m) => {
        const level = def.baseNps + offset + eventEffect(def, monthMid(m)) + monthMid(m) / 365;
        const n = Math.round(def.dailyResponses * seg.share * m.days * 0.8);
        return { nps: { promoters: 0, passives: 0, detractors: 0 }, csat: csatCounts(rng, n, level), ces: cesCounts(rng, n, level) };
      }),
    );
  }
  // The monthly NPS of the journey is the sum of its days: one truth for the daily and the monthly file.
  for (const seg of BASE_SEGMENTS) {
    const daily = journeyDaily.get(seg.id)!;
    const monthly = journeyMonthly.get(seg.id)!;
    days.forEach((d, i) => {
      const m = monthly[d.month].nps;
      m.promoters += daily[i].promoters;
      m.passives += daily[i].passives;
      m.detractors += daily[i].detractors;
    });
  }
  currentLevel.set(def.id, def.baseNps + eventEffect(def, days[days.length - 1].t) + 2);
  return { def, segments, touchpointVoc, touchpointVolume, journeyDaily, journeyMonthly, currentLevel };
}
