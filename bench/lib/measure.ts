import { mulberry32 } from '../../stories/fixtures/random.js';
import { messageTask } from '../../src/core/tasks.js';

/**
 * Measuring helpers for bench pages. A bench page runs the real widget and a
 * peer library in the same page and run, then calls `report()`; bench/run.mjs
 * collects and prints the rows.
 */
export interface BenchRow {
  /** The benchmark, e.g. `journey-map 120 touchpoints`. */
  bench: string;
  /** What was measured: `cx journey-map`, `ECharts sankey`, … */
  subject: string;
  /** e.g. `data→paint (median of 15)`. */
  metric: string;
  value: number;
  unit: string;
}

export interface BudgetRow {
  budget: string;
  ours: number;
  peer: number;
  ratio: number;
  limit: number;
  pass: boolean;
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves in a task of its own (not inside an animation-frame callback). */
const nextTask = messageTask;

/**
 * Main-thread time of `run` until the browser has painted its result: the
 * time from the call until the frame after the next animation frame started
 * (i.e. style, layout and paint of the changed DOM/canvas are included).
 */
export async function timeToPaint(run: () => unknown | Promise<unknown>): Promise<number> {
  await frame();
  const t0 = performance.now();
  await run();
  await frame();
  await frame();
  return performance.now() - t0;
}

/** Resolves after the next frame has been rendered: its vsync time stamp and the time just after its paint. */
function afterNextPaint(): Promise<{ start: number; end: number }> {
  return new Promise((resolve) => {
    requestAnimationFrame((start) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ start, end: performance.now() });
      channel.port2.postMessage(0);
    });
  });
}

/**
 * When the main thread starts the next frame's work: an animation-frame
 * callback registered before anything else of that frame (so before a
 * library's own callbacks) notes the clock. The frame's time stamp (vsync)
 * is earlier, by the time the frame task waited to run: about 0.6 ms after a
 * light run, far more after a large 2D canvas, which is rasterised off the
 * main thread meanwhile. That wait is idle time, not main-thread work.
 */
function frameProbe(): { readonly at: number | undefined } {
  const probe: { at: number | undefined } = { at: undefined };
  requestAnimationFrame(() => {
    probe.at = performance.now();
  });
  return probe;
}

/**
 * Main-thread time of `run` until its result is painted: the synchronous work
 * (including awaited microtasks) plus the work of the next frame (style,
 * layout, paint), without the idle wait for that frame. `timeToPaint` has a
 * floor of about two frames (33 ms), which hides any ratio below 1 against a
 * fast peer; this one does not. Use it for ours and the peer alike.
 */
export async function mainThreadToPaint(run: () => unknown | Promise<unknown>): Promise<number> {
  return (await mainThreadSplit(run)).total;
}

/**
 * `mainThreadToPaint` with its parts: synchronous work and the next frame's
 * rendering work. `run` starts in a task of its own, not inside an animation
 * frame callback: there, the style and layout of that same frame would follow
 * uncounted. Style and layout of what `run` changed are forced before the
 * clock stops (counted as synchronous), so neither that frame nor a task the
 * browser runs before the next one (e.g. autofill looking at new form fields)
 * can hide DOM work; the next frame then counts paint and any drawing a
 * library does in its own animation frame, from its first callback (see
 * `frameProbe`) to a task posted after it.
 *
 * Checked with `node bench/profile.mjs <page> --measured`, which prints the
 * idle time sampled inside the windows (about 0 %; starting the frame at its
 * vsync time stamp instead counted 6–60 % idle time, most for peers whose
 * large canvas is rasterised off the main thread) and the busy time between
 * a run's two windows, which is not counted for anyone (about 1 ms per run:
 * garbage collection, the browser's own work, this harness).
 */
export async function mainThreadSplit(run: () => unknown | Promise<unknown>): Promise<{ sync: number; frame: number; total: number }> {
  await frame();
  await nextTask();
  const probe = frameProbe();
  const t0 = performance.now();
  await run();
  document.documentElement.getBoundingClientRect();
  const t1 = performance.now();
  const { start, end } = await afterNextPaint();
  const sync = t1 - t0;
  // the frame's work starts when its first callback runs; if `run` itself spanned a frame (the probe ran
  // inside it), the vsync time stamp of the frame after it is the best start there is
  const from = Math.max(probe.at !== undefined && probe.at >= t1 ? probe.at : start, t1);
  const rendering = end - from;
  // the measured windows, for bench/profile.mjs --measured (the idle wait for the frame is in between)
  performance.measure('cx-measured', { start: t0, end: t1 });
  performance.measure('cx-measured', { start: from, end });
  return { sync, frame: rendering, total: sync + rendering };
}

/** Synchronous script time of `fn` (plus an awaited promise if it returns one). */
export async function scriptTime(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Measures several subjects in rounds: each of `runs` once per round, in
 * order, `warmUp` rounds first (their results dropped, `round` < 0), then `n`
 * kept. The machine's slow and fast spells then fall on every subject alike,
 * which measuring one subject after the other does not give. Returns the kept
 * results of each run.
 */
export async function inRounds<T>(n: number, runs: readonly ((round: number) => Promise<T>)[], warmUp = 2): Promise<T[][]> {
  const out = runs.map(() => [] as T[]);
  for (let i = -warmUp; i < n; i++) {
    for (const [k, run] of runs.entries()) {
      const r = await run(i);
      if (i >= 0) out[k]!.push(r);
    }
  }
  return out;
}

/** Runs `fn` `n` times (after `warmup` runs) and returns the samples. */
export async function sample(n: number, fn: (i: number) => Promise<number>, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Entries of `type` recorded while it runs (none where the browser lacks the type). */
function record(type: string): { entries: PerformanceEntry[]; stop(): void } {
  const entries: PerformanceEntry[] = [];
  let observer: PerformanceObserver | undefined;
  try {
    observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type, buffered: false });
  } catch {
    /* not supported */
  }
  return { entries, stop: () => observer?.disconnect() };
}

