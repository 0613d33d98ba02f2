// Where the main-thread time of a bench page goes: runs one bench page (built without minification,
// so function names stay readable) under the Chrome DevTools protocol and prints the functions with
// the most self time, by source file too, plus the browser's own rendering work from a trace.
// Usage: node bench/profile.mjs <page> [query] [--top=40]
//   e.g. node bench/profile.mjs touchpoint-score   |   node bench/profile.mjs nps-trend only=small
//   --incl=render,willUpdate prints inclusive times of the named functions too
//   --tree=_$AI splits the time spent under a function by its callees (two levels)
//   --styles lists the biggest style recalcs and layouts with their element / object counts
//   --measured keeps only what falls in the measured windows of mainThreadSplit (not warm-ups' idle work etc.)
//              and prints the median style, layout and paint of the synchronous part and of the next frame
//   --tasks[=ms] lists the tasks over 40 ms (or the given ms) with the events and functions inside them
//   --windows=N prints the timeline (script, style, layout, paint …) of the first N measured windows
//   --interval=µs sets the CPU sampling interval (default 100 µs); a coarse one (e.g. 5000) disturbs the timing less
//   --keep leaves the build in a temp folder (printed) to look up the file:line the profile names
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 40);
const keep = process.argv.includes('--keep');
/** --incl=a,b: also print the inclusive time (self + callees) of the functions with these names. */
/** --tree=name: where the time under the (outermost) calls of that function goes, by callee, two levels deep. */
const tree = process.argv.find((a) => a.startsWith('--tree='))?.slice(7);
/** --measured: only the samples inside the windows mainThreadSplit measures (performance.measure 'cx-measured'). */
const measuredOnly = process.argv.includes('--measured');
const incl = (process.argv.find((a) => a.startsWith('--incl='))?.slice(7) ?? '').split(',').filter(Boolean); // keep the unminified build to read the lines the profile names
const [name, query = ''] = args;
if (!name) {
  console.error('usage: node bench/profile.mjs <page> [query]');
  process.exit(1);
}

