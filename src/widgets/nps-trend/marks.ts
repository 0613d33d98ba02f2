/**
 * How each of the (up to 8) series looks besides its colour: a line dash and a
 * marker shape, so that series are told apart without colour. Pure.
 */
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'triangle-down' | 'plus' | 'bar';

export const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down', 'plus', 'bar'];

/** Canvas / SVG dash arrays (in px) per series. */
export const DASHES: readonly (readonly number[])[] = [[], [7, 4], [2, 3], [10, 3, 2, 3], [14, 5], [5, 2, 1, 2], [3, 6], [10, 2, 2, 2, 2, 2]];

const f = (n: number) => Math.round(n * 100) / 100;

/** An SVG path (also usable as a canvas Path2D) of the marker `shape` centred on (x, y) with radius r. */
export function markerPath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.15)}L${f(x + r * 1.05)},${f(y + r * 0.8)}L${f(x - r * 1.05)},${f(y + r * 0.8)}Z`;
    case 'triangle-down':
      return `M${f(x)},${f(y + r * 1.15)}L${f(x + r * 1.05)},${f(y - r * 0.8)}L${f(x - r * 1.05)},${f(y - r * 0.8)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r * 1.2)}L${f(x + r * 1.2)},${f(y)}L${f(x)},${f(y + r * 1.2)}L${f(x - r * 1.2)},${f(y)}Z`;
    case 'cross': {
      const a = r * 0.42;
      const b = r * 1.05;
      return `M${f(x - b)},${f(y - b + a)}L${f(x - a)},${f(y)}L${f(x - b)},${f(y + b - a)}L${f(x - b + a)},${f(y + b)}L${f(x)},${f(y + a)}L${f(x + b - a)},${f(y + b)}L${f(x + b)},${f(y + b - a)}L${f(x + a)},${f(y)}L${f(x + b)},${f(y - b + a)}L${f(x + b - a)},${f(y - b)}L${f(x)},${f(y - a)}L${f(x - b + a)},${f(y - b)}Z`;
    }
    case 'plus': {
      const a = r * 0.38;
      const b = r * 1.1;
      return `M${f(x - a)},${f(y - b)}h${f(2 * a)}v${f(b - a)}h${f(b - a)}v${f(2 * a)}h${f(a - b)}v${f(b - a)}h${f(-2 * a)}v${f(a - b)}h${f(a - b)}v${f(-2 * a)}h${f(b - a)}Z`;
    }
    case 'bar': {
      const w = r * 0.55;
      return `M${f(x - w)},${f(y - r * 1.1)}h${f(2 * w)}v${f(2.2 * r)}h${f(-2 * w)}Z`;
    }
  }
}

export const shapeOf = (series: number): Shape => SHAPES[series % SHAPES.length]!;
export const dashOf = (series: number): readonly number[] => DASHES[series % DASHES.length]!;
/** Markers on every period when periods are at least this many px apart (else on lone periods and the last one). */
export const MARKER_STEP = 14;

/** Marker radius in px; the emphasised (active) series is a little larger. */
export const markerRadius = (emphasis: boolean): number => (emphasis ? 3.6 : 3);

export interface LineStyle {
  width: number;
  join: 'bevel' | 'round';
  cap: 'butt' | 'round';
  /** Empty: solid. */
  dash: readonly number[];
}

/**
 * How a series line is stroked when periods are `step` px apart, on the canvas
 * and in SVG alike. Dense lines (under 2 px per period) are thin, with bevel
 * joins and no dashes: round joins on thousands of tiny segments are slow and
 * invisible, and a dash pattern on a decimated zig-zag would be noise (the
 * series keeps its marker shape and its legend entry).
 */
export function lineStyle(step: number, series: number, emphasis: boolean): LineStyle {
  const dense = step < 2;
  return { width: emphasis ? 2.25 : dense ? 1 : 1.5, join: dense ? 'bevel' : 'round', cap: dense ? 'butt' : 'round', dash: dense ? [] : dashOf(series) };
}

/** The series' colour token (eight, repeating), for SVG and DOM marks. */
export const colourOf = (series: number): string => `var(--_series-${(series % 8) + 1})`;
