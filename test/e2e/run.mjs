// End-to-end checks of the built paste-in bundle in headless Chromium, the way
// a CRM or intranet page uses it: strict CSP with Trusted Types, the bundle
// loaded twice, a vendor prefix and theme, hostile global CSS, sources that
// fail, widgets removed and added again, and the names the docs promise.
// Prints "N passed, N failed".
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
const pages = Object.fromEntries(
  ['csp.html', 'twice.html', 'errors.html', 'white-label.html'].map((name) => [`/${name}`, readFileSync(join(import.meta.dirname, 'pages', name), 'utf8')]),
);
// the same host page without the hostile page CSS, to compare the widgets' looks with and without it
const HOSTILE = '<link rel="stylesheet" href="/e2e/hostile.css" />';
if (!pages['/csp.html'].includes(HOSTILE)) throw new Error('csp.html no longer links hostile.css');
pages['/csp-clean.html'] = pages['/csp.html'].replace(HOSTILE, '');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };
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

async function open(path, { width = 1280 } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
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

/** Computed styles of everything in a widget's shadow root, as a set of "element: styles" lines, and the host's size. */
const styleSignature = (tag) =>
  document.querySelector(tag) &&
  (() => {
    const el = document.querySelector(tag);
    const props = ['font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform', 'text-align', 'color', 'background-color', 'box-sizing', 'border-top-width', 'padding-top', 'fill', 'stroke', 'stroke-width', 'display'];
    const lines = new Set();
    for (const e of el.shadowRoot.querySelectorAll('*')) {
      const cs = getComputedStyle(e);
      lines.add(`${e.localName}.${e.getAttribute('class') ?? ''}: ${props.map((p) => cs.getPropertyValue(p)).join('|')}`);
    }
    const r = el.getBoundingClientRect();
    return { lines: [...lines], width: Math.round(r.width), height: Math.round(r.height) };
  })();

console.log('e2e: hostile page CSS changes nothing inside the widgets');
{
  const hostile = await open('/csp.html');
  const clean = await open('/csp-clean.html');
  for (const tag of tags) {
    await check(`<${tag}> looks the same with and without the page's !important / all: unset CSS`, async () => {
      const [a, b] = await Promise.all([hostile.page.evaluate(styleSignature, tag), clean.page.evaluate(styleSignature, tag)]);
      assert(Math.abs(a.width - b.width) <= 1 && Math.abs(a.height - b.height) <= 1, `size ${a.width}×${a.height} on the hostile page, ${b.width}×${b.height} on a clean one`);
      const onlyHostile = a.lines.filter((l) => !b.lines.includes(l));
      assert(onlyHostile.length === 0, `${onlyHostile.length} styles only on the hostile page, e.g. ${onlyHostile.slice(0, 2).join(' / ')}`);
    });
  }
  await hostile.page.close();
  await clean.page.close();
}

console.log('e2e: a src that fails');
{
  const { page, violations } = await open('/errors.html');
  const info = await page.evaluate(() =>
    ['missing', 'broken'].map((id) => {
      const el = document.getElementById(id);
      return { id, state: el.state, text: el.shadowRoot.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '', events: window.cxErrors.filter((e) => e.id === id) };
    }),
  );
  const [missing, broken] = info;
  await check('a src that 404s: the error state says so, and one cx-error with status 404', async () => {
    assert(missing.state === 'error', `state is ${missing.state}`);
    assert(/could not show/.test(missing.text) && /404/.test(missing.text), `message: "${missing.text}"`);
    assert(missing.events.length === 1 && missing.events[0].detail.kind === 'http' && missing.events[0].detail.status === 404, `cx-error: ${JSON.stringify(missing.events)}`);
  });
  await check('a src with invalid JSON: the error state says so, and one cx-error of kind parse', async () => {
    assert(broken.state === 'error', `state is ${broken.state}`);
    assert(/could not show/.test(broken.text) && /JSON/.test(broken.text), `message: "${broken.text}"`);
    assert(broken.events.length === 1 && broken.events[0].detail.kind === 'parse' && broken.events[0].detail.src === '/e2e/broken.json', `cx-error: ${JSON.stringify(broken.events)}`);
  });
  await check('the error states have a retry button and raise no CSP violation', async () => {
    const buttons = await page.evaluate(() => ['missing', 'broken'].map((id) => document.getElementById(id).shadowRoot.querySelector('[role="alert"] button')?.textContent.trim()));
    assert(buttons.every((b) => b === 'Try again'), `buttons: ${JSON.stringify(buttons)}`);
    assert(violations.length === 0, `violations: ${JSON.stringify(violations)}`);
  });
  await page.close();
}

console.log('e2e: widgets removed and added again (single-page navigation)');
{
  const { page, problems } = await open('/csp.html');
  const results = await page.evaluate(async (tags) => {
    // As a host would: wait until the widget says it is ready, then for its update to complete; then it shows its data.
    const settle = async (el) => {
      const rejected = [];
      const complete = () => el.updateComplete.catch((error) => rejected.push(String(error?.message ?? error)));
      await complete();
      const t0 = performance.now();
      while (el.state !== 'ready' && performance.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 50));
      await complete();
      return { state: el.state, text: el.shadowRoot.textContent.trim().length, rejected: rejected[0] };
    };
    const out = [];
    for (const tag of tags) {
      // back on a page that shows the same resource: a new element, the answer is in the memory cache
      const first = document.querySelector(tag);
      const src = first.getAttribute('src');
      first.remove();
      const again = document.createElement(tag);
      again.setAttribute('src', src);
      document.body.append(again);
      const fresh = await settle(again);
      // (whatever that showed, give it time to draw before the next step)
      for (const t0 = performance.now(); !again.shadowRoot.textContent.trim() && performance.now() - t0 < 3000; ) await new Promise((r) => setTimeout(r, 50));
      // the same element moved out and back in
      again.remove();
      document.body.append(again);
      const moved = await settle(again);
      out.push({ tag, fresh, moved });
    }
    return out;
  }, tags);
  await new Promise((r) => setTimeout(r, 300));
  for (const { tag, fresh, moved } of results) {
    await check(`<${tag}> added again with the same src shows its data once ready and updated, without an error`, async () => {
      assert(!fresh.rejected, `updateComplete rejected: ${fresh.rejected}`);
      assert(fresh.state === 'ready' && fresh.text > 20, `state ${fresh.state}, shadow root has ${fresh.text} characters after updateComplete`);
    });
    await check(`<${tag}> moved out of the page and back in shows its data`, async () => {
      assert(!moved.rejected && moved.state === 'ready' && moved.text > 20, JSON.stringify(moved));
    });
  }
  await check('no uncaught error while widgets come and go', async () => {
    assert(problems.length === 0, [...new Set(problems)].join('\n'));
  });
  await page.close();
}

