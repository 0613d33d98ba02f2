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
  const n = Math.max(0, to - from + 1);
  // sized by the pixels, not the points (this runs on every redraw), grown when gaps need more
  let size = n ? Math.min(n + 1, Math.ceil(Math.abs(xs[to]! - xs[from]!)) + 18) : 0;
  const out: BandColumns = { x: new Float64Array(size), lo: new Float64Array(size), hi: new Float64Array(size), count: 0 };
  const push = (x: number, lo: number, hi: number) => {
    if (out.count >= size) {
      size = Math.max(out.count + 1, size * 2);
      const grown = { x: new Float64Array(size), lo: new Float64Array(size), hi: new Float64Array(size) };
      grown.x.set(out.x);
      grown.lo.set(out.lo);
      grown.hi.set(out.hi);
      Object.assign(out, grown);
    }
    out.x[out.count] = x;
    out.lo[out.count] = lo;
    out.hi[out.count] = hi;
    out.count++;
  };
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
      push(sumX / cnt, l, h);
      broken = false;
      cnt = 0;
    }
    if (end) break;
    if (gap) {
      if (!broken) {
        push(NaN, NaN, NaN);
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

/** The pixels a polyline covers, per pixel column: see `columnSpans`. */
export interface ColumnSpans {
  /** Pixel column (⌊x⌋) of each span. */
  col: Int32Array;
  /** Lowest and highest value the line takes inside that column. */
  lo: Float64Array;
  hi: Float64Array;
  /** Number of spans written. */
  count: number;
  /** Indices of points with a gap (NaN) or the end on both sides: drawn as markers, a line cannot show them. */
  lone: number[];
}

/**
 * For series denser than the pixels (several points per column): the exact
 * vertical extent of the polyline through every point in each pixel column —
 * the values of its points there and where its segments cross the column's
 * edges. Drawing one vertical stroke per span paints the same columns from
 * the same lowest to the same highest value as the full polyline, but costs
 * one short axis-aligned line per column instead of thousands of diagonal
 * anti-aliased segments. A gap (NaN) ends a run; runs never join across it.
 * Values stay in data units (a linear map to pixels keeps the order).
 */
export function columnSpans(xs: ArrayLike<number>, ys: ArrayLike<number>, from = 0, to = xs.length - 1): ColumnSpans {
  const n = Math.max(0, to - from + 1);
  const width = n ? Math.ceil(Math.abs(xs[to]! - xs[from]!)) : 0;
  // one span per column plus one per run that shares a column with another; grown when gaps need more
  // (sized by the pixels, not the points: this runs on every redraw of a long series)
  let size = Math.min(n, width + 2) + 16;
  let C = new Int32Array(size);
  let L = new Float64Array(size);
  let H = new Float64Array(size);
  const grow = (need: number) => {
    size = Math.max(need, size * 2);
    const c2 = new Int32Array(size);
    const l2 = new Float64Array(size);
    const h2 = new Float64Array(size);
    c2.set(C);
    l2.set(L);
    h2.set(H);
    C = c2;
    L = l2;
    H = h2;
  };
  const lone: number[] = [];
  let k = 0; // spans written
  let col = 0;
  let lo = 0;
  let hi = 0;
  let open = false; // a span is being collected (written when its column ends)
  let px = NaN; // previous point of the run (NaN: no run)
  let py = NaN;
  let runStart = -1;
  // one plain loop, no closures: this runs over every point of every series
  for (let i = from; i <= to; i++) {
    const y = ys[i]!;
    if (y !== y) {
      if (runStart >= 0 && runStart === i - 1) lone.push(runStart);
      if (open) {
        if (k >= size) grow(k + 1);
        C[k] = col;
        L[k] = lo;
        H[k++] = hi;
        open = false;
      }
      px = py = NaN;
      runStart = -1;
      continue;
    }
    const x = xs[i]!;
    const c = Math.floor(x);
    if (py !== py) {
      // a run starts (a span of the same column before a gap stays its own span)
      if (open) {
        if (k >= size) grow(k + 1);
        C[k] = col;
        L[k] = lo;
        H[k++] = hi;
      }
      open = true;
      col = c;
      lo = hi = y;
      runStart = i;
    } else if (c === col) {
      if (y < lo) lo = y;
      else if (y > hi) hi = y;
    } else {
      // the segment (px, py) → (x, y) leaves column `col` at its right edge, crosses any columns between, enters `c`
      const slope = (y - py) / (x - px);
      let edge = py + slope * (col + 1 - px);
      if (k + (c - col) >= size) grow(k + (c - col) + 1);
      C[k] = col;
      L[k] = edge < lo ? edge : lo;
      H[k++] = edge > hi ? edge : hi;
      for (let j = col + 1; j < c; j++) {
        const next = py + slope * (j + 1 - px);
        C[k] = j;
        L[k] = edge < next ? edge : next;
        H[k++] = edge < next ? next : edge;
        edge = next;
      }
      col = c;
      lo = edge < y ? edge : y;
      hi = edge < y ? y : edge;
    }
    px = x;
    py = y;
  }
  if (runStart >= 0 && runStart === to) lone.push(runStart);
  if (open) {
    if (k >= size) grow(k + 1);
    C[k] = col;
    L[k] = lo;
    H[k++] = hi;
  }
  return { col: C, lo: L, hi: H, count: k, lone };
}
