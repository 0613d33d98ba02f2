import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { manyInsights } from '../../../stories/fixtures/insight-matrix.js';
import { validate } from '../../../src/data/validate.js';
import { LenientInsightList } from '../../../src/widgets/insight-matrix/schema.js';
import { isLarge, recordCost, shouldStage, Slicer, STAGE_FROM, SYNC_MS, validateInSlices } from '../../../src/widgets/insight-matrix/slices.js';
import { type InsightMatrix, ins, marks, root } from './helpers.js';

/** A slicer that yields before every step, counting the yields. */
class EverySlice extends Slicer {
  yields = 0;
  override async next(): Promise<void> {
    this.yields++;
    await this.yieldNow();
  }
}

/** What the chart draws: every mark's key, position and glyph, in order. */
const drawn = (el: Element) => marks(el).map((m) => `${m.dataset.key}@${m.getAttribute('transform')}:${m.querySelector('path, circle')?.getAttribute('d') ?? ''}`);

describe('insight-matrix slices (pure)', () => {
  it('stages lists from STAGE_FROM items on, until a large list was prepared within SYNC_MS', () => {
    expect(isLarge({ items: Array.from({ length: STAGE_FROM - 1 }) })).to.equal(false);
    expect(isLarge({ items: Array.from({ length: STAGE_FROM }) })).to.equal(true);
    expect(isLarge(null)).to.equal(false);
    expect(isLarge({ items: 'x' })).to.equal(false);
    const big = { items: Array.from({ length: STAGE_FROM }) };
    recordCost(Infinity); // a new page
    expect(shouldStage(big)).to.equal(true);
    recordCost(SYNC_MS); // first measure taken as is (25): not below SYNC_MS, staged
    expect(shouldStage(big)).to.equal(true);
    recordCost(SYNC_MS - 1); // min(24, 25·1.5) = 24
    expect(shouldStage(big)).to.equal(false);
    recordCost(10); // min(10, 36) = 10
    recordCost(40); // a spike: min(40, 10·1.5) = 15 → still one task
    expect(shouldStage(big)).to.equal(false);
    recordCost(40); // min(40, 22.5) = 22.5
    expect(shouldStage(big)).to.equal(false);
    recordCost(40); // min(40, 33.75) = 33.75 ≥ 25 → slices
    expect(shouldStage(big)).to.equal(true);
    recordCost(Infinity);
    expect(shouldStage(big)).to.equal(true);
  });

  it('gives what validating the whole list gives, a step of 100 items at a time', async () => {
    const data = manyInsights(450);
    const slicer = new EverySlice();
    const out = await validateInSlices(data, slicer, () => false);
    expect(out).to.deep.equal(validate(LenientInsightList, data));
    // 450 items in steps of 100: steps at 0, 100, 200, 300, 400 → 5 yields
    expect(slicer.yields).to.equal(5);
  });

  it('gives up on bad items or when stopped (the caller then validates the whole list)', async () => {
    const data = manyInsights(450);
    (data.items[321] as { impact: unknown }).impact = 'high';
    expect(await validateInSlices(data, new Slicer(), () => false)).to.equal(undefined);
    expect(await validateInSlices(manyInsights(450), new EverySlice(), () => true)).to.equal(undefined);
    expect(await validateInSlices({ items: [ins('a')] }, new Slicer(), () => false)).to.equal(undefined);
  });
});

describe('<insight-matrix> large lists in slices', () => {
  afterEach(() => recordCost(Infinity));

  it('shows loading, then the whole matrix: the same marks as drawn at once', async () => {
    recordCost(Infinity); // cold: staged
    const staged = await fixture<InsightMatrix>(html`<insight-matrix style="width:900px" .data=${manyInsights(2000)}></insight-matrix>`);
    expect(staged.state).to.equal('ready');
    recordCost(0); // warm: at once
    const atOnce = await fixture<InsightMatrix>(html`<insight-matrix style="width:900px" .data=${manyInsights(2000)}></insight-matrix>`);
    expect(drawn(atOnce).length).to.be.above(20);
    expect(drawn(staged)).to.deep.equal(drawn(atOnce));
    expect(root(staged).querySelector('#summary')!.textContent).to.equal(root(atOnce).querySelector('#summary')!.textContent);
  });

  it('is loading (not ready, no marks) until the list is validated', async () => {
    recordCost(Infinity);
    const el = document.createElement('insight-matrix') as InsightMatrix;
    el.data = manyInsights(2000);
    document.body.append(el);
    try {
      // the first update runs in a microtask; validation starts in the next task
      for (let i = 0; i < 10; i++) await Promise.resolve();
      expect(el.hasUpdated).to.equal(true);
      expect(el.state).to.equal('loading');
      expect(root(el).querySelector('[part=loading]')).to.not.equal(null);
      expect(marks(el)).to.have.length(0);
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(root(el).querySelector('[part=loading]')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('reports a bad item of a large list with its exact path', async () => {
    recordCost(Infinity);
    const data = manyInsights(2000);
    (data.items[1234] as { difficulty: unknown }).difficulty = 'hard';
    const el = document.createElement('insight-matrix') as InsightMatrix;
    el.data = data;
    const event = oneEvent(el, 'cx-error');
    document.body.append(el);
    try {
      const { detail } = (await event) as CustomEvent<{ message: string }>;
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(detail.message).to.contain('items[1234].difficulty');
      expect(root(el).querySelector('[part=error]')!.textContent).to.contain('items[1234].difficulty');
    } finally {
      el.remove();
    }
  });

  it('a list set while a large one is staged wins, with all its marks', async () => {
    recordCost(Infinity);
    const el = await fixture<InsightMatrix>(html`<insight-matrix style="width:900px"></insight-matrix>`);
    el.data = manyInsights(2000);
    await new Promise((r) => setTimeout(r));
    el.data = { items: [ins('a', { difficulty: 1, impact: 1 }), ins('b', { difficulty: 5, impact: 5 })] };
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(marks(el).map((m) => m.dataset.key).sort()).to.deep.equal(['a', 'b']);
    // and stays so after the old job's tasks had their turn
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(marks(el).map((m) => m.dataset.key).sort()).to.deep.equal(['a', 'b']);
  });
});
