import { tickStep } from 'd3-array';

/** A rating axis as the matrix uses it: bounds, the snapping step and the quadrant split. */
export interface RatingScale {
  min: number;
  max: number;
  /** Ratings snap to multiples of `step` from `min` (drag, keyboard, cells). */
  step: number;
  /** The quadrant boundary: values below are "low", values at or above are "high". */
  split: number;
  label?: string;
}

export interface ScaleInput {
  min?: number;
  max?: number;
  step?: number;
  label?: string;
}

export const DEFAULT_SCALE: Readonly<{ min: number; max: number }> = { min: 1, max: 5 };

const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Resolves a scale from the payload (and overrides): a whole-number range of
 * 2–10 snaps to 1, any other range to a nice tenth of it. The split lies
 * half-way; when the half-way point is itself a step (1–5 → 3), the split
 * moves half a step up, to the edge between two cells, so no cell straddles it.
 * Returns `undefined` for bounds that cannot form a scale (min ≥ max).
 */
export function resolveScale(input: ScaleInput | undefined): RatingScale | undefined {
  const min = finite(input?.min) ? input.min : DEFAULT_SCALE.min;
  const max = finite(input?.max) ? input.max : DEFAULT_SCALE.max;
  if (!(max > min)) return undefined;
  const range = max - min;
  let step = finite(input?.step) && input.step > 0 && input.step <= range ? input.step : Number.isInteger(range) && range >= 2 && range <= 10 ? 1 : tickStep(0, range, 10);
  if (!(step > 0)) step = range;
  const mid = (min + max) / 2;
  const steps = (mid - min) / step;
  const onStep = Math.abs(steps - Math.round(steps)) < 1e-9;
  return { min, max, step, split: onStep ? mid + step / 2 : mid, label: input?.label };
}

/** Rounds to the nearest step inside the scale. */
export function snap(value: number, scale: RatingScale): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  const n = Math.round((clamped - scale.min) / scale.step);
  if (Number.isInteger(scale.step) && Number.isInteger(scale.min)) return Math.min(scale.max, scale.min + n * scale.step);
  // Tame binary fractions (0.1 + 0.2): twelve significant digits are plenty for a rating.
  return Math.min(scale.max, Number((scale.min + n * scale.step).toPrecision(12)));
}

/** The values a rating can take (for ticks and pickers). */
export function stepsOf(scale: RatingScale): number[] {
  const out: number[] = [];
  const count = Math.round((scale.max - scale.min) / scale.step);
  for (let i = 0; i <= count && i <= 100; i++) out.push(Number((scale.min + i * scale.step).toPrecision(12)));
  if (out[out.length - 1]! < scale.max) out.push(scale.max);
  return out;
}

export const inScale = (value: number, scale: RatingScale): boolean => value >= scale.min && value <= scale.max;

export type Quadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

/** Quick wins: low difficulty, high impact; big bets: high/high; fill-ins: low/low; money pits: high difficulty, low impact. */
export function quadrantOf(difficulty: number, impact: number, d: RatingScale, i: RatingScale): Quadrant {
  const hard = difficulty >= d.split;
  const strong = impact >= i.split;
  if (strong) return hard ? 'big-bet' : 'quick-win';
  return hard ? 'money-pit' : 'fill-in';
}
