// Its own test file, so that the page is cold: the first large journey here is drawn in steps.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineWidgets } from '../../../src/define.js';
import type { JourneyMap } from '../../../src/widgets/journey-map/index.js';
import { generateJourney } from '../../../stories/fixtures/journey-map.js';

defineWidgets();

const cards = (el: Element) => el.shadowRoot!.querySelectorAll('.card').length;

/** A map on the page without data yet (its first update done). */
async function emptyMap(): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px" lang="en"></div>`);
  const el = document.createElement('journey-map') as JourneyMap;
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

describe('<journey-map> first large journey on a cold page', () => {
  it('shows loading while it validates in steps, then the map with its visible cards when updateComplete resolves', async () => {
    const el = await emptyMap();
    const thresholds: unknown[] = [];
    el.addEventListener('cx-threshold', (e) => thresholds.push((e as CustomEvent).detail));
    // 120 touchpoints: more than 48, and no large journey was drawn on this page yet.
    (el as unknown as { data: unknown }).data = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 });
    for (let i = 0; i < 10; i++) await Promise.resolve(); // the first update ran; validation waits for a later task
    expect(el.state).to.equal('loading');
    expect(cards(el)).to.equal(0);
    // What each frame shows until the visible cards are drawn: the steps come one frame after another
    // (validation may be done before the first frame: 'loading' is not always seen).
    const seen: string[] = [];
    const heights: Record<string, number> = {};
    let watching = true;
    const look = () => {
      const root = el.shadowRoot!;
      const step = !root.querySelector('.canvas') ? 'loading' : !root.querySelector('.stage-head') ? 'head' : `map+${cards(el)}`;
      if (seen[seen.length - 1] !== step) seen.push(step);
      heights[step] = root.querySelector('.scroller')?.getBoundingClientRect().height ?? 0;
      if (watching) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    await el.updateComplete;
    watching = false;
    look();
    const steps = seen.filter((s) => s !== 'loading');
    expect(steps.slice(0, 3)).to.deep.equal(['head', 'map+0', 'map+1']);
    expect(steps).to.have.length(4);
    expect(Number(steps[3]!.slice(4))).to.be.greaterThan(1);
    // the head step holds the map's size: the page does not jump when the map is drawn into it
    expect(heights.head).to.be.greaterThan(200);
    expect(heights.head).to.equal(heights[steps[3]!]);
    expect(el.state).to.equal('ready');
    expect(cards(el)).to.be.greaterThan(0);
    expect(cards(el)).to.be.lessThan(120);
    await el.renderComplete;
    expect(cards(el)).to.equal(120);
    const once = thresholds.length;
    expect(once).to.be.greaterThan(0);
    // The next large journey on the page is drawn at once: ready right after the update.
    (el as unknown as { data: unknown }).data = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 12 });
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(cards(el)).to.be.greaterThan(0);
  });
});

describe('<journey-map> bad large journey on a cold page', () => {
  it('reports it like a small one: error state and cx-error, no throw', async () => {
    const el = await emptyMap();
    const bad = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 5 }) as unknown as { touchpoints: { name: unknown }[] };
    bad.touchpoints[3]!.name = 42;
    const error = oneEvent(el, 'cx-error');
    (el as unknown as { data: unknown }).data = bad;
    const detail = (await error).detail as { path?: string };
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(detail.path).to.equal('touchpoints[3].name');
  });
});
