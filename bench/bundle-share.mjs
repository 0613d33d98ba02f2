// Each widget's share of the paste-in bundle: dist/cx-journey-kit.js is built (Vite, production, minified,
// as `npm run build` does) once with every widget and once per widget with that widget's module replaced
// by an empty element class; the widget's share is what the bundle loses, minified and gzipped (level 9).
// The shared core (base element, data client, schemas, statistics, lit, zod, d3 modules used by others)
// stays in both builds, so it is not part of any widget's share.
// Usage: node bench/bundle-share.mjs [widget ...]   (exit code 1 when touchpoint-score is over 4 KB gzip)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const ALL = ['journey-map', 'touchpoint-score', 'nps-trend', 'insight-matrix'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
const LIMITS = { 'touchpoint-score': 4096 };
const CLASS = { 'journey-map': 'JourneyMap', 'touchpoint-score': 'TouchpointScore', 'nps-trend': 'NpsTrend', 'insight-matrix': 'InsightMatrix' };

/** The bundle's minified and gzipped size, with `without` replaced by an empty element class. */
async function bundle(without) {
  const out = mkdtempSync(join(tmpdir(), 'cx-share-'));
  const stub = {
    name: 'cx-stub-widget',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!without || !importer) return null;
      const target = resolve(importer, '..', id);
      return target === resolve(root, 'src/widgets', without, 'index.js') || target === resolve(root, 'src/widgets', without, 'index.ts')
        ? '\0cx-stub'
        : null;
    },
    load(id) {
      return id === '\0cx-stub' ? `export class ${CLASS[without]} extends HTMLElement {}` : null;
    },
  };
  try {
    await build({
      root,
      configFile: resolve(root, 'vite.auto.config.ts'),
      logLevel: 'error',
      plugins: [stub],
      build: { outDir: out, emptyOutDir: true, sourcemap: false },
    });
    const code = readFileSync(join(out, 'cx-journey-kit.js'));
    return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const full = await bundle();
const rows = [{ build: 'every widget', minified: full.minified, gzip: full.gzip }];
let failed = false;
for (const w of wanted) {
  const rest = await bundle(w);
  const share = { minified: full.minified - rest.minified, gzip: full.gzip - rest.gzip };
  const limit = LIMITS[w];
  if (limit !== undefined && share.gzip > limit) failed = true;
  rows.push({ build: `share of ${w}`, ...share, limit: limit ?? '', result: limit === undefined ? '' : share.gzip <= limit ? 'PASS' : 'FAIL' });
}
console.table(rows);
process.exit(failed ? 1 : 0);
