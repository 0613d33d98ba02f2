/**
 * Progressive rendering of large journeys: the cards in (and next to) the
 * visible window render with the data, the rest follow in small chunks in
 * later tasks, nearest first, so the first paint is quick and no task runs long.
 * Pure: boxes and a window in, card indices out.
 */
import type { CardBox } from './layout.js';

/** Up to this many cards render at once, without chunks. */
export const PROGRESSIVE_FROM = 48;
/** Cards per later chunk. */
export const CHUNK = 16;

export interface Span {
  /** Visible range along the scroll axis (x in the grid, y when stacked), in layout pixels. */
  from: number;
  to: number;
  axis: 'x' | 'y';
  /** Optional visible range across it (y in the grid: the part of the map inside the page viewport). */
  crossFrom?: number;
  crossTo?: number;
}

const range = (c: CardBox, axis: 'x' | 'y'): [number, number] => (axis === 'x' ? [c.x, c.x + c.w] : [c.y, c.y + c.h]);

const gap = (a: number, b: number, from: number, to: number) => (b < from ? from - b : a > to ? a - to : 0);

/** Distance of a card from the window (0 = overlaps it): along the scroll axis, then across it. */
export function distance(c: CardBox, span: Span): number {
  const [a, b] = range(c, span.axis);
  const along = gap(a, b, span.from, span.to);
  if (span.crossFrom === undefined || span.crossTo === undefined) return along;
  const [ca, cb] = range(c, span.axis === 'x' ? 'y' : 'x');
  return along + gap(ca, cb, span.crossFrom, span.crossTo);
}

/** The cards to render first: every card when there are few, else those overlapping the window. */
export function firstReveal(cards: readonly CardBox[], span: Span): Set<number> {
  if (cards.length <= PROGRESSIVE_FROM) return new Set(cards.map((c) => c.index));
  return new Set(cards.filter((c) => distance(c, span) === 0).map((c) => c.index));
}

/** The next `n` cards not yet rendered, nearest to the window first (ties in layout order). */
export function nextReveal(cards: readonly CardBox[], revealed: ReadonlySet<number>, span: Span, n = CHUNK): number[] {
  return cards
    .filter((c) => !revealed.has(c.index))
    .map((c, i) => ({ c, d: distance(c, span), i }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((e) => e.c.index);
}