const dist = mkdtempSync(join(tmpdir(), 'cx-profile-'));
execFileSync('npx', ['vite', 'build', '--config', resolve(here, 'vite.bench.config.ts'), '--outDir', dist, '--emptyOutDir', '--minify', 'false'], { stdio: 'inherit' });
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(dist) || !existsSync(path)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.argv.find((a) => a.startsWith('--interval='))?.slice(11) ?? 100) });
  await cdp.send('Profiler.start');
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  // the page says when it is done (lib/measure.ts DONE): polling it would run script on its main thread
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'cx-bench-done', timeout: 600000 });
  await page.goto(`http://127.0.0.1:${server.address().port}/${name}.html${query ? `?${query}` : ''}`);
  await done;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await traced;
  const result = await page.evaluate(() => window.benchResults);
  if (result.error) console.error('bench failed:', result.error);

  // the measured windows (trace clock, µs), from the async begin/end events of performance.measure
  const windows = [];
  const open = new Map();
  for (const e of events) {
    if (e.name !== 'cx-measured') continue;
    if (e.ph === 'b') open.set(e.id ?? e.id2?.local, e.ts);
    else if (e.ph === 'e' && open.has(e.id ?? e.id2?.local)) windows.push([open.get(e.id ?? e.id2?.local), e.ts]);
  }
  const inWindow = (ts) => windows.some(([a, b]) => ts >= a && ts <= b);
  if (measuredOnly) console.log(`${windows.length} measured windows`);
  // self time per function and per file from the CPU profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  /** Sampled time (ms) per profile node, over the samples whose time stamp `inside` accepts. */
  const selfTime = (inside) => {
    const out = new Map();
    let ts = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      ts += dt[i] ?? 0;
      if (inside(ts)) out.set(profile.samples[i], (out.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0) / 1000);
    }
    return out;
  };
  const fileOf = (c) => (c.url ? c.url.replace(/^.*\//, '') : '(native)');
  /** A node's function as `name  file:line`. */
  const where = (id) => {
    const c = byId.get(id).callFrame;
    return `${c.functionName || '(anonymous)'}  ${fileOf(c)}:${c.lineNumber + 1}`;
  };
  const isIdle = (id) => byId.get(id).callFrame.functionName === '(idle)';
  /** Sampled time per function (`where`), without idle time. */
  const byFunction = (times) => {
    const out = new Map();
    for (const [id, ms] of times) if (!isIdle(id)) out.set(where(id), (out.get(where(id)) ?? 0) + ms);
    return out;
  };
  const self = selfTime((ts) => !measuredOnly || inWindow(ts));
  if (measuredOnly) {
    // a check of the measuring method: the main thread should hardly ever be idle inside a measured window
    let idle = 0;
    let all = 0;
    for (const [id, ms] of self) {
      all += ms;
      if (isIdle(id)) idle += ms;
    }
    console.log(`idle inside the measured windows: ${idle.toFixed(1)} of ${all.toFixed(1)} ms sampled (${((100 * idle) / all).toFixed(1)} %)`);
    // and the other way round: work the main thread did between a run's synchronous part and its frame, uncounted
    const sorted = [...windows].sort((a, b) => a[0] - b[0]);
    const gaps = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) gaps.push([sorted[i][1], sorted[i + 1][0]]);
    const between = selfTime((t) => gaps.some(([a, b]) => t > a && t < b));
    let idleGap = 0;
    for (const [id, ms] of between) if (isIdle(id)) idleGap += ms;
    const gapFns = byFunction(between);
    const busyGap = [...gapFns.values()].reduce((a, b) => a + b, 0);
    console.log(`between the two windows of a run (${gaps.length} runs): busy ${busyGap.toFixed(1)} ms, idle ${idleGap.toFixed(1)} ms`);
    if (busyGap > 0) console.table([...gapFns].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, ms]) => ({ 'busy between the windows': k, ms: Number(ms.toFixed(1)) })));
  }
  const fn = new Map();
  const file = new Map();
  for (const [id, ms] of self) {
    const { callFrame: c } = byId.get(id);
    if (c.functionName === '(idle)' || c.functionName === '(program)') continue;
    fn.set(where(id), (fn.get(where(id)) ?? 0) + ms);
    file.set(fileOf(c), (file.get(fileOf(c)) ?? 0) + ms);
  }
  const table = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => ({ where: k, 'self ms': Number(ms.toFixed(1)) }));
  console.log(`\nCPU profile of ${name}${query ? `?${query}` : ''}: self time by function (whole page run)`);
  console.table(table(fn, top));
  console.table(table(file, 10));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  if (incl.length) {
    const total = new Map(incl.map((n) => [n, 0]));
    for (const [id, ms] of self) {
      const names = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) names.add(byId.get(at).callFrame.functionName);
      for (const n of incl) if (names.has(n)) total.set(n, total.get(n) + ms);
    }
    console.log('inclusive time (ms, whole page run):');
    console.table([...total].map(([k, ms]) => ({ function: k, 'incl ms': Number(ms.toFixed(1)) })));
  }
  if (tree) {
    const split = new Map();
    for (const [id, ms] of self) {
      const stack = [];
      for (let at = id; at !== undefined; at = parent.get(at)) stack.push(at);
      stack.reverse(); // outermost first
      const k = stack.findIndex((at) => byId.get(at).callFrame.functionName === tree);
      if (k < 0) continue;
      // the callee two levels down, and the function the sample is in
      const key = `${[stack[k + 1], stack[k + 2]].map((at) => (at === undefined ? '(self)' : where(at))).join(' › ')}  ⇒  ${where(id)}`;
      split.set(key, (split.get(key) ?? 0) + ms);
    }
    console.log(`time under ${tree} by callee and sampled function (ms, whole page run):`);
    console.table(table(split, top));
  }
  // the browser's rendering work (style, layout, paint…) from the trace, in ms
  const kinds = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseAuthorStyleSheet', 'HitTest', 'FunctionCall', 'EvaluateScript', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER'];
  const sums = Object.fromEntries(kinds.map((k) => [k, 0]));
  for (const e of events) if (e.ph === 'X' && e.name in sums && (!measuredOnly || inWindow(e.ts))) sums[e.name] += (e.dur ?? 0) / 1000;
  const tasksArg = process.argv.find((a) => a === '--tasks' || a.startsWith('--tasks='));
  if (tasksArg) {
    // tasks over 40 ms (or --tasks=ms) and what took the time inside them
    const over = Number(tasksArg.split('=')[1] ?? 40) * 1000;
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur > over && (!measuredOnly || inWindow(e.ts)));
    for (const t of tasks) {
      const inner = events.filter((e) => e.ph === 'X' && e !== t && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.dur > 3000);
      console.log(`task ${(t.dur / 1000).toFixed(1)} ms:`, inner.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}`).join(', '));
      // and the functions that took the time in it (CPU samples inside the task)
      const fns = byFunction(selfTime((at) => at >= t.ts && at <= t.ts + t.dur));
      const topFns = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 10);
      if (topFns.length) console.log('   ', topFns.map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', '));
    }
  }
  if (process.argv.includes('--styles')) {
    // the biggest style recalcs and layouts, with what they touched
    const big = events.filter((e) => e.ph === 'X' && (e.name === 'UpdateLayoutTree' || e.name === 'Layout') && e.dur > 1000).sort((a, b) => b.dur - a.dur).slice(0, 12);
    for (const name of ['UpdateLayoutTree', 'Layout', 'Paint']) {
      const ds = events.filter((e) => e.ph === 'X' && e.name === name && e.dur > 500).map((e) => e.dur / 1000).sort((a, b) => a - b);
      if (ds.length) console.log(`${name}: ${ds.length} over 0.5 ms, median ${ds[ds.length >> 1].toFixed(2)} ms`);
    }
    console.table(big.map((e) => ({ event: e.name, ms: Number((e.dur / 1000).toFixed(2)), elements: e.args?.elementCount ?? '', dirty: e.args?.beginData?.dirtyObjects ?? '', total: e.args?.beginData?.totalObjects ?? '' })));
  }
  const nWindows = Number(process.argv.find((a) => a.startsWith('--windows='))?.slice(10) ?? 0);
  for (const [a, b] of windows.slice(-nWindows || windows.length).slice(0, nWindows)) {
    // the rendering and script events of one measured window, in order (nested ones indented)
    const inside = events.filter((e) => e.ph === 'X' && e.ts >= a && e.ts <= b && (e.dur ?? 0) > 150 && (e.name in sums || e.name === 'RunTask' || e.name === 'FireAnimationFrame' || e.name === 'RunMicrotasks'));
    console.log(`window of ${((b - a) / 1000).toFixed(2)} ms:`);
    for (const e of inside) {
      const depth = inside.filter((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur).length;
      console.log(`${'  '.repeat(depth)}+${((e.ts - a) / 1000).toFixed(2)} ${e.name} ${(e.dur / 1000).toFixed(2)} ms`);
    }
  }
  if (measuredOnly && windows.length) {
    // per window (mainThreadSplit measures a synchronous part, then the next frame): medians, robust to cold runs
    const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
    const per = windows.map(([a, b]) => {
      const sum = Object.fromEntries(kinds.map((k) => [k, 0]));
      for (const e of events) if (e.ph === 'X' && e.name in sum && e.ts >= a && e.ts <= b) sum[e.name] += (e.dur ?? 0) / 1000;
      return { sum, ms: (b - a) / 1000 };
    });
    // A/B pages (journey-map-ab) mark each run 'cx-variant-a' or 'cx-variant-b': medians per variant
    const marks = events.filter((e) => e.name === 'cx-variant-a' || e.name === 'cx-variant-b').sort((x, y) => x.ts - y.ts);
    const variantOf = (ts) => marks.filter((m) => m.ts <= ts).at(-1)?.name.slice(-1) ?? '';
    const parts = (marks.length ? ['a', 'b'] : ['']).flatMap((v) => {
      const mine = per.filter((_, i) => !v || variantOf(windows[i - (i % 2)][0]) === v);
      const label = v ? `${v.toUpperCase()}: ` : '';
      return [[`${label}synchronous part`, mine.filter((_, i) => i % 2 === 0)], [`${label}next frame`, mine.filter((_, i) => i % 2 === 1)]];
    });
    console.log('median per measured window (ms):');
    console.table(parts.map(([label, ws]) => ({ part: label, window: Number(med(ws.map((w) => w.ms)).toFixed(2)), ...Object.fromEntries(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize'].map((k) => [k, Number(med(ws.map((w) => w.sum[k])).toFixed(2))])) })));
  }
  console.log(`trace totals (ms, ${measuredOnly ? `per measured window, mean of ${windows.length}` : 'whole page run'}):`);
  const per = measuredOnly && windows.length ? windows.length : 1;
  console.table(Object.entries(sums).map(([k, v]) => ({ event: k, ms: Number((v / per).toFixed(per > 1 ? 2 : 1)) })));
} finally {
  await browser.close();
  server.close();
  if (keep) console.log(`build kept in ${dist}/assets`);
  else rmSync(dist, { recursive: true, force: true });
}
