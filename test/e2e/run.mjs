// End-to-end checks of the built paste-in bundle in headless Chromium, the way
// a CRM or intranet page uses it: strict CSP with Trusted Types, the bundle
// loaded twice, a vendor prefix, hostile global CSS. Prints "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'cx-e2e-'));
execFileSync('npx', ['vite', 'build', '--config', 'vite.auto.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'";
const pages = {
  '/csp.html': readFileSync(join(import.meta.dirname, 'pages/csp.html'), 'utf8'),
  '/twice.html': readFileSync(join(import.meta.dirname, 'pages/twice.html'), 'utf8'),
};
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const headers = { 'content-security-policy': CSP };
  if (pages[url.pathname]) return res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(pages[url.pathname]);
  let file;
  if (url.pathname.startsWith('/kit/')) file = join(out, url.pathname.slice(5));
  else if (url.pathname.startsWith('/api/')) file = join(root, 'demo', url.pathname);
  else if (url.pathname.startsWith('/e2e/')) file = join(import.meta.dirname, 'pages', url.pathname.slice(5));
  if (!file || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${error.message}`);
  }
}
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  await page.goto(base + path);
  await page.waitForFunction(() => window.e2eReady === true, null, { timeout: 20000 });
  const violations = await page.evaluate(() => window.cspViolations);
  return { page, problems, violations };
}

console.log('e2e: built bundle under a strict CSP');
const tags = ['journey-map', 'touchpoint-score', 'nps-trend', 'insight-matrix'];
{
  const { page, problems, violations } = await open('/csp.html');
  await check('no CSP or Trusted Types violation while every widget renders', async () => {
    assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
  });
  await check('no uncaught error or console error', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
  for (const tag of tags) {
    await check(`<${tag}> renders its data (state ready, shadow content)`, async () => {
      const info = await page.evaluate((t) => {
        const el = document.querySelector(t);
        return { state: el?.state, text: el?.shadowRoot?.textContent?.trim().length ?? 0 };
      }, tag);
      assert(info.state === 'ready', `state is ${info.state}`);
      assert(info.text > 20, `shadow root has ${info.text} characters of text`);
    });
  }
  await check('hostile global CSS does not leak into the widgets', async () => {
    const font = await page.evaluate(() => {
      const el = document.querySelector('touchpoint-score');
      return getComputedStyle(el).textTransform + '|' + getComputedStyle(el).letterSpacing;
    });
    assert(font === 'none|normal', `widget inherits page styles: ${font}`);
  });
  await page.close();
}

console.log('e2e: the snippet pasted twice, plus a vendor prefix');
{
  const { page, problems } = await open('/twice.html');
  await check('loading the bundle twice does not throw', async () => {
    assert(!problems.some((p) => p.startsWith('uncaught')), problems.join('\n'));
  });
  await check('a vendor prefix registers acme-* tags that render', async () => {
    const state = await page.evaluate(() => document.querySelector('acme-touchpoint-score')?.state);
    assert(state === 'ready', `acme-touchpoint-score state is ${state}`);
  });
  await page.close();
}

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
