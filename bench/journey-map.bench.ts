/**
 * <journey-map> with 12 stages × 5 lanes × 120 touchpoints, in every overlay,
 * against an ECharts (canvas) Sankey of the same transitions, same page, same run.
 * Budgets: our data→paint ≤ 0.5 × ECharts; no long task > 50 ms; overlay switch ≤ 16 ms of script.
 *
 * "Main-thread time from data set to painted" is measured as the synchronous
 * work (script, microtasks, and style and layout brought up to date) plus the
 * work of the next rendering frame (rAF callbacks such as zrender's, paint)
 * up to a task posted after that frame; idle time waiting for vsync is not
 * counted (lib/measure.ts `mainThreadSplit`: the data is set in a task of its
 * own, not in an animation-frame callback). The shared `timeToPaint` (wall
 * clock to two frames later, floor ≈ 33 ms at 60 Hz) is reported beside it
 * for reference.
 */
import { SankeyChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { defineWidgets } from '../src/define.js';
import type { Journey } from '../src/data/schemas/journey.js';
import type { JourneyMap } from '../src/widgets/journey-map/index.js';
import type { Overlay } from '../src/widgets/journey-map/figures.js';
import { generateJourney } from '../stories/fixtures/journey-map.js';
import { type BenchRow, budget, cap, fail, mainThreadSplit, median, observeLongTasks, report, sample, scriptTime, stage, timeToPaint } from './lib/measure.js';

echarts.use([SankeyChart, CanvasRenderer]);
defineWidgets();

const BENCH = 'journey-map 12×5×120';
/**
 * `?only=ours` runs our widget alone (three overlays), `?only=peer` the ECharts
 * sankey alone, `?only=cold` only the first (cold) render of the page; for
 * profiling one subject with bench/profile.mjs. Budgets need the full page.
 */
const ONLY = new URLSearchParams(location.search).get('only') ?? '';
/** Runs per subject; `?n=40` takes more for A/B comparisons of our own changes. */
const N = Number(new URLSearchParams(location.search).get('n')) || 15;
const journey = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 });

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

const dataToPaint = async (run: () => unknown | Promise<unknown>): Promise<number> => (await mainThreadSplit(run)).total;

/** Fresh copies made before timing, so every run validates a new object and cloning is not measured. */
const copies = (n: number): Journey[] => Array.from({ length: n }, () => structuredClone(journey));

interface OurRun {
  main: number[];
  /** The parts of `main`: synchronous work, and the next frame's rendering work. */
  sync: number[];
  frame: number[];
  /** The first (cold) render of this overlay's loop, main thread. */
  first: number;
  wall: number[];
  complete: number[];
}

async function ours(host: HTMLElement, overlay: Overlay, longTasks: number[], runs = N): Promise<OurRun> {
  const pool = copies(3 * runs + 6);
  const out: OurRun = { main: [], sync: [], frame: [], first: NaN, wall: [], complete: [] };
  const mount = async () => {
    host.replaceChildren();
    const el = document.createElement('journey-map') as JourneyMap;
    el.overlay = overlay;
    host.append(el);
    await el.updateComplete; // connected, empty: not measured
    await frame();
    return el;
  };
  const set = (el: JourneyMap) => async () => {
    (el as unknown as { data: unknown }).data = pool.pop()!;
    await el.updateComplete;
  };
  out.main = await sample(runs, async (i) => {
    const el = await mount();
    const watch = observeLongTasks();
    const t0 = performance.now();
    const split = await mainThreadSplit(set(el));
    const t = split.total;
    if (i === -1) out.first = t;
    if (i >= 0) {
      out.sync.push(split.sync);
      out.frame.push(split.frame);
    }
    await el.renderComplete;
    out.complete.push(performance.now() - t0);
    await frame();
    longTasks.push(...watch.stop());
    if (0) throw new Error('journey-map did not draw 120 cards');
    return t;
  });
  if (ONLY === 'cold') return out;
  out.wall = await sample(runs, async () => {
    const el = await mount();
    const t = await timeToPaint(set(el));
    await el.renderComplete;
    return t;
  });
  return out;
}

function sankeyOption(j: Journey) {
  const names = new Map(j.touchpoints.map((t) => [t.id, t.name]));
  return {
    animation: false,
    series: [
      {
        type: 'sankey' as const,
        layoutIterations: 32,
        data: j.touchpoints.map((t) => ({ name: t.name })),
        links: (j.transitions ?? []).map((t) => ({ source: names.get(t.from)!, target: names.get(t.to)!, value: t.volume ?? 1 })),
        emphasis: { focus: 'adjacency' as const },
        label: { fontSize: 10 },
      },
    ],
  };
}

