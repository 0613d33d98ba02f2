/**
 * The data layer as SVG path data, for series with at least one pixel per
 * period (a few hundred points: a canvas would cost more to set up than the
 * paths cost to draw). The same marks as the canvas (draw.ts): the band of
 * the active series, a line per series broken at gaps, markers, and the
 * composition bars. Pure: geometry in, path strings out.
 */
import type { SeriesCounts } from './aggregate.js';
import type { SeriesFigures } from './figures.js';
import type { Geometry } from './layout.js';
import { MARKER_STEP, markerPath, markerRadius, type Shape } from './marks.js';

/**
 * Up to this many points (periods in range × visible series, with a pixel
 * each) the data is SVG; more go on the canvas. Measured with
 * `npm run bench -- 'nps-trend?only=fixed&days=N&series=K'` (1200 × 420 px,
 * two runs each): SVG drew 1,000 × 1, 400 × 2 and 150 × 8 points in 5.9–7.9 ms
 * to painted against 8.9–11.7 ms on the canvas, whose set-up and paint of a
 * plot-sized bitmap cost more than the path data. SVG stayed ahead up to
 * 4,000 points, but it repaints its paths with every focus move, so the limit
 * stays near the measured sizes.
 */
export const SVG_MAX_POINTS = 1200;

/** True when the data layer is SVG: at least a pixel per period and few points in all. */
export function drawsAsSvg(g: Pick<Geometry, 'step' | 'from' | 'to'>, visibleSeries: number): boolean {
  return g.step >= 1 && (g.to - g.from + 1) * visibleSeries <= SVG_MAX_POINTS;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The 95 % band: per run of periods with answers, the upper edge (NPS + MOE)
 * forward and the lower edge back. A lone period is a short box (at most
 * ±6 px) so that its interval stays visible.
 */
export function bandPath(g: Geometry, f: SeriesFigures): string {
  const half = Math.min(g.step / 2, 6);
  let d = '';
  let start = -1;
  for (let i = g.from; i <= g.to + 1; i++) {
    const ok = i <= g.to && !Number.isNaN(f.nps[i]!) && !Number.isNaN(f.moe[i]!);
    if (ok) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const end = i - 1;
      const x = (k: number) => g.xs[k - g.from]!;
      const hi = (k: number) => r2(g.y(f.nps[k]! + f.moe[k]!));
      const lo = (k: number) => r2(g.y(f.nps[k]! - f.moe[k]!));
      if (start === end) {
        d += `M${r2(x(start) - half)},${hi(start)}H${r2(x(start) + half)}V${lo(start)}H${r2(x(start) - half)}Z`;
      } else {
        d += `M${r2(x(start))},${hi(start)}`;
        for (let k = start + 1; k <= end; k++) d += `L${r2(x(k))},${hi(k)}`;
        for (let k = end; k >= start; k--) d += `L${r2(x(k))},${lo(k)}`;
        d += 'Z';
      }
      start = -1;
    }
  }
  return d;
}

export interface LineMarks {
  /** The line, a new subpath after every gap (a lone period has no segment). */
  line: string;
  /** The markers: on every period when there is room, else on lone periods and the last one. */
  markers: string;
}

export function linePaths(g: Geometry, f: SeriesFigures, shape: Shape, emphasis: boolean): LineMarks {
  let line = '';
  const lone: number[] = [];
  let run = 0;
  for (let i = g.from; i <= g.to; i++) {
    const v = f.nps[i]!;
    if (Number.isNaN(v)) {
      if (run === 1) lone.push(i - 1);
      run = 0;
      continue;
    }
    line += `${run ? 'L' : 'M'}${r2(g.xs[i - g.from]!)},${r2(g.y(v))}`;
    run++;
  }
  if (run === 1) lone.push(g.to);
  const r = markerRadius(emphasis);
  const at = (i: number) => markerPath(shape, g.xs[i - g.from]!, g.y(f.nps[i]!), r);
  let markers = '';
  if (g.step >= MARKER_STEP) {
    for (let i = g.from; i <= g.to; i++) if (!Number.isNaN(f.nps[i]!)) markers += at(i);
  } else {
    for (const i of lone) markers += at(i);
    for (let i = g.to; i >= g.from; i--) {
      if (!Number.isNaN(f.nps[i]!)) {
        markers += at(i);
        break;
      }
    }
  }
  return { line, markers };
}

/**
 * 100 % stacked bars of one series in the composition panel: detractors at the
 * bottom, passives, promoters on top; one path per layer. With at least a
 * pixel per period every period is its own bar (a small gap between bars).
 */
export function compositionPaths(g: Geometry, c: SeriesCounts): { detractors: string; passives: string; promoters: string } {
  const box = g.comp;
  const out = { detractors: '', passives: '', promoters: '' };
  if (!box) return out;
  const bottom = box.top + box.height;
  const gap = Math.min(2, g.step * 0.2);
  for (let i = g.from; i <= g.to; i++) {
    const p = c.promoters[i]!;
    const pa = c.passives[i]!;
    const d = c.detractors[i]!;
    const n = p + pa + d;
    if (!(n > 0)) continue;
    const x = g.xs[i - g.from]!;
    const left = r2(x - g.step / 2 + gap / 2);
    const w = r2(Math.max(0.75, g.step - gap));
    const rect = (below: number, value: number) => {
      const y1 = bottom - (below / n) * box.height;
      const y0 = bottom - ((below + value) / n) * box.height;
      return `M${left},${r2(y0)}h${w}V${r2(y1)}h${-w}Z`;
    };
    out.detractors += rect(0, d);
    out.passives += rect(d, pa);
    out.promoters += rect(d + pa, p);
  }
  return out;
}

/** Everything the SVG data layer draws, in drawing order. */
export interface DataLayer {
  /** Band of the active series. */
  band?: { series: number; d: string };
  /** Lines and markers: the other visible series first, the active one last (on top). */
  lines: { series: number; emphasis: boolean; line: string; markers: string }[];
  composition?: { detractors: string; passives: string; promoters: string };
}

export function dataLayer(
  g: Geometry,
  figures: readonly SeriesFigures[],
  counts: readonly SeriesCounts[],
  visible: readonly boolean[],
  active: number,
  shapeOf: (series: number) => Shape,
): DataLayer {
  const lines: DataLayer['lines'] = [];
  const add = (s: number) => lines.push({ series: s, emphasis: s === active, ...linePaths(g, figures[s]!, shapeOf(s), s === active) });
  figures.forEach((_, s) => {
    if (visible[s] && s !== active) add(s);
  });
  const shown = !!visible[active] && !!figures[active];
  if (shown) add(active);
  return {
    band: shown ? { series: active, d: bandPath(g, figures[active]!) } : undefined,
    lines,
    // the bars belong to the active series: none while it is hidden (every series switched off)
    composition: g.comp && shown && counts[active] ? compositionPaths(g, counts[active]) : undefined,
  };
}
