import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineWidgets } from '../../../src/define.js';
import type { Journey } from '../../../src/data/schemas/journey.js';
import type { JourneyMap } from '../../../src/widgets/journey-map/index.js';
import { generateJourney } from '../../../stories/fixtures/journey-map.js';
import { small } from './small-journey.js';

defineWidgets();

const root = (el: Element) => el.shadowRoot!;
const cards = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.card')];

/** Mounts an empty map, sets `data` and resolves with the first cx-error (or undefined) once rendered. */
async function load(data: unknown): Promise<{ el: JourneyMap; error?: { kind: string; path?: string; message: string } }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px" lang="en"><journey-map></journey-map></div>`);
  const el = wrapper.firstElementChild as JourneyMap;
  await el.updateComplete;
  let error: { kind: string; path?: string; message: string } | undefined;
  el.addEventListener('cx-error', (e) => (error ??= (e as CustomEvent).detail));
  (el as unknown as { data: unknown }).data = data;
  await el.updateComplete;
  await el.updateComplete;
  return { el, error };
}

const clone = (): Journey => structuredClone(small);
const noNaN = (el: Element) => expect(root(el).textContent).not.to.match(/NaN|Infinity|undefined/);

describe('<journey-map> bad input', () => {
  it('unknown stage and lane ids: the touchpoint is left out, named in a banner and in cx-error', async () => {
    const j = clone();
    j.touchpoints[1]!.stageId = 'nope';
    j.touchpoints[2]!.laneId = 'gone';
    const { el, error } = await load(j);
    expect(error!.kind).to.equal('data');
    expect(error!.path).to.equal('touchpoints[1].stageId');
    // 2 touchpoints left out, and with them the transitions a → b (to), b → c (from) and c → d (from): 5 problems.
    expect(error!.message).to.equal('touchpoints[1].stageId: unknown stage "nope" (touchpoint "Confirm date" left out) (and 4 more)');
    expect(cards(el).length).to.equal(2);
    const banner = root(el).querySelector('[part=problems]')!;
    expect(banner.textContent).to.contain('unknown lane "gone"');
    expect(el.state).to.equal('ready');
    noNaN(el);
  });

  it('in German the banner names the problems in German; cx-error keeps the English message', async () => {
    const j = clone();
    j.touchpoints[1]!.stageId = 'nope';
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px" lang="de-DE"><journey-map></journey-map></div>`);
    const el = wrapper.firstElementChild as JourneyMap;
    const ev = oneEvent(el, 'cx-error');
    (el as unknown as { data: unknown }).data = j;
    const { detail } = await ev;
    await el.updateComplete;
    const banner = root(el).querySelector('[part=problems]')!.textContent!.replace(/\s+/g, ' ');
    expect(banner).to.contain('touchpoints[1].stageId: unbekannte Phase „nope“ (Touchpoint „Confirm date“ ausgelassen)');
    expect(banner).not.to.contain('unknown stage');
    expect(detail.message).to.match(/^touchpoints\[1\]\.stageId: unknown stage "nope" \(touchpoint "Confirm date" left out\)/);
  });

  it('duplicate ids: the first one wins, the rest are reported', async () => {
    const j = clone();
    j.touchpoints.push({ ...j.touchpoints[0]!, name: 'Copy' });
    j.stages.push({ id: 's1', name: 'Dup stage' });
    const { el, error } = await load(j);
    expect(error!.path).to.equal('stages[3].id');
    expect(root(el).querySelector('[part=problems]')!.textContent).to.contain('touchpoints[4].id: duplicate id "a" (left out)');
    expect(cards(el).length).to.equal(4);
    expect(root(el).querySelectorAll('.stage-head').length).to.equal(3);
  });

  it('missing metrics: dashes and "No data", never NaN; no threshold without a value', async () => {
    const j = clone();
    for (const t of j.touchpoints) delete t.voc;
    let thresholds = 0;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('journey-map') as JourneyMap;
    el.addEventListener('cx-threshold', () => thresholds++);
    (el as unknown as { data: unknown }).data = j;
    wrapper.append(el);
    await el.updateComplete;
    expect(cards(el).every((c) => c.textContent!.includes('No data'))).to.equal(true);
    el.overlay = 'target';
    await el.updateComplete;
    el.overlay = 'process';
    await el.updateComplete;
    noNaN(el);
    expect(thresholds).to.equal(0);
    // The summary leaves out the lowest score when there is none.
    expect(root(el).getElementById('summary')!.textContent).to.equal("Journey 'Small', 3 stages, 4 touchpoints.");
  });

  it('NaN counts: a schema error with the path, no drawing', async () => {
    const j = clone() as unknown as { touchpoints: { voc?: { nps?: { promoters: number } } }[] };
    j.touchpoints[0]!.voc!.nps!.promoters = Number.NaN;
    const { el, error } = await load(j);
    expect(error!.kind).to.equal('schema');
    expect(error!.path).to.equal('touchpoints[0].voc.nps.promoters');
    expect(el.state).to.equal('error');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('touchpoints[0].voc.nps.promoters');
    expect(cards(el).length).to.equal(0);
  });

  it('negative counts: a schema error', async () => {
    const j = clone();
    j.touchpoints[0]!.voc!.csat!.counts[2] = -3;
    const { el, error } = await load(j);
    expect(error!.kind).to.equal('schema');
    expect(error!.path).to.equal('touchpoints[0].voc.csat.counts[2]');
    expect(el.state).to.equal('error');
  });

  it('0 touchpoints: the empty state', async () => {
    const { el, error } = await load({ ...clone(), touchpoints: [], transitions: [] });
    expect(error).to.equal(undefined);
    expect(el.state).to.equal('empty');
    expect(root(el).querySelector('[data-kind=empty]')!.textContent).to.contain('No data to show yet.');
  });

  it('500 touchpoints: all drawn, keyboard still moves, no NaN', async function () {
    this.timeout(30000); // the rest renders in idle time; slow when the machine is busy
    const j = generateJourney({ stages: 12, lanes: 5, touchpoints: 500, seed: 3 });
    const { el, error } = await load(j);
    expect(error).to.equal(undefined);
    // Large journeys render the visible cards first and the rest in idle chunks.
    expect(cards(el).length).to.be.lessThan(500);
    await el.renderComplete;
    expect(cards(el).length).to.equal(500);
    const first = cards(el).find((c) => c.tabIndex === 0)!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).activeElement).not.to.equal(first);
    expect(root(el).activeElement!.classList.contains('card')).to.equal(true);
  });

  it('very long names: clamped on the card, kept whole for the tooltip, the table and the export', async () => {
    const j = clone();
    const long = `${'Very long touchpoint name '.repeat(19)}end`; // 497 characters, within the 500 limit
    j.touchpoints[0]!.name = long;
    const { el } = await load(j);
    const name = cards(el)[0]!.querySelector<HTMLElement>('.name')!;
    expect(name.textContent).to.equal(long);
    expect(name.getAttribute('title')).to.equal(long);
    expect(getComputedStyle(name).webkitLineClamp).to.equal('2');
    // two lines show, and nothing of a third (the box is as tall as the two lines it shows)
    expect(name.getBoundingClientRect().height).to.be.closeTo(2 * parseFloat(getComputedStyle(name).lineHeight), 0.5);
    expect(cards(el)[0]!.getBoundingClientRect().height).to.equal(132);
    const svg = el.toSVG();
    expect(svg).not.to.contain(long);
    expect(svg).to.contain('Very long touchpoint');
    expect(svg).to.contain('…');
  });

  it('HTML and script payloads in names, owners, verbatims and insight titles render literally', async () => {
    const j = clone();
    const xss = '<img src=x onerror="window.__jmXss=1"><script>window.__jmXss=2</script>';
    j.name = xss;
    j.stages[0]!.name = xss;
    j.lanes[0]!.name = xss;
    j.touchpoints[3]!.name = xss;
    j.touchpoints[3]!.owner = xss;
    j.touchpoints[3]!.channel = xss;
    j.touchpoints[3]!.voc!.verbatims = [{ text: xss }];
    j.insights![0]!.title = xss;
    const { el } = await load(j);
    const c = cards(el).find((x) => x.querySelector('.name')!.textContent === xss)!;
    expect(c).to.exist;
    c.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.view-toggle')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect(root(el).textContent).to.contain(xss);
    expect((window as unknown as { __jmXss?: number }).__jmXss).to.equal(undefined);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelector('img, script')).to.equal(null);
  });

  it('unknown overlay and metric attributes fall back to voc and nps', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><journey-map overlay="heatmap" metric="ces2"></journey-map></div>`);
    const el = wrapper.firstElementChild as JourneyMap;
    (el as unknown as { data: unknown }).data = small;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.getAttribute('overlay')).to.equal('voc');
    expect(el.getAttribute('metric')).to.equal('nps');
    expect(root(el).querySelector('.card .ov-voc strong')!.textContent).to.equal('40');
  });

  it('prototype-polluting ids change nothing', async () => {
    const j = clone();
    j.touchpoints[0]!.id = '__proto__';
    j.transitions![0]!.from = '__proto__';
    const { el, error } = await load(j);
    expect(error).to.equal(undefined);
    expect(cards(el).length).to.equal(4);
    expect(({} as Record<string, unknown>).stageId).to.equal(undefined);
  });

  it('a wrong type anywhere: a readable schema error and cx-error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><journey-map></journey-map></div>`);
    const el = wrapper.firstElementChild as JourneyMap;
    const ev = oneEvent(el, 'cx-error');
    (el as unknown as { data: unknown }).data = { ...clone(), stages: 'three' };
    const { detail } = await ev;
    expect(detail.kind).to.equal('schema');
    expect(detail.path).to.equal('stages');
  });
});
