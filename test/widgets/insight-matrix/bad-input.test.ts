import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { type InsightMatrix, ins, label, marks, root, trio } from './helpers.js';

const problems = (el: Element) => root(el).querySelector('[part=problems]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const keys = (el: Element) => marks(el).map((m) => m.dataset.key).sort();

async function load(data: unknown) {
  const el = await fixture<InsightMatrix>(html`<insight-matrix></insight-matrix>`);
  const error = oneEvent(el, 'cx-error');
  el.data = data;
  const { detail } = await error;
  await el.updateComplete;
  return { el, detail };
}

describe('<insight-matrix> bad input', () => {
  it('lists a rating outside the scale but does not place it', async () => {
    const { el, detail } = await load({ items: [...trio().items, ins('x', { difficulty: 7 })] });
    expect(detail).to.include({ kind: 'data', path: 'items[3].difficulty' });
    expect(detail.message).to.equal('items[3].difficulty: Difficulty 7 is outside the scale 1–5; listed but not placed in the matrix');
    expect(keys(el)).to.deep.equal(['a', 'b', 'c']);
    expect(problems(el)).to.contain('outside the scale 1–5');
    expect(root(el).textContent).to.contain('1 only in the list');
  });

  it('lists an insight with a missing rating', async () => {
    const { el, detail } = await load({ items: [...trio().items, ins('x', { impact: undefined })] });
    expect(detail.path).to.equal('items[3].impact');
    expect(detail.message).to.contain('no Impact rating yet');
    expect(keys(el)).to.deep.equal(['a', 'b', 'c']);
    [...root(el).querySelectorAll<HTMLButtonElement>('.seg button')].find((b) => b.textContent === 'List')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('tr[data-id="x"]')!.textContent).to.contain('not rated yet');
  });

  it('keeps the list when one status is unknown', async () => {
    const { el, detail } = await load({ items: [...trio().items, ins('x', { status: 'archived' })] });
    expect(detail.message).to.equal('items[3].status: unknown status “archived”; listed but not placed in the matrix');
    expect(el.state).to.equal('ready');
    expect(keys(el)).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps the list when one reach is negative: that reach counts as unknown, with a message and cx-error', async () => {
    const { el, detail } = await load({ items: [...trio().items, ins('x', { difficulty: 5, impact: 1, reach: -40 })] });
    expect(detail).to.include({ kind: 'data', path: 'items[3].reach' });
    expect(detail.message).to.equal('items[3].reach: reach -40 cannot be negative; shown as unknown (smallest size)');
    expect(el.state).to.equal('ready');
    expect(keys(el)).to.deep.equal(['a', 'b', 'c', 'x']);
    expect(label(el, 'x')).to.equal('Insight x. New, No category. Difficulty 5, impact 1, reach –. Money pits.');
    expect(problems(el)).to.contain('Some of the data was left out: items[3].reach: reach -40 cannot be negative');
  });

  it('drops a duplicate id and says so', async () => {
    const { el, detail } = await load({ items: [...trio().items, ins('a', { title: 'Copy' })] });
    expect(detail.message).to.equal('items[3].id: duplicate id “a” (first at items[0]); this one is left out');
    expect(keys(el)).to.deep.equal(['a', 'b', 'c']);
    expect(problems(el)).to.contain('duplicate id');
  });

  it('reports every problem at once, in German too', async () => {
    // own lang attribute (a wrapping <div> fixture waits for a frame, which never comes in a background test page)
    const el = await fixture<InsightMatrix>(html`<insight-matrix lang="de"></insight-matrix>`);
    const error = oneEvent(el, 'cx-error');
    el.data = { items: [ins('a', { difficulty: 0 }), ins('a'), ins('b', { status: '??' })] };
    const { detail } = await error;
    expect(detail.problems).to.have.length(3);
    expect(detail.message).to.contain('(and 2 more)');
    await el.updateComplete;
    expect(problems(el)).to.contain('Aufwand 0 liegt außerhalb der Skala 1–5');
  });

  it('shows a clear empty state for 0 insights', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${{ items: [] }}></insight-matrix>`);
    expect(el.state).to.equal('empty');
    expect(root(el).querySelector('[data-kind=empty]')!.textContent).to.contain('No insights to show yet.');
  });

  it('rejects a payload of the wrong shape with a readable error', async () => {
    const { el, detail } = await load({ items: [{ id: 'a', title: 'A', kind: 'idea', status: 'new', difficulty: 'high' }] });
    expect(detail.kind).to.equal('schema');
    expect(detail.path).to.equal('items[0].difficulty');
    expect(el.state).to.equal('error');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('items[0].difficulty: expected number, got string');
  });

  it('never prints NaN or Infinity', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${{ items: [ins('a', { reach: undefined }), ins('b', { difficulty: 1e9 })] }}></insight-matrix>`);
    await el.updateComplete;
    expect(root(el).textContent).to.not.match(/NaN|Infinity/);
    [...root(el).querySelectorAll<HTMLButtonElement>('.seg button')].find((b) => b.textContent === 'List')!.click();
    await el.updateComplete;
    expect(root(el).textContent).to.not.match(/NaN|Infinity/);
  });
});
