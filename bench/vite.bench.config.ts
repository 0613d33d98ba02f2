import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
const pages = readdirSync(here).filter((f) => f.endsWith('.html'));

/** Production build of the bench pages (Lit in production mode, minified, like a real page). */
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    minify: true,
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p.replace(/\.html$/, ''), resolve(here, p)])) },
  },
});
