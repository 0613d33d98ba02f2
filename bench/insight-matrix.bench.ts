import * as echarts from 'echarts';
import { InsightMatrix } from '../src/widgets/insight-matrix/index.js';
import { manyInsights } from '../stories/fixtures/insight-matrix.js';
import { recordCost } from '../src/widgets/insight-matrix/slices.js';
import { LenientInsightList } from '../src/widgets/insight-matrix/schema.js';
import { prepare } from '../src/widgets/insight-matrix/model.js';
import { layout } from '../src/widgets/insight-matrix/layout.js';
import { sanitize } from '../src/data/sanitize.js';
import { safeParse } from '../src/data/fast-parse.js';
import { validate } from '../src/data/validate.js';
import { type BenchRow, type BudgetRow, budget, cap, fail, inRounds, mainThreadSplit, mainThreadToPaint, median, observeLongTasks, report, sample, scriptTime, stage, timeToPaint } from './lib/measure.js';

if (!customElements.get('insight-matrix')) customElements.define('insight-matrix', InsightMatrix);

const N = 2000;
const RUNS = 15;
const STATUS_COLOR: Record<string, string> = { new: '#0b5cad', planned: '#9333ea', 'in-progress': '#c2410c', done: '#1a7f37', rejected: '#475569' };

async function run(): Promise<void> {
  const list = manyInsights(N);
  const fresh = () => JSON.parse(JSON.stringify(list)) as typeof list;
  const box = stage(1200, 760);
  const rows: BenchRow[] = [];
  const budgets: BudgetRow[] = [];

  // The first render on the page pays for compiling our code, templates and styles (cold).
  const coldData = fresh();
  // the page's own module evaluation (ECharts, fixtures) is one task before this: not part of the render
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 50));
  const longCold = observeLongTasks();
  const cold = await mainThreadToPaint(async () => {
    const el = document.createElement('insight-matrix') as InsightMatrix;
    el.data = coldData;
    box.append(el);
    await el.updateComplete;
  });
  await new Promise((r) => setTimeout(r, 100));
  const coldTasks = longCold.stop();
  // Diagnostic modes for profiling with CDP tracing (not used by bench/run.mjs):
  // ?cold — only the cold render; ?warm[&force=sync|stage] — 16 warm renders between marks warm<k> … warm<k>end
  // (mainThreadToPaint each, negative when the render was staged: loading after the first update).
  if (new URLSearchParams(location.search).has('warm')) {
    const warm: number[] = [];
    for (let k = 0; k < 16; k++) {
      box.replaceChildren();
      const data = fresh();
      const el = document.createElement('insight-matrix') as InsightMatrix;
      await new Promise((r) => setTimeout(r, 30));
      const force = new URLSearchParams(location.search).get('force');
      if (force) recordCost(force === 'sync' ? 0 : Infinity);
      performance.mark(`warm${k}`);
      let staged = false;
      const t = await mainThreadToPaint(async () => {
        el.data = data;
        box.append(el);
        for (let i = 0; i < 10; i++) await Promise.resolve();
        staged = el.state === 'loading';
        await el.updateComplete;
      });
      warm.push(staged ? -t : t);
      performance.mark(`warm${k}end`);
    }
    report(warm.map((value) => ({ bench: 'warm', subject: 'cx', metric: 'mainThreadToPaint', value, unit: 'ms' })));
    return;
  }
  if (new URLSearchParams(location.search).has('cold')) {
    report([{ bench: 'cold', subject: 'cx insight-matrix', metric: 'cold data→paint', value: cold, unit: 'ms' }], [cap('cold long task', Math.max(0, ...coldTasks), 50)]);
    return;
  }

  // Ours: data (validated) → first paint, with a new element each run (copies made before, outside the timing).
  const copies = Array.from({ length: 2 * RUNS + 4 }, fresh);
  /** The time spans of our measured runs: the long-task watch counts only tasks that start in them. */
  const ourSpans: [number, number][] = [];
  const oursRun = <T>(measure: (run: () => Promise<unknown>) => Promise<T>) => async (i: number): Promise<T> => {
    box.replaceChildren();
    const data = copies.pop()!;
    const el = document.createElement('insight-matrix') as InsightMatrix;
    const t0 = performance.now();
    const t = await measure(async () => {
      el.data = data;
      box.append(el);
      await el.updateComplete;
    });
    if (i >= 0) ourSpans.push([t0, performance.now()]); // warm-up runs are not watched
    return t;
  };
  // ECharts: the same points as a scatter (x difficulty, y impact, size √reach, colour by status).
  const echartsDiv = () => {
    box.replaceChildren();
    const div = document.createElement('div');
    div.style.width = '884px';
    div.style.height = '548px';
    box.append(div);
    return div;
  };
  const drawEcharts = (div: HTMLDivElement, data: ReturnType<typeof fresh>) => {
    const maxReach = Math.max(...data.items.map((i) => i.reach ?? 0));
    const chart = echarts.init(div, null, { renderer: 'canvas' });
    chart.setOption({
        animation: false,
        grid: { left: 48, right: 12, top: 10, bottom: 44 },
        xAxis: { type: 'value', min: 0.5, max: 5.5, name: 'Difficulty' },
        yAxis: { type: 'value', min: 0.5, max: 5.5, name: 'Impact' },
        series: [{
          type: 'scatter',
          data: data.items.map((i) => ({ value: [i.difficulty, i.impact, i.reach], itemStyle: { color: STATUS_COLOR[i.status] } })),
          symbolSize: (v: number[]) => 4 + 16 * Math.sqrt((v[2] ?? 0) / maxReach),
        }],
      });
    return chart;
  };
  // ECharts draws its canvas in its own animation frame: mainThreadToPaint counts that frame's work.
  let drawnChecked = false;
  const peerRun = <T>(measure: (run: () => unknown) => Promise<T>) => async (): Promise<T> => {
    const div = echartsDiv();
    const data = fresh();
    const t = await measure(() => drawEcharts(div, data));
    if (!drawnChecked) {
      drawnChecked = true;
      const canvas = div.querySelector('canvas')!;
      const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let k = 3; k < px.length; k += 4) if (px[k]! > 0) inked++;
      if (inked < 1000) throw new Error(`ECharts canvas not drawn after the measured frame (${inked} px)`);
    }
    echarts.getInstanceByDom(div)?.dispose();
    return t;
  };
  // In rounds: ours, then ECharts (lib/measure.ts inRounds); main-thread time with its parts.
  const watch = observeLongTasks();
  const [oursSplits, peerSplits] = await inRounds(RUNS, [oursRun(mainThreadSplit), peerRun(mainThreadSplit)]);
  const ours = oursSplits!.map((r) => r.total);
  const peer = peerSplits!.map((r) => r.total);
  await new Promise((r) => requestAnimationFrame(r));
  const longFirst = watch.stop(ourSpans);
  const [oursFrames = [], peerFrames = []] = await inRounds(RUNS, [oursRun(timeToPaint), peerRun(timeToPaint)]);

  // Without frame rounding: the synchronous work up to a laid-out page (ECharts: canvas drawn at once with flush()).
  const oursSync = await sample(RUNS, async () => {
    box.replaceChildren();
    const data = fresh();
    const el = document.createElement('insight-matrix') as InsightMatrix;
    await new Promise((r) => requestAnimationFrame(r));
    return scriptTime(async () => {
      el.data = data;
      box.append(el);
      await el.updateComplete;
      void box.getBoundingClientRect().height;
    });
  });
  const peerSync = await sample(RUNS, async () => {
    const div = echartsDiv();
    const data = fresh();
    await new Promise((r) => requestAnimationFrame(r));
    const t = await scriptTime(() => {
      drawEcharts(div, data).getZr().flush();
      void box.getBoundingClientRect().height;
    });
    echarts.getInstanceByDom(div)?.dispose();
    return t;
  });
  // For information: where our time goes, each step on its own (median of RUNS, fresh copies).
  const step = async (metric: string, fn: (data: ReturnType<typeof fresh>) => unknown) => {
    const xs = await sample(RUNS, async () => {
      const data = fresh();
      return scriptTime(() => fn(data));
    });
    rows.push({ bench: `insight-matrix ${N} insights: steps`, subject: 'cx insight-matrix', metric, value: median(xs), unit: 'ms' });
  };
  await step('sanitize (core: check, copy only when needed)', (d) => sanitize(d));
  await step('schema: fast path for valid data (what validate() uses)', (d) => safeParse(LenientInsightList, d));
  await step('schema: zod/mini safeParse (for comparison; used for invalid data)', (d) => LenientInsightList.safeParse(d));
  const prepared = prepare(validate(LenientInsightList, fresh()));
  await step('prepare (model)', (d) => prepare(d as never));
  await step('layout (positions, spread, clusters)', () =>
    layout({ items: prepared.items, width: 884, height: 548, difficulty: prepared.difficulty, impact: prepared.impact, maxReach: prepared.maxReach }),
  );

  const row = (subject: string, metric: string, value: number) => rows.push({ bench: `insight-matrix ${N} insights`, subject, metric, value, unit: 'ms' });
  row('cx insight-matrix', `mainThreadToPaint (median of ${RUNS})`, median(ours));
  row('ECharts scatter', `mainThreadToPaint (median of ${RUNS})`, median(peer));
  row('cx insight-matrix', 'of which synchronous', median(oursSplits!.map((r) => r.sync)));
  row('cx insight-matrix', 'of which next frame (style/layout/paint)', median(oursSplits!.map((r) => r.frame)));
  row('ECharts scatter', 'of which synchronous', median(peerSplits!.map((r) => r.sync)));
  row('ECharts scatter', 'of which next frame (its canvas drawing, style/layout/paint)', median(peerSplits!.map((r) => r.frame)));
  budgets.push(budget('first render (mainThreadToPaint) ≤ 0.5× ECharts scatter', median(ours), median(peer), 0.5));
  row('cx insight-matrix', `info: timeToPaint, two-frame floor (median of ${RUNS})`, median(oursFrames));
  row('ECharts scatter', `info: timeToPaint, two-frame floor (median of ${RUNS})`, median(peerFrames));
  row('cx insight-matrix', `info: data→layout incl. slices, no frame (median of ${RUNS})`, median(oursSync));
  row('ECharts scatter', `info: data→drawn canvas, sync flush (median of ${RUNS})`, median(peerSync));

  // Filter change on a mounted widget: the user picks a status, then "All" again.
  box.replaceChildren();
  const el = document.createElement('insight-matrix') as InsightMatrix;
  el.data = fresh();
  box.append(el);
  await el.updateComplete;
  const select = () => el.shadowRoot!.querySelector<HTMLSelectElement>('.filters select')!;
  const statuses = ['done', '', 'new', '', 'planned', '', 'in-progress', ''];
  const longFilter = observeLongTasks();
  const filter = await sample(RUNS, async (i) =>
    scriptTime(async () => {
      const s = select();
      s.value = statuses[(i + statuses.length) % statuses.length]!;
      s.dispatchEvent(new Event('change'));
      await el.updateComplete;
    }),
  );
  const longFilterOnly = longFilter.stop();
  const longSearch = observeLongTasks();
  // Search typing: one keystroke's filter + render.
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  const words = ['b', 'bi', 'bil', 'bill', ''];
  const search = await sample(RUNS, async (i) =>
    scriptTime(async () => {
      input.value = words[(i + words.length) % words.length]!;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    }),
  );
  const longSearchOnly = longSearch.stop();
  const longAll = [...longFirst, ...longFilterOnly, ...longSearchOnly];
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: `filter change script (median of ${RUNS})`, value: median(filter), unit: 'ms' });
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: `filter change script (max of ${RUNS})`, value: Math.max(...filter), unit: 'ms' });
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: `search keystroke script (median of ${RUNS})`, value: median(search), unit: 'ms' });
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: 'longest task: warm first renders', value: Math.max(0, ...longFirst), unit: 'ms' });
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: 'longest task: filter changes', value: Math.max(0, ...longFilterOnly), unit: 'ms' });
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: 'longest task: search typing', value: Math.max(0, ...longSearchOnly), unit: 'ms' });
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: 'cold first render on the page: mainThreadToPaint', value: cold, unit: 'ms' });
  rows.push({ bench: `insight-matrix ${N} insights`, subject: 'cx insight-matrix', metric: 'cold first render on the page: longest task', value: Math.max(0, ...coldTasks), unit: 'ms' });
  budgets.push(cap('filter change ≤ 16 ms script (median)', median(filter), 16));
  budgets.push(cap('no long task > 50 ms (warm renders, filter, search)', Math.max(0, ...longAll), 50));
  budgets.push(cap('no long task > 50 ms (cold first render)', Math.max(0, ...coldTasks), 50));
  report(rows, budgets);
}

run().catch(fail);
