/**
 * Paints the data layer (bands, lines, markers, composition bars) on a canvas
 * from the computed geometry, decimated per pixel column. Axes, labels, focus
 * and everything accessible live in SVG/DOM, not here.
 */
import type { Aggregation } from './aggregate.js';
import { columnSpans, decimateBand, decimateMinMax } from './decimate.js';
import type { SeriesFigures } from './figures.js';
import type { Geometry } from './layout.js';
import { lineStyle, MARKER_STEP, markerPath, markerRadius, shapeOf } from './marks.js';

export interface Palette {
  series: string[];
  bg: string;
  fg: string;
  muted: string;
  good: string;
  bad: string;
  passive: string;
}

export interface PaintInput {
  g: Geometry;
  agg: Aggregation;
  figures: readonly SeriesFigures[];
  visible: readonly boolean[];
  active: number;
  palette: Palette;
}

/** Sizes the canvas for the device pixel ratio and paints everything. */
export function paint(canvas: HTMLCanvasElement, input: PaintInput, dpr: number): void {
  const { g } = input;
  const w = Math.max(1, Math.round(g.width * dpr));
  const h = Math.max(1, Math.round(g.height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.save();
  ctx.beginPath();
  ctx.rect(g.plot.left, g.plot.top - 6, g.plot.width, g.plot.height + 12);
  ctx.clip();
  const { figures, visible, active } = input;
  if (visible[active] && figures[active]) drawBand(ctx, input, active);
  figures.forEach((_, s) => {
    if (visible[s] && s !== active) drawLine(ctx, input, s, false);
  });
  if (visible[active] && figures[active]) drawLine(ctx, input, active, true);
  ctx.restore();
  if (g.comp && visible[active] && input.agg.series[active]) drawComposition(ctx, input);
}

function drawBand(ctx: CanvasRenderingContext2D, input: PaintInput, s: number): void {
  const { g, figures, palette } = input;
  const f = figures[s]!;
  // decimated in NPS units (NPS ± MOE); only the kept columns are mapped to pixels
  const band = decimateBand(g.xs, f.nps.subarray(g.from, g.to + 1), f.moe.subarray(g.from, g.to + 1));
  ctx.fillStyle = palette.series[s % palette.series.length]!;
  ctx.globalAlpha = 0.2;
  const half = Math.min(g.step / 2, 6);
  const y = g.y;
  if (g.step < 1) {
    // several periods per pixel column: one vertical stroke per column over the envelope there
    // (a polygon with a zig-zag edge of thousands of points is slow to fill with anti-aliasing)
    ctx.lineWidth = 1;
    ctx.lineCap = 'butt';
    ctx.setLineDash([]);
    ctx.strokeStyle = ctx.fillStyle;
    ctx.beginPath();
    for (let k = 0; k < band.count; k++) {
      const bx = band.x[k]!;
      if (Number.isNaN(bx)) continue;
      const x = Math.floor(bx) + 0.5;
      ctx.moveTo(x, y(band.hi[k]!));
      ctx.lineTo(x, y(band.lo[k]!));
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
    return;
  }
  let start = 0;
  for (let k = 0; k <= band.count; k++) {
    if (k < band.count && !Number.isNaN(band.x[k]!)) continue;
    if (k > start) {
      ctx.beginPath();
      const single = k - start === 1;
      // a lone period is drawn as a short box so that its interval stays visible
      ctx.moveTo(band.x[start]! - (single ? half : 0), y(band.hi[start]!));
      for (let j = start; j < k; j++) ctx.lineTo(band.x[j]!, y(band.hi[j]!));
      if (single) ctx.lineTo(band.x[start]! + half, y(band.hi[start]!)), ctx.lineTo(band.x[start]! + half, y(band.lo[start]!));
      for (let j = k - 1; j >= start; j--) ctx.lineTo(band.x[j]!, y(band.lo[j]!));
      if (single) ctx.lineTo(band.x[start]! - half, y(band.lo[start]!));
      ctx.closePath();
      ctx.fill();
    }
    start = k + 1;
  }
  ctx.globalAlpha = 1;
}

function drawLine(ctx: CanvasRenderingContext2D, input: PaintInput, s: number, emphasis: boolean): void {
  const { g, figures, palette } = input;
  const f = figures[s]!;
  const colour = palette.series[s % palette.series.length]!;
  const values = f.nps.subarray(g.from, g.to + 1);
  const y = g.y;
  ctx.strokeStyle = colour;
  let lone: number[];
  if (g.step < 1) {
    // several periods per pixel column: one vertical stroke per column over the line's extent there
    // (the same pixels as the full polyline, without thousands of anti-aliased diagonal segments)
    const spans = columnSpans(g.xs, values);
    // 1 px strokes centred in their pixel column rasterise on a fast path (wider strokes are
    // outlined and filled: many times slower); the emphasised line is the same strokes twice, 1 px apart
    ctx.lineWidth = 1;
    ctx.lineCap = 'butt';
    ctx.setLineDash([]);
    for (let dx = 0.5; dx < (emphasis ? 2 : 1); dx++) {
      ctx.beginPath();
      for (let k = 0; k < spans.count; k++) {
        const x = spans.col[k]! + dx;
        // y() falls as the value rises: the highest value is the top; half a pixel more at each end
        ctx.moveTo(x, y(spans.hi[k]!) - 0.5);
        ctx.lineTo(x, y(spans.lo[k]!) + 0.5);
      }
      ctx.stroke();
    }
    lone = spans.lone;
  } else {
    // decimated in NPS units (a linear map to pixels keeps the same points); only kept points are mapped
    const keep = decimateMinMax(g.xs, values);
    const style = lineStyle(g.step, s, emphasis);
    ctx.lineWidth = style.width;
    ctx.lineJoin = style.join;
    ctx.lineCap = style.cap;
    ctx.setLineDash(style.dash as number[]);
    ctx.beginPath();
    let pen = false;
    lone = [];
    for (let k = 0; k < keep.length; k++) {
      const i = keep[k]!;
      if (i < 0) {
        pen = false;
        continue;
      }
      if (!pen) {
        ctx.moveTo(g.xs[i]!, y(values[i]!));
        pen = true;
        const next = keep[k + 1];
        if (next === undefined || next < 0) lone.push(i);
      } else ctx.lineTo(g.xs[i]!, y(values[i]!));
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  // markers: on every point when there is room, else on lone points and the last point
  ctx.fillStyle = colour;
  const r = markerRadius(emphasis);
  const every = g.step >= MARKER_STEP;
  const at = (i: number) => {
    ctx.fill(new Path2D(markerPath(shapeOf(s), g.xs[i]!, y(values[i]!), r)));
  };
  if (every) {
    for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) at(i);
  } else {
    for (const i of lone) at(i);
    for (let i = values.length - 1; i >= 0; i--) {
      if (!Number.isNaN(values[i]!)) {
        at(i);
        break;
      }
    }
  }
}

/** 100 % stacked bars of the active series: detractors at the bottom, passives, promoters on top. */
function drawComposition(ctx: CanvasRenderingContext2D, input: PaintInput): void {
  const { g, agg, active, palette } = input;
  const box = g.comp!;
  const c = agg.series[active]!;
  const count = g.to - g.from + 1;
  // periods that share a pixel column are summed by counts (never averaged shares)
  const cols = Math.max(1, Math.min(count, Math.floor(box.width)));
  const binned = cols < count;
  const p = new Float64Array(cols);
  const pa = new Float64Array(cols);
  const d = new Float64Array(cols);
  const x0 = new Float64Array(cols);
  const x1 = new Float64Array(cols);
  for (let i = 0; i < count; i++) {
    const b = binned ? Math.min(cols - 1, Math.floor(((g.xs[i]! - box.left) / box.width) * cols)) : i;
    p[b]! += c.promoters[g.from + i]!;
    pa[b]! += c.passives[g.from + i]!;
    d[b]! += c.detractors[g.from + i]!;
    const gap = binned ? 0 : Math.min(2, g.step * 0.2);
    const left = binned ? box.left + (b * box.width) / cols : g.xs[i]! - g.step / 2 + gap / 2;
    const right = binned ? box.left + ((b + 1) * box.width) / cols : g.xs[i]! + g.step / 2 - gap / 2;
    x0[b] = left;
    x1[b] = right;
  }
  const bottom = box.top + box.height;
  const layers: [Float64Array, string][] = [
    [d, palette.bad],
    [pa, palette.passive],
    [p, palette.good],
  ];
  for (const [values, colour] of layers) {
    ctx.fillStyle = colour;
    ctx.beginPath();
    for (let b = 0; b < cols; b++) {
      const n = p[b]! + pa[b]! + d[b]!;
      if (!(n > 0)) continue;
      // the stack below this layer
      let below = 0;
      if (values === pa) below = d[b]!;
      else if (values === p) below = d[b]! + pa[b]!;
      const y1 = bottom - (below / n) * box.height;
      const y0 = bottom - ((below + values[b]!) / n) * box.height;
      ctx.rect(x0[b]!, y0, Math.max(0.75, x1[b]! - x0[b]!), y1 - y0);
    }
    ctx.fill();
  }
}
