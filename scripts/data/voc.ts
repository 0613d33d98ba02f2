import type { CesCounts, CsatCounts, NpsCounts, Sentiment } from '../../src/data/schemas/index.js';
import { dayOf } from './calendar.js';
import type { Rng } from './rng.js';
import type { JourneyDef } from './types.js';

/** NPS latent level → probabilities of promoter, passive, detractor. */
export function npsProbs(nps: number): [number, number, number] {
  const n = Math.max(-90, Math.min(90, nps)) / 100;
  const passive = 0.3 - 0.1 * Math.abs(n);
  let p = (1 - passive + n) / 2;
  let d = (1 - passive - n) / 2;
  p = Math.max(0.02, p);
  d = Math.max(0.02, d);
  const sum = p + d + passive;
  return [p / sum, passive / sum, d / sum];
}

export function npsCounts(rng: Rng, n: number, level: number): NpsCounts {
  const [promoters, passives, detractors] = rng.multinomial(n, npsProbs(level));
  return { promoters, passives, detractors };
}

function discrete(mean: number, sd: number, k: number): number[] {
  const w = Array.from({ length: k }, (_, i) => Math.exp(-((i + 1 - mean) ** 2) / (2 * sd * sd)));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}

/** CSAT 1…5 counts whose mean follows the NPS level (NPS 0 ≈ 3.6). */
export function csatCounts(rng: Rng, n: number, level: number): CsatCounts {
  return { counts: rng.multinomial(n, discrete(3.6 + level / 55, 1.05, 5)) };
}

/** CES 1…7 counts (7 = very easy) whose mean follows the NPS level (NPS 0 ≈ 4.8). */
export function cesCounts(rng: Rng, n: number, level: number): CesCounts {
  return { counts: rng.multinomial(n, discrete(4.8 + level / 40, 1.4, 7)) };
}

export function addNps(a: NpsCounts, b: NpsCounts): NpsCounts {
  return { promoters: a.promoters + b.promoters, passives: a.passives + b.passives, detractors: a.detractors + b.detractors };
}
export function addCounts<T extends { counts: number[] }>(a: T, b: T): T {
  return { ...a, counts: a.counts.map((x, i) => x + b.counts[i]) };
}

/** Open-text share of the answers, split by sentiment (deterministic). */
export function sentimentOf(n: NpsCounts): Sentiment {
  return {
    positive: Math.round(n.promoters * 0.42),
    neutral: Math.round(n.passives * 0.3),
    negative: Math.round(n.detractors * 0.55),
  };
}

/**
 * The effect of the journey's events (annotations) on the NPS level at day t:
 * full on the touchpoints named, a quarter elsewhere, 0.7 on the journey level.
 * Fading events decay with the given time constant in months.
 */
export function eventEffect(def: JourneyDef, t: number, touchpointId?: string): number {
  let sum = 0;
  for (const a of def.annotations) {
    const since = t - dayOf(a.date);
    if (since < 0) continue;
    const weight = touchpointId === undefined ? 0.7 : a.touchpoints?.includes(touchpointId) ? 1 : 0.25;
    // Storms hit at once; launches and go-lives ramp up over ten days.
    const ramp = a.fade !== undefined && a.fade <= 1.5 ? 1 : Math.min(1, since / 10);
    const fade = a.fade ? Math.exp(-since / (30.4 * a.fade)) : 1;
    sum += a.effect * weight * ramp * fade;
  }
  return sum;
}

/** Extra answers during outage events (storms bring many more fault reports). */
export function volumeBoost(def: JourneyDef, t: number): number {
  let boost = 1;
  for (const a of def.annotations) {
    const since = t - dayOf(a.date);
    if (since < 0 || !a.fade || a.fade > 1.5) continue;
    boost += 4 * Math.exp(-since / 3);
  }
  return boost;
}