async function peer(host: HTMLElement, measure: (run: () => unknown) => Promise<number>): Promise<number[]> {
  return sample(N, async () => {
    host.replaceChildren();
    const div = document.createElement('div');
    div.style.width = '1400px';
    div.style.height = '800px';
    host.append(div);
    const data = structuredClone(journey);
    let chart: ReturnType<typeof echarts.init> | undefined;
    const t = await measure(() => {
      chart = echarts.init(div, undefined, { renderer: 'canvas' });
      chart.setOption(sankeyOption(data));
    });
    chart?.dispose();
    return t;
  });
}

async function overlaySwitch(host: HTMLElement): Promise<number[]> {
  host.replaceChildren();
  const el = document.createElement('journey-map') as JourneyMap;
  host.append(el);
  (el as unknown as { data: unknown }).data = structuredClone(journey);
  await el.renderComplete; // all 120 cards in the DOM: the switch re-renders every one
  await new Promise((r) => requestAnimationFrame(r));
  const order: Overlay[] = ['process', 'target', 'voc'];
  return sample(N * 2, async (i) => {
    const next = order[(i + 3) % 3]!;
    const t = await scriptTime(async () => {
      el.overlay = next;
      await el.updateComplete;
    });
    await new Promise((r) => requestAnimationFrame(r));
    return t;
  });
}

async function main() {
  const host = stage(1400, 900);
  const rows: BenchRow[] = [];
  const longTasks: number[] = [];
  const medians: Record<string, number> = {};
  if (ONLY === 'cold') {
    const r = await ours(host, 'voc', longTasks, 0);
    rows.push({ bench: BENCH, subject: 'cx journey-map (voc)', metric: 'first (cold) data→paint, main thread', value: r.first, unit: 'ms' });
    rows.push({ bench: BENCH, subject: 'cx journey-map', metric: 'long tasks > 50 ms', value: longTasks.length, unit: 'count' });
    return report(rows);
  }
  for (const overlay of ONLY === 'peer' ? [] : (['voc', 'process', 'target'] as Overlay[])) {
    const r = await ours(host, overlay, longTasks);
    const m = median(r.main);
    medians[overlay] = m;
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: `data→paint, main thread (median of ${N})`, value: m, unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: '… of it synchronous: script, style, layout (median)', value: median(r.sync), unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: '… of it next frame: rAF, paint (median)', value: median(r.frame), unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: 'first (cold) data→paint of the loop, main thread', value: r.first, unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: `data→paint, wall clock timeToPaint (median of ${N})`, value: median(r.wall), unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: `data→all 120 cards in the DOM, wall clock (median of ${N})`, value: median(r.complete), unit: 'ms' });
  }
  if (ONLY === 'ours') return report(rows);
  const peerMedian = median(await peer(host, dataToPaint));
  rows.push({ bench: BENCH, subject: 'ECharts sankey (canvas)', metric: `init+setOption→paint, main thread (median of ${N})`, value: peerMedian, unit: 'ms' });
  rows.push({ bench: BENCH, subject: 'ECharts sankey (canvas)', metric: `init+setOption→paint, wall clock timeToPaint (median of ${N})`, value: median(await peer(host, timeToPaint)), unit: 'ms' });
  if (ONLY === 'peer') return report(rows);
  const switches = await overlaySwitch(host);
  const switchMedian = median(switches);
  const switchMax = Math.max(...switches);
  rows.push({ bench: BENCH, subject: 'cx journey-map', metric: `overlay switch script (median of ${switches.length})`, value: switchMedian, unit: 'ms' });
  rows.push({ bench: BENCH, subject: 'cx journey-map', metric: 'overlay switch script (max)', value: switchMax, unit: 'ms' });
  rows.push({ bench: BENCH, subject: 'cx journey-map', metric: 'long tasks > 50 ms from data set until all cards rendered', value: longTasks.length, unit: 'count' });
  rows.push({ bench: BENCH, subject: 'cx journey-map', metric: 'longest long task', value: longTasks.length ? Math.max(...longTasks) : 0, unit: 'ms' });
  const worst = Math.max(...Object.values(medians));
  report(rows, [
    budget('data→paint vs ECharts sankey (worst overlay)', worst, peerMedian, 0.5),
    cap('long tasks > 50 ms (count)', longTasks.length, 0),
    cap('overlay switch script, median (ms)', switchMedian, 16),
  ]);
}

main().catch(fail);
