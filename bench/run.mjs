// Runs the bench pages (bench/*.html) in headless Debian Chromium and prints their figures.
// Usage: npm run bench [-- name ...]   (names without .html; all pages by default;
//        `name?query` passes a query to the page, e.g. `insight-matrix?warm` for its diagnostic modes;
//        diagnostic pages named *-ab, such as journey-map-ab, run only when named;
//        --repeat=N loads each page N times, each time in a fresh page, and prints one line per load,
//        e.g. `npm run bench -- 'journey-map?only=cold' --repeat=60` for the spread of cold page loads)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const here = import.meta.dirname;
const repeat = Number(process.argv.find((a) => a.startsWith('--repeat='))?.slice(9) ?? 1);
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--')).map((a) => a.split('?'));
const pages = readdirSync(here)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  // diagnostic pages (*-ab: A/B of a change, no budget) run only when named
  .flatMap((p) => (wanted.length ? wanted.filter(([w]) => w === p).map(([, q]) => (q ? `${p}?${q}` : p)) : p.endsWith('-ab') ? [] : [p]));
if (!pages.length) {
  console.error('no bench pages match', wanted);
  process.exit(1);
}

execFileSync('node', [resolve(here, '../scripts/ensure-chromium.mjs')], { stdio: 'inherit' });
console.log('building bench pages (production mode) …');
// Each run builds into its own folder, so runs side by side never delete each other's pages.
const dist = mkdtempSync(join(tmpdir(), 'cx-bench-'));
execFileSync('npx', ['vite', 'build', '--config', resolve(here, 'vite.bench.config.ts'), '--outDir', dist, '--emptyOutDir'], { stdio: 'inherit' });
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(dist) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
let failed = false;

/** One fresh page of `name` (with its query) run to its results; prints them in full, or as one line when repeated. */
async function load(name) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error(`[${name}] page error:`, e.message));
  page.on('console', (m) => m.text().startsWith('cx-bench: ') && console.log(`[${name}] ${m.text().slice(10)}`));
  const [file, query] = name.split('?');
  // the page says when it is done (lib/measure.ts DONE): polling it would run script on its main thread
  const done = page.waitForEvent('console', { predicate: (m) => m.text() === 'cx-bench-done', timeout: 600000 });
  await page.goto(`http://127.0.0.1:${port}/${file}.html${query ? `?${query}` : ''}`);
  await done;
  const result = await page.evaluate(() => window.benchResults);
  await page.close();
  if (result.error) {
    console.error(`[${name}] failed: ${result.error}`);
    failed = true;
  }
  if (repeat > 1) {
    const figures = [...result.rows.map((r) => `${r.metric} ${r.value.toFixed(1)}`), ...result.budgets.map((b) => `${b.budget}: ${b.pass ? 'PASS' : 'FAIL'}`)];
    console.log(figures.join(' | '));
    return result;
  }
  if (result.rows.length) {
    console.table(result.rows.map((r) => ({ ...r, value: Number(r.value.toFixed(2)) })));
  }
  if (result.budgets.length) {
    console.table(result.budgets.map((b) => ({
      budget: b.budget,
      ours: Number(b.ours.toFixed(2)),
      peer: Number.isNaN(b.peer) ? '' : Number(b.peer.toFixed(2)),
      ratio: Number.isNaN(b.ratio) ? '' : Number(b.ratio.toFixed(3)),
      limit: b.limit,
      result: b.pass ? 'PASS' : 'FAIL',
    })));
  }
  return result;
}

try {
  for (const name of pages) {
    console.log(`\n== ${name} ==`);
    const loads = [];
    for (let i = 0; i < repeat; i++) loads.push(await load(name));
    if (repeat > 1) {
      const failing = loads.filter((r) => r.error || r.budgets.some((b) => !b.pass)).length;
      console.log(`${name}: ${failing} of ${repeat} loads failed a budget or the run`);
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dist, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
