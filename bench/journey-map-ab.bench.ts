/**
 * A/B of a style change on <journey-map>'s first render, interleaved in one
 * page so that drift of the machine hits both variants alike (separate runs of
 * the bench differ by ±15 %, more than most single changes). Variant B adds the
 * stylesheet given as `?css=` (URL-encoded) to the widget's shadow root, and/or
 * leaves out the rules whose selector is exactly `?drop=` (URL-encoded, e.g.
 * `*, *::before, *::after`) from the widget's own stylesheets; with neither it
 * is an A/A run, which shows the noise floor.
 *
 *   node bench/profile.mjs journey-map-ab 'n=30&overlays=voc,process&css=.card%20svg%7Bdisplay%3Anone%7D' --measured
 *
 * prints the median style, layout and paint per run for A and for B (each run
 * is marked `cx-variant-a` / `cx-variant-b`); `npm run bench -- 'journey-map-ab?css=…'`
 * prints the wall-clock medians. Diagnostic only: no budget, not in the default run.
 */
import { defineWidgets } from '../src/define.js';
import type { JourneyMap } from '../src/widgets/journey-map/index.js';
import type { Overlay } from '../src/widgets/journey-map/figures.js';
import { generateJourney } from '../stories/fixtures/journey-map.js';
import { type BenchRow, fail, mainThreadSplit, median, report, stage } from './lib/measure.js';

defineWidgets();
const q = new URLSearchParams(location.search);
const N = Number(q.get('n')) || 30;
const OVERLAYS = (q.get('overlays') ?? 'voc,process,target').split(',') as Overlay[];
const journey = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 });
const extra = q.get('css');
const sheet = extra ? new CSSStyleSheet() : undefined;
sheet?.replaceSync(extra!);
const drop = q.get('drop');

/** Copies of `sheets` without the rules whose selector is `selector` (made once, shared by every B map like the originals). */
function without(sheets: readonly CSSStyleSheet[], selector: string): CSSStyleSheet[] {
  return sheets.map((original) => {
    const rules = Array.from(original.cssRules);
    if (!rules.some((r) => r instanceof CSSStyleRule && r.selectorText === selector)) return original;
    const copy = new CSSStyleSheet();
    copy.replaceSync(rules.filter((r) => !(r instanceof CSSStyleRule && r.selectorText === selector)).map((r) => r.cssText).join('\n'));
    return copy;
  });
}
let dropped: CSSStyleSheet[] | undefined;
const frame = () => new Promise<number>((r) => requestAnimationFrame(r));

async function one(host: HTMLElement, b: boolean, overlay: Overlay) {
  host.replaceChildren();
  const el = document.createElement('journey-map') as JourneyMap;
  el.overlay = overlay;
  host.append(el);
  await el.updateComplete;
  if (b && drop) {
    dropped ??= without(el.shadowRoot!.adoptedStyleSheets, drop);
    if (dropped.length === el.shadowRoot!.adoptedStyleSheets.length && dropped.every((d, i) => d === el.shadowRoot!.adoptedStyleSheets[i])) {
      throw new Error(`no rule with the selector ${drop}`);
    }
    el.shadowRoot!.adoptedStyleSheets = dropped;
  }
  if (b && sheet) el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  await frame();
  const data = structuredClone(journey);
  performance.mark(b ? 'cx-variant-b' : 'cx-variant-a');
  const r = await mainThreadSplit(async () => {
    (el as unknown as { data: unknown }).data = data;
    await el.updateComplete;
  });
  await el.renderComplete;
  await frame();
  return r;
}

async function main() {
  const host = stage(1400, 900);
  const rows: BenchRow[] = [];
  for (const overlay of OVERLAYS) {
    for (let i = 0; i < 2; i++) for (const b of [false, true]) await one(host, b, overlay); // warm-up
    const runs = { A: [] as Awaited<ReturnType<typeof one>>[], B: [] as Awaited<ReturnType<typeof one>>[] };
    // ABBA order, so neither variant always runs first
    for (let i = 0; i < N; i++) for (const b of i % 2 ? [false, true] : [true, false]) runs[b ? 'B' : 'A'].push(await one(host, b, overlay));
    for (const [v, rs] of Object.entries(runs)) {
      for (const k of ['total', 'sync', 'frame'] as const) {
        rows.push({ bench: `journey-map A/B (${overlay})`, subject: v, metric: `${k} (median of ${N})`, value: median(rs.map((r) => r[k])), unit: 'ms' });
      }
    }
  }
  report(rows);
}

main().catch(fail);
