// Screenshots of the demo pages for review: light/dark × en/de × narrow/wide.
// Usage: node scripts/screenshots.mjs [baseUrl] (default http://127.0.0.1:5173) — start `npm start` first.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
const pages = (process.env.PAGES ?? 'index,crm-record,intranet').split(',');
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
for (const name of pages) {
  for (const scheme of (process.env.SCHEMES ?? 'light,dark').split(',')) {
    for (const lang of (process.env.LANGS ?? 'en,de').split(',')) {
      for (const width of (process.env.WIDTHS ?? '1400,390').split(',').map(Number)) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${base}/demo/${name === 'index' ? '' : `${name}.html`}?lang=${lang}&theme=${scheme}`);
        await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
        const file = `screenshots/demo-${name}-${scheme}-${lang}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file, errors.length ? `errors: ${errors.join(' | ')}` : '');
        await page.close();
      }
    }
  }
}
await browser.close();
