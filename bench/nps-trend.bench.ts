/**
 * <nps-trend> against Chart.js (line chart, animation off) and uPlot, same
 * page, same run, same data. Peers get the NPS per period already computed
 * (outside the timing); ours starts from the raw counts (validation,
 * aggregation, statistics, layout, canvas, SVG and DOM all inside the timing).
 *
 * "Main-thread time to painted" = the synchronous work of creating the chart
 * (our element up to updateComplete, which includes the canvas paint of dense
 * series; sparse series are SVG paths, painted by the browser in the next
 * frame, which is counted) plus the style / layout / paint work of the next
 * frame (from its first animation-frame callback to the first task after it,
 * lib/measure.ts mainThreadSplit). Idle time is not counted, for anyone:
 * neither the wait for vsync nor the wait while a peer's large canvas is
 * rasterised off the main thread. The harness's timeToPaint (which includes
 * those waits) is printed too. The subjects are measured in rounds.
 */
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import uPlot from 'uplot';
import { budget, cap, fail, inRounds, mainThreadSplit, median, report, sample, scriptTime, snapshot, stage, staticCopy, type StaticCopy, timeToPaint, type BenchRow, type BudgetRow } from './lib/measure.js';
import { NpsTrend } from '../src/widgets/nps-trend/index.js';
import { aggregate } from '../src/widgets/nps-trend/aggregate.js';
import { paint } from '../src/widgets/nps-trend/draw.js';
import { columnSpans, decimateMinMax } from '../src/widgets/nps-trend/decimate.js';
import { seriesFigures } from '../src/widgets/nps-trend/figures.js';
import { layout } from '../src/widgets/nps-trend/layout.js';
import { shapeOf } from '../src/widgets/nps-trend/marks.js';
import { dataLayer, drawsAsSvg } from '../src/widgets/nps-trend/svg-paths.js';
import { LenientNpsTrend } from '../src/widgets/nps-trend/schema.js';
import { sanitize } from '../src/data/sanitize.js';
import { validate } from '../src/data/validate.js';
import { npsFromCounts } from '../src/stats/index.js';
import { dailyColumns, dailyPoints } from '../stories/fixtures/nps-trend.js';
import type { NpsTrend as NpsTrendData } from '../src/data/schemas/nps.js';

// A line chart with the features ours has (legend, tooltip); no point markers at this density, like ours.
Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);
const TAG = 'bench-nps-trend';
if (!customElements.get(TAG)) customElements.define(TAG, class extends NpsTrend {});

/** `?only=small|big|live|fixed` runs one part (for profiling; `fixed`: ours alone, 12 days × 1 series or `&days=N&series=K`); the full run measures everything. */
const ONLY = new URLSearchParams(location.search).get('only');
const W = 1200;
const H = 420;
const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

interface Peer {
  xs: number[]; // ms
  ys: (number | null)[][]; // per series
}

/** NPS per period (null in gaps) computed from the same counts, for the peers. */
function peerData(trend: NpsTrendData): Peer {
  const DAY = 86_400_000;
  let xs: number[] = [];
  const ys: (number | null)[][] = [];
  for (const s of trend.series) {
    const col = s.columns;
    const pts = col
      ? col.promoters.map((p, i) => ({ t: Date.parse(col.start) + i * DAY, c: { promoters: p, passives: col.passives[i]!, detractors: col.detractors[i]! } }))
      : s.points.map((p) => ({ t: Date.parse(p.date), c: p }));
    if (!xs.length) xs = pts.map((p) => p.t);
    ys.push(pts.map((p) => npsFromCounts(p.c)?.nps ?? null));
  }
  return { xs, ys };
}

const COLOURS = ['#0b5cad', '#c2410c', '#15803d', '#9333ea', '#0e7490', '#a16207', '#be123c', '#475569'];

