// Size of <touchpoint-score>'s own module beyond the shared core: the widget folder bundled and
// minified with lit, d3, zod and the kit's src/core, src/data and src/stats left external, then gzipped.
// Usage: node bench/touchpoint-score-size.mjs   (exit code 1 when over the 4 KB budget)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const widget = resolve(root, 'src/widgets/touchpoint-score') + sep;
const shared = ['core', 'data', 'stats'].map((d) => resolve(root, 'src', d) + sep);
const BUDGET = 4096;

/** Whitespace in css`` / html`` / svg`` literals collapsed, as a template-literal minifier (minify-html-literals) would. */
const collapse = (source) =>
  source.replace(/(css|html|svg)`([\s\S]*?)`/g, (_, tag, body) => {
    let b = body.replace(/\s+/g, ' ');
    b = tag === 'css' ? b.replace(/\/\*.*?\*\//g, '').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':') : b.replace(/>\s+</g, '><');
    return `${tag}\`${b}\``;
  });

async function size(minifyLiterals) {
  const result = await build({
    entryPoints: [resolve(widget, 'index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: resolve(root, 'tsconfig.json'),
    external: ['lit', 'lit/*', '@lit/*', 'd3-*', 'zod', 'zod/*', 'idb'],
    plugins: [
      {
        name: 'shared-core-external',
        setup(b) {
          b.onResolve({ filter: /^\.\.?\// }, (args) => {
            const path = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
            return shared.some((d) => path.startsWith(d)) ? { path: args.path, external: true } : undefined;
          });
          if (minifyLiterals) {
            b.onLoad({ filter: /\.ts$/ }, (args) =>
              args.path.startsWith(widget) ? { contents: collapse(readFileSync(args.path, 'utf8')), loader: 'ts' } : undefined,
            );
          }
        },
      },
    ],
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const plain = await size(false);
const literals = await size(true);
console.table([
  { module: 'touchpoint-score own code (esbuild --minify)', ...plain, budget: BUDGET, result: plain.gzip <= BUDGET ? 'PASS' : 'FAIL' },
  { module: '… plus css/html literals minified', ...literals, budget: BUDGET, result: literals.gzip <= BUDGET ? 'PASS' : 'FAIL' },
]);
process.exit(plain.gzip <= BUDGET ? 0 : 1);
