/**
 * Decimation for drawing long series on a canvas. Pure: no DOM.
 *
 * Per-pixel min/max ("M4"): of all points whose x falls into one pixel column,
 * keep the first, the lowest, the highest and the last (in index order). The
 * drawn polyline then covers exactly the same pixels as the full series, at a
 * cost of at most four points per column. A gap (NaN value) is kept as a break
 * (index −1) so that gaps stay visible as gaps.
 */

/**
 * Indices of the points to draw for `ys` at pixel positions `xs` (ascending),
 * in index order; −1 marks a break in the line. Only indices `from…to` are used.
 */
export function decimateMinMax(xs: ArrayLike<number>, ys: ArrayLike<number>, from = 0, to = xs.length - 1): Int32Array {
  const out = new Int32Array(Math.max(0, (to - from + 1) * 2 + 4));
  let k = 0;
  let col = NaN;
  let first = -1;
  let lo = -1;
  let hi = -1;
  let last = -1;
  let loY = 0;
  let hiY = 0;
  let broken = true; // nothing drawn yet: no break needed
  // one plain loop (no closures): this runs over every point of every series
  for (let i = from; i <= to + 1; i++) {
    const end = i > to;
    const y = end ? NaN : ys[i]!;
    const gap = !end && y !== y;
    const c = end || gap ? NaN : Math.floor(xs[i]!);
    if (!end && !gap && c === col) {
      last = i;
      if (y < loY) {
        loY = y;
        lo = i;
      }
      if (y > hiY) {
        hiY = y;
        hi = i;
      }
      continue;
    }
    // a column ends: write its first, lowest, highest and last point in index order, without repeats
    if (first >= 0) {
      out[k++] = first;
      const a = lo < hi ? lo : hi;
      const b = lo < hi ? hi : lo;
      if (a !== first) out[k++] = a;
      if (b !== a && b !== first) out[k++] = b;
      if (last !== b && last !== first) out[k++] = last;
      broken = false;
      first = -1;
    }
    if (end) break;
    if (gap) {
      if (!broken) {
        out[k++] = -1;
        broken = true;
      }
      col = NaN;
      continue;
    }
    col = c;
    first = lo = hi = last = i;
    loY = hiY = y;
  }
  if (k > 0 && out[k - 1] === -1) k--;
  return out.subarray(0, k);
}

/** One column of a decimated band: x, and the lowest lower and highest upper bound. */
export interface BandColumns {
  x: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** Number of columns written; a NaN `x` marks a gap. */
  count: number;
}

/**
 * The margin-of-error band per pixel column: the envelope of
 * `center − half … center + half` of every point in the column, drawn at the
 * column's mean x. Gaps (NaN) break the band. One plain loop, no closures.
 */
export function decimateBand(
  xs: ArrayLike<number>,
  center: ArrayLike<number>,
  half: ArrayLike<number>,
  from = 0,
  to = xs.length - 1,
): BandColumns {
  const size = Math.max(0, to - from + 2);
  const out: BandColumns = { x: new Float64Array(size), lo: new Float64Array(size), hi: new Float64Array(size), count: 0 };
  let col = NaN;
  let sumX = 0;
  let cnt = 0;
  let l = Infinity;
  let h = -Infinity;
  let broken = true;
  for (let i = from; i <= to + 1; i++) {
    const end = i > to;
    const c = end ? NaN : center[i]!;
    const m = end ? NaN : half[i]!;
    const gap = !end && (c !== c || m !== m);
    const column = end || gap ? NaN : Math.floor(xs[i]!);
    if (!end && !gap && column === col) {
      sumX += xs[i]!;
      cnt++;
      if (c - m < l) l = c - m;
      if (c + m > h) h = c + m;
      continue;
    }
    if (cnt) {
      out.x[out.count] = sumX / cnt;
      out.lo[out.count] = l;
      out.hi[out.count] = h;
      out.count++;
      broken = false;
      cnt = 0;
    }
    if (end) break;
    if (gap) {
      if (!broken) {
        out.x[out.count++] = NaN;
        broken = true;
      }
      col = NaN;
      continue;
    }
    col = column;
    sumX = xs[i]!;
    cnt = 1;
    l = c - m;
    h = c + m;
  }
  if (out.count > 0 && Number.isNaN(out.x[out.count - 1]!)) out.count--;
  return out;
}