console.log('e2e: a vendor theme, prefix and strings (docs/theming.md)');
{
  const { page, problems } = await open('/white-label.html', { width: 1000 });
  const look = await page.evaluate(() => {
    const colours = (el) => {
      const seen = new Set();
      for (const e of el.shadowRoot.querySelectorAll('*')) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none') continue;
        for (const p of ['color', 'background-color', 'fill', 'stroke']) seen.add(cs.getPropertyValue(p));
      }
      return [...seen];
    };
    // text in another font than the vendor's (single glyphs such as the "i" of the info button are icons)
    const otherFonts = (el) =>
      [...el.shadowRoot.querySelectorAll('*')]
        .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim().length > 1))
        .filter((e) => !e.closest('[part~="value"]') && getComputedStyle(e).display !== 'none' && !getComputedStyle(e).fontFamily.includes('Vendor Sans Test'))
        .map((e) => `${e.localName}.${e.getAttribute('class') ?? ''}: ${getComputedStyle(e).fontFamily}`);
    const score = document.getElementById('score');
    const trend = document.getElementById('trend');
    const dark = document.getElementById('dark');
    return {
      states: [score.state, trend.state, dark.state],
      score: colours(score),
      trend: colours(trend),
      dark: colours(dark),
      fonts: [...otherFonts(score), ...otherFonts(trend)],
      valueFont: getComputedStyle(score.shadowRoot.querySelector('[part~="value"]')).fontFamily,
      scoreText: score.shadowRoot.textContent,
      trendText: trend.shadowRoot.textContent,
    };
  });
  const KIT_ACCENT = 'rgb(11, 92, 173)'; // the kit's own accent and series 1
  const KIT_FG = 'rgb(27, 31, 36)';
  await check('acme-* tags render under the vendor prefix', async () => {
    assert(look.states.every((s) => s === 'ready'), `states: ${look.states}`);
  });
  await check('--cx-color-fg, --cx-color-accent and --cx-series-1 replace the kit colours (none of the kit accent or text colour left)', async () => {
    assert(look.trend.includes('rgb(194, 0, 107)'), 'the vendor accent is not used (pressed range button)');
    assert(look.score.includes('rgb(0, 131, 143)') && look.trend.includes('rgb(0, 131, 143)'), 'the vendor series-1 is not used');
    assert(look.score.includes('rgb(43, 10, 61)'), 'the vendor text colour is not used');
    for (const [name, list] of [['score', look.score], ['trend', look.trend]]) {
      assert(!list.includes(KIT_ACCENT) && !list.includes(KIT_FG), `${name} still uses the kit's own ${list.includes(KIT_ACCENT) ? 'accent' : 'text colour'}`);
    }
  });
  await check('--cx-dark-color-accent colours a widget with theme="dark"', async () => {
    assert(look.dark.includes('rgb(255, 119, 192)'), 'the vendor dark accent is not used');
  });
  await check('--cx-font-family reaches every text; ::part(value) restyles the number', async () => {
    assert(look.fonts.length === 0, `not in the vendor font: ${look.fonts.slice(0, 3).join(' / ')}`);
    assert(look.valueFont.includes('Vendor Numbers Test'), `value font: ${look.valueFont}`);
  });
  await check('the strings property replaces texts; the rest stays in the page language (lang="de")', async () => {
    assert(/Zielwert 10,0/.test(look.scoreText) && /verfehlt/.test(look.scoreText), `score: ${look.scoreText.slice(0, 200)}`);
    assert(look.trendText.includes('Mischung') && !look.trendText.includes('Zusammensetzung') && look.trendText.includes('Tabelle'), `trend: ${look.trendText.slice(0, 200)}`);
  });
  await check('the locale attribute switches the language at runtime', async () => {
    const text = await page.evaluate(async () => {
      const el = document.getElementById('dark');
      const before = el.shadowRoot.textContent;
      el.setAttribute('locale', 'en');
      await el.updateComplete;
      return { before: before.includes('Zusammensetzung'), after: el.shadowRoot.textContent.includes('Composition') && !el.shadowRoot.textContent.includes('Zusammensetzung') };
    });
    assert(text.before && text.after, JSON.stringify(text));
  });
  await check('no uncaught error or console error on the vendor page', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
  await page.close();
}

