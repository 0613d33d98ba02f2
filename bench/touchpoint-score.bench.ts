/**
 * 100 <touchpoint-score> cards against 100 Chart.js sparklines (line chart of
 * the same 26 periods, animation off, no axes, legend or tooltip), same page,
 * same run. The peers get the NPS per period already computed (outside the
 * timing); ours starts from raw counts: validation, statistics (NPS, margin
 * of error, z test), target status, sparkline layout and the whole card DOM
 * are inside the timing.
 *
 * "Main-thread time" = the synchronous work of creating all 100 (ours up to
 * every updateComplete) plus the style / layout / paint work of the next frame
 * (its first animation-frame callback → first task after the frame); idle time
 * is not counted for anyone (lib/measure.ts mainThreadSplit). Long tasks are observed while ours is created.
 * The two are measured in rounds, one page of each per round.
 */
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { budget, cap, fail, inRounds, mainThreadSplit, median, observeLongTasks, report, rng, sample, scriptTime, snapshot, stage, staticCopy, type StaticCopy, type BenchRow } from './lib/measure.js';
import { TouchpointScore } from '../src/widgets/touchpoint-score/index.js';
import { npsFromCounts } from '../src/stats/index.js';
import { weeklyNps } from '../stories/fixtures/touchpoint-score.js';
import { ScoreSeries } from '../src/data/schemas/score.js';
import { sanitize } from '../src/data/sanitize.js';
import { validate } from '../src/data/validate.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);
const TAG = 'bench-touchpoint-score';
if (!customElements.get(TAG)) customElements.define(TAG, class extends TouchpointScore {});

const CARDS = 100;
const WEEKS = 26;
const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

const random = rng(7);
const series: ScoreSeries[] = Array.from({ length: CARDS }, (_, i) => {
  const from = -20 + random() * 60;
  return {
    id: `s${i}`,
    name: `Touchpoint ${i + 1}`,
    touchpointId: `tp${i}`,
    periods: weeklyNps(WEEKS, from, from + (random() - 0.5) * 30, 80 + Math.round(random() * 300), i + 1),
    targets: [{ metric: 'nps', value: 20, warnBelow: 30 }],
    audits: i % 3 === 0 ? [{ metric: 'nps', value: 40 }] : undefined,
  };
});
const peerValues = series.map((s) => s.periods.map((p) => npsFromCounts(p.nps!)?.nps ?? null));

const connectTimes: number[] = [];

async function ours(host: HTMLElement): Promise<() => void> {
  const t0 = performance.now();
  const els = series.map((data) => {
    const el = document.createElement(TAG) as TouchpointScore;
    el.data = data;
    return el;
  });
  host.append(...els);
  connectTimes.push(performance.now() - t0);
  await Promise.all(els.map((e) => e.updateComplete));
  if (els.some((e) => !e.shadowRoot?.querySelector('.line'))) throw new Error('a card drew no sparkline');
  return () => undefined;
}

/**
 * For information: each card's DOM as a static copy (its shadow root's nodes
 * cloned from a template made of a rendered card of the same series, the same
 * adopted style sheets), with no logic at all: what the card's DOM and styles
 * cost alone. The templates are made before the timing.
 */
let copies: StaticCopy[] = [];
async function makeCopies(): Promise<void> {
  const host = stage(1400, 4000);
  host.className = 'grid';
  const els = series.map((data) => {
    const el = document.createElement(TAG) as TouchpointScore;
    el.data = data;
    return el;
  });
  host.append(...els);
  await Promise.all(els.map((e) => e.updateComplete));
  copies = els.map(snapshot);
  host.remove();
}

async function staticCopies(host: HTMLElement): Promise<() => void> {
  host.append(...copies.map(staticCopy));
  return () => undefined;
}

async function chartJs(host: HTMLElement): Promise<() => void> {
  const charts = peerValues.map((values) => {
    const box = document.createElement('div');
    const canvas = document.createElement('canvas');
    canvas.width = 260;
    canvas.height = 40;
    box.append(canvas);
    host.append(box);
    return new Chart(canvas, {
      type: 'line',
      data: { labels: values.map((_, i) => i), datasets: [{ data: values, borderColor: '#0b5cad', borderWidth: 2, pointRadius: 0, fill: false }] },
      options: {
        animation: false,
        responsive: false,
        events: [],
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { x: { display: false }, y: { display: false } },
      },
    });
  });
  return () => charts.forEach((c) => c.destroy());
}

