import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';
import type { InsightStatus } from '../../data/schemas/insight.js';

/** Shapes for categories, in order; an insight without a category is a circle. */
const SHAPES: readonly SymbolType[] = [symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross, symbolCircle];
export const SHAPE_NAMES = ['square', 'triangle', 'diamond', 'star', 'wye', 'cross', 'circle'] as const;

export function shapeIndex(category: string, categories: readonly string[]): number {
  const k = categories.indexOf(category);
  return k < 0 ? SHAPES.length - 1 : k % SHAPES.length;
}

const cache = new Map<string, string>();

/** A symbol path centred on 0,0 with the area of a circle of radius `r` (cached by shape and ¼ px). */
export function shapePath(shape: number, r: number): string {
  const q = Math.round(r * 4) / 4;
  const key = `${shape}|${q}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = symbol(SHAPES[shape] ?? symbolCircle, Math.PI * q * q)() ?? '';
    cache.set(key, path);
  }
  return path;
}

/** Colour tokens per status; a glyph inside each bubble carries the status without colour. */
export const STATUS_COLOR: Record<InsightStatus | 'unknown', string> = {
  new: 'var(--cx-insight-new, var(--_series-1))',
  planned: 'var(--cx-insight-planned, var(--_series-4))',
  'in-progress': 'var(--cx-insight-in-progress, var(--_series-2))',
  done: 'var(--cx-insight-done, var(--_good))',
  rejected: 'var(--cx-insight-rejected, var(--_series-8))',
  unknown: 'var(--_muted)',
};

export const categoryColor = (k: number) => `var(--_series-${(k % 8) + 1})`;

/**
 * The status glyph for a bubble of radius `r` (empty for "new"): planned a
 * ring is drawn instead, in progress a play mark, done a tick, rejected a cross.
 */
export function statusGlyph(status: InsightStatus | 'unknown', r: number): string {
  const s = Math.max(2, r * 0.42);
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (status) {
    case 'done':
      return `M${f(-s)},${f(0)}L${f(-s * 0.3)},${f(s * 0.7)}L${f(s)},${f(-s * 0.6)}`;
    case 'rejected':
      return `M${f(-s * 0.75)},${f(-s * 0.75)}L${f(s * 0.75)},${f(s * 0.75)}M${f(s * 0.75)},${f(-s * 0.75)}L${f(-s * 0.75)},${f(s * 0.75)}`;
    case 'in-progress':
      return `M${f(-s * 0.5)},${f(-s * 0.8)}L${f(s * 0.8)},${f(0)}L${f(-s * 0.5)},${f(s * 0.8)}Z`;
    case 'unknown':
      return `M${f(-s * 0.6)},0L${f(s * 0.6)},0`;
    default:
      return '';
  }
}