console.log('e2e: the names README.md and docs/theming.md promise exist in the bundle');
{
  const bundle = readFileSync(join(out, 'cx-journey-kit.js'), 'utf8');
  const docs = ['README.md', 'docs/theming.md'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const tokens = [...new Set([...docs.matchAll(/`(--cx-[a-z0-9-]+)`/g)].map((m) => m[1]))];
  await check(`every custom property named in the docs is read by the widgets (${tokens.length})`, async () => {
    const missing = tokens.filter((t) => !bundle.includes(t));
    assert(tokens.length > 30 && missing.length === 0, `not in the bundle: ${missing.join(', ')}`);
  });
  const partRows = docs.split('\n').filter((l) => /^\| (every widget|`<[a-z-]+>`) \| `[a-z]/.test(l));
  const parts = [...new Set(partRows.flatMap((l) => [...l.split('|')[2].matchAll(/`([a-z-]+)`/g)].map((m) => m[1])))];
  await check(`every part named in docs/theming.md exists (${parts.length})`, async () => {
    const missing = parts.filter((p) => !new RegExp(`part="[^"]*\\b${p}\\b`).test(bundle));
    assert(parts.length > 20 && missing.length === 0, `no part="${missing.join('", "')}" in the bundle`);
  });
}

await browser.close();
server.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