/** Whether `at` falls inside one of `spans` ([start, end] on the performance clock); no spans: always. */
const within = (at: number, spans?: readonly (readonly [number, number])[]) => !spans || spans.some(([a, b]) => at >= a && at <= b);

/**
 * Collects long tasks (> 50 ms) while it runs; `stop()` returns their
 * durations, those that started inside one of `spans` ([start, end] on the
 * performance clock) when given (to watch one subject of a page that runs two).
 */
export function observeLongTasks(): { stop(spans?: readonly (readonly [number, number])[]): number[] } {
  const tasks = record('longtask');
  return {
    stop(spans) {
      tasks.stop();
      return tasks.entries.filter((t) => within(t.startTime, spans)).map((t) => t.duration);
    },
  };
}

/**
 * Watches long animation frames (50 ms and more, with what ran in them) and,
 * on `stop`, prints those that started inside `spans` as `cx-bench:` console
 * lines, which run.mjs passes on: what a long task was made of.
 */
export function explainLongFrames(): { stop(spans: readonly (readonly [number, number])[]): void } {
  const frames = record('long-animation-frame');
  return {
    stop(spans) {
      frames.stop();
      for (const f of frames.entries as (PerformanceEntry & LongFrame)[]) {
        if (!within(f.startTime, spans)) continue;
        const end = f.startTime + f.duration;
        const scripts = f.scripts.map((x) => `${x.invokerType} ${x.sourceFunctionName || x.invoker} ${x.sourceURL.split('/').pop()} ${x.duration.toFixed(0)} ms`);
        console.info(
          `cx-bench: long frame ${f.duration.toFixed(0)} ms (blocking ${f.blockingDuration.toFixed(0)}): ` +
            `scripts [${scripts.join('; ')}], rendering ${f.renderStart ? (end - f.renderStart).toFixed(0) : 0} ms ` +
            `of which style+layout ${f.styleAndLayoutStart ? (end - f.styleAndLayoutStart).toFixed(0) : 0} ms`,
        );
      }
    },
  };
}

/** The fields of a PerformanceLongAnimationFrameTiming used above (not yet in TypeScript's DOM types). */
interface LongFrame {
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: { invokerType: string; invoker: string; sourceFunctionName: string; sourceURL: string; duration: number }[];
}

export function budget(name: string, ours: number, peer: number, limit: number): BudgetRow {
  const ratio = ours / peer;
  return { budget: name, ours, peer, ratio, limit, pass: ratio <= limit };
}

/** An absolute budget (e.g. "no long task > 50 ms", "overlay switch ≤ 16 ms"). */
export function cap(name: string, ours: number, limit: number): BudgetRow {
  return { budget: name, ours, peer: NaN, ratio: NaN, limit, pass: ours <= limit };
}

declare global {
  interface Window {
    benchResults?: { rows: BenchRow[]; budgets: BudgetRow[]; error?: string };
  }
}

/**
 * The runner (run.mjs, profile.mjs) waits for this console message instead of
 * polling the page: a poll runs the automation's injected script on the page's
 * main thread, and its first run (tens of ms) fell inside the measured cold render.
 */
export const DONE = 'cx-bench-done';

/** Hands the figures to bench/run.mjs. */
export function report(rows: BenchRow[], budgets: BudgetRow[] = []): void {
  window.benchResults = { rows, budgets };
  const pre = document.createElement('pre');
  pre.textContent = JSON.stringify(window.benchResults, null, 2);
  document.body.append(pre);
  console.info(DONE);
}

export function fail(error: unknown): void {
  window.benchResults = { rows: [], budgets: [], error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
  console.info(DONE);
}

/** A container of a fixed size where the subjects draw, cleared between runs. */
export function stage(width = 1200, height = 700): HTMLDivElement {
  const el = document.createElement('div');
  el.style.width = `${width}px`;
  el.style.height = `${height}px`;
  el.style.position = 'relative';
  document.body.append(el);
  return el;
}

/** A rendered element's shadow root as it stands: its nodes (as a template) and its adopted style sheets. */
export interface StaticCopy {
  template: HTMLTemplateElement;
  sheets: CSSStyleSheet[];
}

export function snapshot(el: Element): StaticCopy {
  const template = document.createElement('template');
  template.innerHTML = el.shadowRoot!.innerHTML;
  return { template, sheets: el.shadowRoot!.adoptedStyleSheets };
}

const STATIC_COPY_TAG = 'bench-static-copy';

/**
 * An element that shows `copy` when connected: the same DOM and styles as the
 * element it was taken from, with no logic at all (for a bench's "floor": what
 * a widget's markup and styles cost alone).
 */
export function staticCopy(copy: StaticCopy): HTMLElement {
  if (!customElements.get(STATIC_COPY_TAG)) {
    customElements.define(
      STATIC_COPY_TAG,
      class extends HTMLElement {
        copy?: StaticCopy;
        connectedCallback(): void {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = this.copy!.sheets;
          root.replaceChildren(this.copy!.template.content.cloneNode(true));
        }
      },
    );
  }
  const el = document.createElement(STATIC_COPY_TAG) as HTMLElement & { copy?: StaticCopy };
  el.copy = copy;
  return el;
}

/** A seeded pseudo-random generator (mulberry32), so every run measures the same data. */
export const rng = (seed = 42): (() => number) => mulberry32(seed);
