import type { FeedbackEvent } from '../../src/data/schemas/index.js';

/** Where live answers come from: a journey, its segment series and key touchpoints, with the current answer mix. */
export interface FeedbackSource {
  journeyId: string;
  /** Relative frequency of answers for this journey. */
  weight: number;
  /** NPS segment series (id and share of answers) with the promoter/passive/detractor mix of the last month. */
  series: { id: string; share: number; mix: [number, number, number] }[];
  /** Key touchpoints (ids of the score files) with their mix of the last month. */
  touchpoints: { id: string; mix: [number, number, number]; texts: { score: number; text: string }[] }[];
}

/** mulberry32: the live answers are deterministic for a given seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted<T>(random: () => number, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((a, t) => a + weight(t), 0);
  let r = random() * total;
  for (const t of items) {
    r -= weight(t);
    if (r < 0) return t;
  }
  return items[items.length - 1];
}

/** A 0–10 answer from a promoter/passive/detractor mix (detractors lean towards 4–6, as in real surveys). */
function scoreFrom(random: () => number, mix: readonly [number, number, number]): number {
  const cls = pickWeighted(random, [0, 1, 2], (i) => mix[i]);
  if (cls === 0) return random() < 0.55 ? 10 : 9;
  if (cls === 1) return random() < 0.5 ? 8 : 7;
  return pickWeighted(random, [0, 1, 2, 3, 4, 5, 6], (s) => [4, 2, 3, 4, 6, 8, 9][s]);
}

export type Listener = (event: FeedbackEvent) => void;

/**
 * Appends a new survey answer every `intervalMs` and keeps the last `capacity`
 * answers so that a reconnecting client can get the ones it missed. Ids are
 * whole numbers (as strings) that only increase; `firstId` should exceed the ids
 * of any earlier run (the plugin derives it from the start time).
 */
export class FeedbackHub {
  private readonly history: FeedbackEvent[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly random: () => number;
  private nextId: number;
  private readonly capacity: number;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly sources: readonly FeedbackSource[],
    options: { seed?: number; firstId?: number; capacity?: number } = {},
  ) {
    this.random = prng(options.seed ?? 20261124);
    this.nextId = options.firstId ?? 1;
    this.capacity = options.capacity ?? 200;
  }

  /** Draws the next answer (also used by tests without a timer). */
  emit(time: Date): FeedbackEvent {
    const r = this.random;
    const src = pickWeighted(r, this.sources, (s) => s.weight);
    const series = pickWeighted(r, src.series, (s) => s.share);
    const tp = src.touchpoints.length && r() < 0.7 ? src.touchpoints[Math.floor(r() * src.touchpoints.length)] : undefined;
    const score = scoreFrom(r, tp?.mix ?? series.mix);
    const event: FeedbackEvent = { id: String(this.nextId++), time: time.toISOString(), journeyId: src.journeyId, seriesId: series.id, score };
    if (tp) event.touchpointId = tp.id;
    if (tp && r() < 0.3) {
      // A comment that fits the score: one of the touchpoint's verbatims of the same class.
      const cls = (s: number) => (s >= 9 ? 0 : s >= 7 ? 1 : 2);
      const fitting = tp.texts.filter((t) => cls(t.score) === cls(score));
      if (fitting.length) event.text = fitting[Math.floor(r() * fitting.length)].text;
    }
    this.history.push(event);
    if (this.history.length > this.capacity) this.history.shift();
    for (const l of this.listeners) l(event);
    return event;
  }

  /** The kept answers after `id` (all kept ones for an unknown or older id), oldest first. */
  after(id: string | null | undefined): FeedbackEvent[] {
    const n = Number(id);
    if (id === null || id === undefined || id === '' || !Number.isFinite(n)) return [];
    return this.history.filter((e) => Number(e.id) > n);
  }

  /** The last `count` answers. */
  latest(count: number): FeedbackEvent[] {
    return this.history.slice(-count);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(intervalMs: number, clock: () => Date = () => new Date()): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.emit(clock()), intervalMs);
    (this.timer as { unref?: () => void }).unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.listeners.clear();
  }
}
