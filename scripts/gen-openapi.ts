/**
 * Writes docs/openapi.json from the zod schemas (src/data/openapi.ts).
 * Run after `npm run gen:data` (the examples are excerpts of the demo data).
 *
 *   npx tsx scripts/gen-openapi.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildOpenApi } from '../src/data/openapi.js';

const root = resolve(import.meta.dirname, '..');
mkdirSync(join(root, 'docs'), { recursive: true });
const text = `${JSON.stringify(buildOpenApi(), null, 2)}\n`;
writeFileSync(join(root, 'docs/openapi.json'), text);
console.log(`gen-openapi: docs/openapi.json (${(text.length / 1024).toFixed(0)} KiB)`);
