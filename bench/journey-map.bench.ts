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
 *
 * Ours (each overlay) and the peer are measured in rounds, one run of each per
 * round, so that the machine's slow and fast spells fall on both sides alike.
 */
import { SankeyChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { defineWidgets } from '../src/define.js';
import type { Journey } from '../src/data/schemas/journey.js';
import type { JourneyMap } from '../src/widgets/journey-map/index.js';
import type { Overlay } from '../src/widgets/journey-map/figures.js';
import { generateJourney } from '../stories/fixtures/journey-map.js';
import { type BenchRow, budget, cap, explainLongFrames, fail, inRounds, mainThreadSplit, mainThreadToPaint, median, observeLongTasks, report, sample, scriptTime, stage, timeToPaint } from './lib/measure.js';

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
const N = Number(new URLSearchParams(location.search).get('n')) || 21;
const journey = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 });

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** A fresh empty map in `host` (connected, not measured). */
async function mount(host: HTMLElement, overlay: Overlay): Promise<JourneyMap> {
  host.replaceChildren();
  const el = document.createElement('journey-map') as JourneyMap;
  el.overlay = overlay;
  host.append(el);
  await el.updateComplete;
  await frame();
  return el;
}

/**
 * What is measured: setting the data on the map until its update completes.
 * Every run gets a fresh copy (validated anew), made before the clock starts.
 */
const setData = (el: JourneyMap, data: Journey) => async () => {
  (el as unknown as { data: unknown }).data = data;
  await el.updateComplete;
};

interface OurRun {
  /** Data→paint on the main thread, with its parts (synchronous work, next frame). */
  split: Awaited<ReturnType<typeof mainThreadSplit>>;
  /** Wall clock from the data set until all 120 cards are in the DOM. */
  complete: number;
}

/** One data→paint of our map. Long tasks are watched from the data set until every card is rendered. */
async function ourRun(host: HTMLElement, overlay: Overlay, longTasks: number[]): Promise<OurRun> {
  const el = await mount(host, overlay);
  const run = setData(el, structuredClone(journey));
  const watch = observeLongTasks();
  const t0 = performance.now();
  const split = await mainThreadSplit(run);
  await el.renderComplete;
  const complete = performance.now() - t0;
  await frame();
  longTasks.push(...watch.stop());
  if (el.shadowRoot!.querySelectorAll('.card').length !== 120) throw new Error('journey-map did not draw 120 cards');
  return { split, complete };
}

/** One data→paint of our map on the wall clock (timeToPaint, for reference). */
async function ourWallRun(host: HTMLElement, overlay: Overlay): Promise<number> {
  const el = await mount(host, overlay);
  const t = await timeToPaint(setData(el, structuredClone(journey)));
  await el.renderComplete;
  return t;
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

/** One init+setOption→paint of the ECharts sankey, measured with `measure`. */
async function peerRun(host: HTMLElement, measure: (run: () => unknown) => Promise<number>): Promise<number> {
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
  await frame();
  return t;
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

const OVERLAYS: Overlay[] = ['voc', 'process', 'target'];
/** Rounds before the measured ones: the first runs of a page are slower for both sides while the JIT warms up (the first, cold run is reported on its own). */
const WARM_UP = 4;

async function main() {
  const host = stage(1400, 900);
  const rows: BenchRow[] = [];
  const longTasks: number[] = [];
  if (ONLY === 'cold') {
    const frames = explainLongFrames();
    const t0 = performance.now();
    const cold = await ourRun(host, 'voc', longTasks);
    frames.stop([[t0, performance.now()]]);
    rows.push({ bench: BENCH, subject: 'cx journey-map (voc)', metric: 'first (cold) data→paint, wall clock (drawn in steps a frame apart)', value: cold.split.total, unit: 'ms' });
    rows.push({ bench: BENCH, subject: 'cx journey-map', metric: 'longest long task', value: longTasks.length ? Math.max(...longTasks) : 0, unit: 'ms' });
    return report(rows, [cap('long tasks > 50 ms in the cold render (count)', longTasks.length, 0)]);
  }
  const overlays = ONLY === 'peer' ? [] : OVERLAYS;
  const withPeer = ONLY !== 'ours';
  // In rounds: each overlay of ours, then the peer (lib/measure.ts inRounds). The first run of each
  // (round −WARM_UP, dropped from the medians) is the page's cold render, reported on its own.
  let ourFirst = NaN;
  let peerFirst = NaN;
  const ours = (o: Overlay) => async () => {
    const r = await ourRun(host, o, longTasks);
    if (Number.isNaN(ourFirst)) ourFirst = r.split.total;
    return r;
  };
  const peer = async () => {
    const t = await peerRun(host, mainThreadToPaint);
    if (Number.isNaN(peerFirst)) peerFirst = t;
    return t;
  };
  const measured = await inRounds<OurRun | number>(N, [...overlays.map(ours), ...(withPeer ? [peer] : [])], WARM_UP);
  const peerMain = withPeer ? (measured.pop() as number[]) : []; // the peer's runs come last
  const ourResults = measured as OurRun[][];
  // the wall clock (timeToPaint, floor ≈ 2 frames), for reference, likewise in rounds
  const wall = await inRounds(N, [...overlays.map((o) => () => ourWallRun(host, o)), ...(withPeer ? [() => peerRun(host, timeToPaint)] : [])], 0);
  const peerWall = withPeer ? wall.pop()! : [];
  const medians: Partial<Record<Overlay, number>> = {};
  for (const [k, overlay] of overlays.entries()) {
    const r = ourResults[k]!;
    const m = median(r.map((x) => x.split.total));
    medians[overlay] = m;
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: `data→paint, main thread (median of ${N})`, value: m, unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: '… of it synchronous: script, style, layout (median)', value: median(r.map((x) => x.split.sync)), unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: '… of it next frame: rAF, paint (median)', value: median(r.map((x) => x.split.frame)), unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: `data→paint, wall clock timeToPaint (median of ${N})`, value: median(wall[k]!), unit: 'ms' });
    rows.push({ bench: BENCH, subject: `cx journey-map (${overlay})`, metric: `data→all 120 cards in the DOM, wall clock (median of ${N})`, value: median(r.map((x) => x.complete)), unit: 'ms' });
  }
  if (overlays.length) {
    rows.push({ bench: BENCH, subject: 'cx journey-map (voc)', metric: 'first (cold) data→paint of the page, wall clock (drawn in steps a frame apart)', value: ourFirst, unit: 'ms' });
  }
  if (!withPeer) return report(rows);
  const peerMedian = median(peerMain);
  rows.push({ bench: BENCH, subject: 'ECharts sankey (canvas)', metric: `init+setOption→paint, main thread (median of ${N})`, value: peerMedian, unit: 'ms' });
  rows.push({ bench: BENCH, subject: 'ECharts sankey (canvas)', metric: `init+setOption→paint, wall clock timeToPaint (median of ${N})`, value: median(peerWall), unit: 'ms' });
  rows.push({ bench: BENCH, subject: 'ECharts sankey (canvas)', metric: 'first (cold) init+setOption→paint of the page, main thread', value: peerFirst, unit: 'ms' });
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
