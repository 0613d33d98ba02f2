// Its own test file, so that the page is cold: the first large journey here is drawn in steps.
import { expect, fixture, html } from '@open-wc/testing';
import { defineWidgets } from '../../../src/define.js';
import type { JourneyMap } from '../../../src/widgets/journey-map/index.js';
import { generateJourney } from '../../../stories/fixtures/journey-map.js';

defineWidgets();

const cards = (el: Element) => el.shadowRoot!.querySelectorAll('.card').length;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

/** A map whose first large journey (on this still cold page) has begun to be drawn in steps. */
async function mapInSteps(): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px" lang="en"></div>`);
  const el = document.createElement('journey-map') as JourneyMap;
  wrapper.append(el);
  await el.updateComplete;
  (el as unknown as { data: unknown }).data = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 });
  // the steps have begun when the head is drawn over an empty map
  for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('.canvas'); i++) await frames(1);
  expect(el.shadowRoot!.querySelector('.canvas')).to.exist;
  expect(el.shadowRoot!.querySelector('.stage-head')).to.equal(null);
  return el;
}

// The page stays cold through both tests: a journey replaced in its steps does not warm it.
describe('<journey-map> data replaced while the first large journey is drawn in steps', () => {
  it('draws every card of the new, small journey', async () => {
    const el = await mapInSteps();
    const small = generateJourney({ stages: 3, lanes: 2, touchpoints: 9, seed: 3 });
    (el as unknown as { data: unknown }).data = small;
    await el.updateComplete;
    await frames(5);
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(cards(el)).to.equal(9);
  });

  it('draws the new large journey in full', async () => {
    const el = await mapInSteps();
    (el as unknown as { data: unknown }).data = generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 12 });
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(cards(el)).to.be.greaterThan(1);
    await el.renderComplete;
    expect(cards(el)).to.equal(120);
  });
});