/** One fresh page of 100 of `make`, created and painted; its main-thread time and parts. */
async function once(make: (host: HTMLElement) => Promise<() => void>) {
  const host = stage(1400, 4000);
  host.className = 'grid';
  let destroy: () => void = () => undefined;
  const r = await mainThreadSplit(async () => {
    destroy = await make(host);
  });
  destroy();
  host.remove();
  await frame();
  return r;
}

type Split = Awaited<ReturnType<typeof once>>;

function rowsOf(name: string, runs: readonly Split[], rows: BenchRow[]): number {
  const m = median(runs.map((r) => r.total));
  rows.push({ bench: `${CARDS} cards`, subject: name, metric: 'of which synchronous', value: median(runs.map((r) => r.sync)), unit: 'ms' });
  rows.push({ bench: `${CARDS} cards`, subject: name, metric: 'of which next frame (style/layout/paint)', value: median(runs.map((r) => r.frame)), unit: 'ms' });
  rows.push({ bench: `${CARDS} cards`, subject: name, metric: `main-thread time to painted (median of ${runs.length})`, value: m, unit: 'ms' });
  return m;
}

async function main() {
  const rows: BenchRow[] = [];
  const N = 9;
  // `?only=ours|peer` measures one subject alone (for profiling); the budget needs both
  const only = new URLSearchParams(location.search).get('only');
  // in rounds: the peer, then ours (lib/measure.ts inRounds)
  if (!only) await makeCopies();
  const subjects = [
    { name: 'Chart.js line (sparkline)', make: chartJs, skip: only === 'ours' },
    { name: 'cx touchpoint-score', make: ours, skip: only === 'peer' },
    { name: 'static copies of our cards: same DOM and styles, no logic', make: staticCopies, skip: !!only },
  ].filter((s) => !s.skip);
  const results = await inRounds(N, subjects.map((s) => () => once(s.make)));
  const medians = new Map(subjects.map((s, k) => [s.name, rowsOf(s.name, results[k]!, rows)]));
  const peer = medians.get('Chart.js line (sparkline)') ?? NaN;
  const mine = medians.get('cx touchpoint-score') ?? NaN;
  const copyMs = medians.get('static copies of our cards: same DOM and styles, no logic');
  if (copyMs !== undefined) rows.push({ bench: `${CARDS} cards`, subject: 'static copies of our cards: same DOM and styles, no logic', metric: 'ratio to Chart.js (budget for ours: 0.3)', value: copyMs / peer, unit: '×' });
  if (only === 'peer') return report(rows);
  // long tasks while ours is created and painted, over several fresh runs
  const longest: number[] = [];
  for (let i = 0; i < 5; i++) {
    const watch = observeLongTasks();
    const host = stage(1400, 4000);
    host.className = 'grid';
    await mainThreadSplit(() => ours(host));
    await frame();
    longest.push(Math.max(0, ...watch.stop()));
    host.remove();
    await frame();
  }
  rows.push({ bench: `${CARDS} cards`, subject: 'cx touchpoint-score', metric: 'longest long task (max of 5 runs; 0 = none > 50 ms)', value: Math.max(...longest), unit: 'ms' });
  rows.push({ bench: `${CARDS} cards`, subject: 'cx touchpoint-score', metric: 'create + connect 100 elements, one task (median)', value: median(connectTimes), unit: 'ms' });
  // for information, after the long-task watch (these loops run in one task): the core's share of ours,
  // the same validate() call the card makes for its `data`
  const validation = await sample(N, () => scriptTime(() => series.forEach((s) => validate(ScoreSeries, s))));
  const copies = await sample(N, () => scriptTime(() => series.forEach((s) => sanitize(s))));
  rows.push({ bench: `${CARDS} cards`, subject: 'core (shared)', metric: 'validate() of the 100 series: sanitize copy + zod (median)', value: median(validation), unit: 'ms' });
  rows.push({ bench: `${CARDS} cards`, subject: 'core (shared)', metric: '… of which sanitize copy (median)', value: median(copies), unit: 'ms' });
  if (only) return report(rows);
  report(rows, [budget('100 cards main-thread time vs Chart.js', mine, peer, 0.3), cap('no long task > 50 ms (ms)', Math.max(...longest), 50)]);
}

main().catch(fail);
