/** A point of the sparkline in box coordinates. */
export interface SparkPoint {
  /** Index in the input values. */
  index: number;
  x: number;
  y: number;
  value: number;
}

export interface Sparkline {
  /** SVG path of the line; a gap (no value) starts a new segment. */
  line: string;
  /** SVG path of the area under the line, down to the box bottom. */
  area: string;
  points: SparkPoint[];
  /** y of the target line, when there is a target. */
  targetY?: number;
  /** The value domain drawn, low to high. */
  domain: [number, number];
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Sparkline geometry in a `width` × `height` box (any unit; the card draws it
 * into a stretched SVG viewBox and places dots by percent). x spreads the
 * values evenly (one value sits in the middle); y maps the extent of the
 * values and the target onto the box minus `inset` at top and bottom (a flat
 * series gets ±1 around its value). Undefined values leave gaps.
 */
export function sparkline(
  values: readonly (number | undefined)[],
  box: { width: number; height: number; inset?: number },
  target?: number,
): Sparkline {
  const { width, height, inset = 2 } = box;
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (target !== undefined && Number.isFinite(target)) known.push(target);
  let lo = Math.min(...known);
  let hi = Math.max(...known);
  if (!known.length) [lo, hi] = [0, 1];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const n = values.length;
  const x = (i: number) => r2(n === 1 ? width / 2 : (i * width) / (n - 1));
  const y = (v: number) => r2(inset + ((hi - v) / (hi - lo)) * (height - 2 * inset));

  const points: SparkPoint[] = [];
  let line = '';
  let area = '';
  let segment: SparkPoint[] = [];
  const close = () => {
    if (segment.length) {
      line += segment.map((p, k) => `${k ? 'L' : 'M'}${p.x},${p.y}`).join('');
      area += `M${segment[0]!.x},${height}${segment.map((p) => `L${p.x},${p.y}`).join('')}L${segment[segment.length - 1]!.x},${height}Z`;
    }
    segment = [];
  };
  values.forEach((v, index) => {
    if (v === undefined || !Number.isFinite(v)) return close();
    const p = { index, x: x(index), y: y(v), value: v };
    points.push(p);
    segment.push(p);
  });
  close();
  return { line, area, points, targetY: target !== undefined && Number.isFinite(target) ? y(target) : undefined, domain: [lo, hi] };
}