function chartJs(host: HTMLElement, d: Peer): () => void {
  const canvas = document.createElement('canvas');
  host.append(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: d.ys.map((ys, s) => ({
        label: `S${s + 1}`,
        data: ys.map((y, i) => ({ x: d.xs[i]!, y })),
        borderColor: COLOURS[s],
        borderWidth: 1.5,
        pointRadius: 0,
      })),
    },
    // defaults otherwise (responsive like ours, parsing on); the time axis is linear (no date adapter installed)
    options: { animation: false, maintainAspectRatio: false, scales: { x: { type: 'linear' } } },
  });
  return () => chart.destroy();
}

function uplot(host: HTMLElement, d: Peer): () => void {
  const u = new uPlot(
    {
      width: W,
      height: H,
      scales: { x: { time: true } },
      series: [{}, ...d.ys.map((_, s) => ({ label: `S${s + 1}`, stroke: COLOURS[s], width: 1.5 }))],
    },
    [d.xs.map((x) => x / 1000), ...d.ys] as uPlot.AlignedData,
    host,
  );
  return () => u.destroy();
}

/** The points of NPS values spread over W × H px (−100 … 100), each with whether it continues a line (gaps break it). */
function polyline(values: readonly (number | null)[], to: (x: number, y: number, open: boolean) => void): void {
  const dx = W / Math.max(1, values.length - 1);
  let open = false;
  values.forEach((v, i) => {
    if (v === null) {
      open = false;
      return;
    }
    to(i * dx, H / 2 - (v / 100) * (H / 2), open);
    open = true;
  });
}

/**
 * The floor, for information: the least any chart element can do. A custom
 * element with a shadow root and one canvas that strokes the precomputed values
 * (as the peers get them) as one polyline: no axes, text, band, toolbar, legend,
 * validation or statistics. Whatever a widget adds comes on top of this.
 */
class FloorChart extends HTMLElement {
  values: (number | null)[] = [];
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const canvas = document.createElement('canvas');
    const dpr = devicePixelRatio || 1;
    canvas.width = W * dpr;
    canvas.height = H * dpr;
    canvas.style.cssText = `width:${W}px;height:${H}px;display:block`;
    root.replaceChildren(canvas);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(dpr, dpr);
    ctx.beginPath();
    polyline(this.values, (x, y, open) => (open ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
    ctx.strokeStyle = COLOURS[0]!;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
}
if (!customElements.get('bench-floor-chart')) customElements.define('bench-floor-chart', FloorChart);

/** The same floor drawn as one SVG path instead of a canvas. */
class FloorSvgChart extends HTMLElement {
  values: (number | null)[] = [];
  connectedCallback(): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    let d = '';
    polyline(this.values, (x, y, open) => (d += `${open ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`));
    root.innerHTML = `<svg width="${W}" height="${H}" style="display:block"><path fill="none" stroke="${COLOURS[0]}" stroke-width="1.5" d="${d}"></path></svg>`;
  }
}
if (!customElements.get('bench-floor-svg-chart')) customElements.define('bench-floor-svg-chart', FloorSvgChart);

function floor(host: HTMLElement, d: Peer, tag = 'bench-floor-chart'): () => void {
  const el = document.createElement(tag) as FloorChart;
  el.values = d.ys[0]!;
  host.append(el);
  return () => undefined;
}

/**
 * For information: our element's DOM for `data` as a static copy (the shadow
 * root's nodes cloned from a template, the same adopted style sheets), with no
 * logic at all. What the widget's toolbar, legend, KPI, axes, key and summary
 * cost as DOM alone; the rest of ours is logic.
 */
async function staticCopyOf(data: unknown): Promise<StaticCopy> {
  const probe = document.createElement(TAG) as NpsTrend;
  probe.data = data;
  const host = stage(W, H);
  host.append(probe);
  await probe.updateComplete;
  await frame();
  const copy = snapshot(probe);
  host.remove();
  return copy;
}

function ours(host: HTMLElement, data: unknown): () => Promise<unknown> {
  return async () => {
    const el = document.createElement(TAG) as NpsTrend;
    el.data = data;
    host.append(el);
    await el.updateComplete;
    // the data layer: a canvas when periods are denser than the pixels, else SVG paths (checked: not empty)
    const root = el.shadowRoot;
    const lines = Array.from(root?.querySelectorAll('.data .line') ?? []);
    if (!root?.querySelector('canvas') && !lines.some((l) => l.getAttribute('d'))) throw new Error('nps-trend drew no data');
  };
}

type Subject = { name: string; make: (host: HTMLElement) => () => Promise<unknown> | unknown };

/**
 * Each subject's main-thread time to painted (median of `n`) and wall-clock timeToPaint, measured in
 * rounds (one run of each subject per round, after 2 warm-up rounds), so the machine's slow and fast
 * spells fall on every subject alike.
 */
async function measure(bench: string, subjects: Subject[], n: number): Promise<{ rows: BenchRow[]; medians: Record<string, number> }> {
  const rows: BenchRow[] = [];
  const medians: Record<string, number> = {};
  const one = async <T>(s: Subject, how: (run: () => Promise<unknown>) => Promise<T>): Promise<T> => {
    const host = stage(W, H);
    let destroy: unknown;
    const r = await how(async () => {
      destroy = await s.make(host)();
    });
    if (typeof destroy === 'function') (destroy as () => void)();
    host.remove();
    await frame();
    return r;
  };
  const busy = await inRounds(n, subjects.map((s) => () => one(s, mainThreadSplit)));
  const wallRuns = Math.max(3, Math.round(n / 2));
  const toPaint = await inRounds(wallRuns, subjects.map((s) => () => one(s, timeToPaint)), 1);
  for (const [k, s] of subjects.entries()) {
    const b = busy[k]!;
    medians[s.name] = median(b.map((r) => r.total));
    rows.push({ bench, subject: s.name, metric: 'of which synchronous', value: median(b.map((r) => r.sync)), unit: 'ms' });
    rows.push({ bench, subject: s.name, metric: 'of which next frame (style/layout/paint)', value: median(b.map((r) => r.frame)), unit: 'ms' });
    rows.push({ bench, subject: s.name, metric: `main-thread time to painted (median of ${n})`, value: medians[s.name]!, unit: 'ms' });
    rows.push({ bench, subject: s.name, metric: `timeToPaint incl. idle frame wait (median of ${wallRuns})`, value: median(toPaint[k]!), unit: 'ms' });
  }
  return { rows, medians };
}

async function liveAppend(): Promise<{ rows: BenchRow[]; budgets: BudgetRow[] }> {
  const data = dailyColumns(10, 8);
  const host = stage(W, H + 200);
  const el = document.createElement(TAG) as NpsTrend;
  el.data = data;
  host.append(el);
  await el.updateComplete;
  await frame();
  const last = Date.parse(data.series[0]!.columns!.start) + (data.series[0]!.columns!.promoters.length - 1) * 86_400_000;
  const onLive = (el as unknown as { onLive(m: { id: string; type: string; data: unknown }): void }).onLive.bind(el);
  let day = 0;
  const appendTimes = await sample(25, async () => {
    day++;
    const event = { id: `e${day}`, time: new Date(last + day * 86_400_000 + 3_600_000).toISOString(), seriesId: 's1', score: 10 };
    const t = await scriptTime(async () => {
      onLive({ id: event.id, type: 'feedback', data: event });
      await el.updateComplete;
    });
    await frame();
    return t;
  });
  const sameTimes = await sample(25, async (i) => {
    const event = { id: `f${i}`, time: new Date(last + day * 86_400_000 + 7_200_000).toISOString(), seriesId: 's3', score: 4 };
    const t = await scriptTime(async () => {
      onLive({ id: event.id, type: 'feedback', data: event });
      await el.updateComplete;
    });
    await frame();
    return t;
  });
  // keyboard movement between periods on the 29,000-period chart
  const plot = el.shadowRoot!.querySelector('.plot') as HTMLElement;
  plot.focus();
  await el.updateComplete;
  const keyTimes = await sample(25, async () => {
    const t = await scriptTime(async () => {
      plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      await el.updateComplete;
    });
    await frame();
    return t;
  });
  const rangeTimes = await sample(10, async (i) => {
    const t = await scriptTime(async () => {
      el.range = i % 2 ? 'all' : '1y';
      await el.updateComplete;
    });
    await frame();
    return t;
  });
  host.remove();
  const bench = 'nps-trend 10 y daily × 8 series (29,224 periods)';
  const rows: BenchRow[] = [
    { bench, subject: 'cx nps-trend', metric: 'live answer opening a new period: script (median of 25)', value: median(appendTimes), unit: 'ms' },
    { bench, subject: 'cx nps-trend', metric: 'live answer into the last period: script (median of 25)', value: median(sameTimes), unit: 'ms' },
    { bench, subject: 'cx nps-trend', metric: 'arrow key to next period: script (median of 25)', value: median(keyTimes), unit: 'ms' },
    { bench, subject: 'cx nps-trend', metric: 'range 1 y ↔ all: script (median of 10)', value: median(rangeTimes), unit: 'ms' },
  ];
  return {
    rows,
    budgets: [
      cap('live append of one period ≤ 4 ms script', median(appendTimes), 4),
      cap('arrow key on 29k periods ≤ 16 ms script', median(keyTimes), 16),
    ],
  };
}

/** Where the time goes for 100,000 points (columnar): each step on its own (median of 5). */
async function phases(big: unknown, bench: string): Promise<BenchRow[]> {
  const row = async (metric: string, fn: () => unknown) => {
    const xs = await sample(15, () => scriptTime(fn), 2);
    return { bench, subject: 'cx nps-trend', metric, value: median(xs), unit: 'ms' };
  };
  const clean = sanitize(big);
  const valid = validate(LenientNpsTrend, big);
  const agg = aggregate(valid, undefined);
  const figures = agg.series.map(seriesFigures);
  const input = { agg, figures, visible: figures.map(() => true), active: 0, from: 0, to: agg.length - 1, width: W, composition: false, annotations: [] };
  const g = layout(input);
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const palette = { series: COLOURS, bg: '#fff', fg: '#000', muted: '#555', good: '#080', bad: '#c00', passive: '#555' };
  const out = [
    await row('sanitize (core: copy without polluting keys)', () => sanitize(big)),
    await row('element: data → updateComplete (sync)', async () => {
      const e = document.createElement(TAG) as NpsTrend;
      e.data = big;
      const h = stage(W, H);
      h.append(e);
      await e.updateComplete;
      h.remove();
    }),
    await row('schema safeParse', () => LenientNpsTrend.safeParse(clean)),
    await row('aggregate', () => aggregate(valid, undefined)),
    await row('figures (npsFromCounts per period)', () => agg.series.map(seriesFigures)),
    await row('layout', () => layout(input)),
    // what the paint uses: per-pixel column spans when periods are denser than pixels, else min/max per pixel
    await row(g.step < 1 ? 'decimate 8 series (extent per pixel column)' : 'decimate 8 series (min/max per pixel)', () => {
      for (const f of figures) {
        if (g.step < 1) columnSpans(g.xs, f.nps);
        else decimateMinMax(g.xs, f.nps);
      }
    }),
    // what the element draws: SVG path data for a few hundred points with a pixel each, else the canvas
    drawsAsSvg(g, figures.length)
      ? await row('SVG data layer (path strings)', () => dataLayer(g, figures, agg.series, input.visible, 0, shapeOf))
      : await row('canvas paint (decimated)', () => paint(canvas, { g, agg, figures, visible: input.visible, active: 0, palette }, 1)),
  ];
  canvas.remove();
  return out;
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const budgets: BudgetRow[] = [];
  if (!ONLY || ONLY === 'phases') {
    rows.push(...(await phases(dailyColumns(12_500 / 365.25, 8, 9, '1990-01-01'), 'nps-trend 100,000 points: steps')));
    rows.push(...(await phases(dailyPoints(1000, 1), 'nps-trend 1,000 points: steps')));
  }

  if (!ONLY || ONLY === 'small') {
  const small = dailyPoints(1000, 1);
  const smallPeer = peerData(small);
  const a = await measure(
    'nps-trend 1,000 points (1 series, daily, object form)',
    [
      { name: 'cx nps-trend', make: (h) => ours(h, small) },
      { name: 'Chart.js line', make: (h) => () => chartJs(h, smallPeer) },
      { name: 'uPlot', make: (h) => () => uplot(h, smallPeer) },
      { name: 'floor: element + canvas polyline only', make: (h) => () => floor(h, smallPeer) },
      { name: 'floor: element + SVG path only', make: (h) => () => floor(h, smallPeer, 'bench-floor-svg-chart') },
    ],
    15,
  );
  rows.push(...a.rows);
  // for information: how far under Chart.js the fastest peer and the bare floor get, against the 0.4 budget
  for (const name of ['uPlot', 'floor: element + canvas polyline only', 'floor: element + SVG path only']) {
    rows.push({ bench: 'nps-trend 1,000 points (1 series, daily, object form)', subject: name, metric: 'ratio to Chart.js (budget for ours: 0.4)', value: a.medians[name]! / a.medians['Chart.js line']!, unit: '×' });
  }
  // for information: the fixed cost of the widget (frame, toolbar, legend, axes, summary) with 12 points
  const tiny = dailyPoints(12, 1);
  const tinyPeer = peerData(tiny);
  const copy = await staticCopyOf(tiny);
  const t = await measure(
    'nps-trend 12 points (fixed cost, for information)',
    [
      { name: 'cx nps-trend', make: (h) => ours(h, tiny) },
      { name: 'Chart.js line', make: (h) => () => chartJs(h, tinyPeer) },
      { name: 'static copy of ours: same DOM and styles, no logic', make: (h) => () => void h.append(staticCopy(copy)) },
    ],
    15,
  );
  rows.push(...t.rows);
  budgets.push(budget('1,000 points: ours / Chart.js ≤ 0.4', a.medians['cx nps-trend']!, a.medians['Chart.js line']!, 0.4));
  }
  if (ONLY === 'fixed') {
    const tiny = dailyPoints(Number(new URLSearchParams(location.search).get('days') ?? 12), Number(new URLSearchParams(location.search).get('series') ?? 1));
    rows.push(...(await measure('nps-trend 12 points, ours alone (for profiling)', [{ name: 'cx nps-trend', make: (h) => ours(h, tiny) }], 25)).rows);
  }
  if (!ONLY || ONLY === 'big') {

  // 8 series × 12,500 days = 100,000 points (34.2 years daily), compact columnar form
  const big = dailyColumns(12_500 / 365.25, 8, 9, '1990-01-01');
  const bigPeer = peerData(big);
  const points = bigPeer.ys.reduce((n, ys) => n + ys.length, 0);
  if (points !== 100_000) throw new Error(`expected 100,000 points, got ${points}`);
  const b = await measure(
    'nps-trend 100,000 points (8 series × 12,500 days, columnar form)',
    [
      { name: 'cx nps-trend', make: (h) => ours(h, big) },
      { name: 'Chart.js line', make: (h) => () => chartJs(h, bigPeer) },
      { name: 'uPlot', make: (h) => () => uplot(h, bigPeer) },
    ],
    11,
  );
  rows.push(...b.rows);
  budgets.push(budget('100,000 points: ours / Chart.js ≤ 0.3', b.medians['cx nps-trend']!, b.medians['Chart.js line']!, 0.3));
  budgets.push(budget('100,000 points: ours / uPlot ≤ 2', b.medians['cx nps-trend']!, b.medians['uPlot']!, 2));

  // for information: the same 100,000 points as one object per point
  const bigObjects = dailyPoints(12_500, 8, 9);
  const c = await measure('nps-trend 100,000 points (object form, for information)', [{ name: 'cx nps-trend', make: (h) => ours(h, bigObjects) }], 5);
  rows.push(...c.rows);
  }
  if (!ONLY || ONLY === 'live') {

  const live = await liveAppend();
  rows.push(...live.rows);
  budgets.push(...live.budgets);
  }
  report(rows, budgets);
}

main().catch(fail);
