import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { manyInsights } from '../../../stories/fixtures/insight-matrix.js';
import { journey } from '../../../stories/fixtures/insight-matrix.js';
import { fault, type InsightMatrix, ins, label, mark, marks, root, trio } from './helpers.js';

const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');

/** A matrix of `data` in a box `width` px wide, drawn. */
async function mountIn(width: number, data: unknown): Promise<InsightMatrix> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}><insight-matrix .data=${data}></insight-matrix></div>`);
  const el = wrapper.querySelector('insight-matrix') as InsightMatrix;
  await el.updateComplete;
  return el;
}

/** Switches to the list view and chooses insight `id` there. */
async function chooseInList(el: InsightMatrix, id: string): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('.toolbar .seg button:nth-child(2)')!.click(); // List
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>(`tr[data-id="${id}"] .row-title`)!.click();
  await el.updateComplete;
}

describe('<insight-matrix> rendering', () => {
  it('draws a bubble per insight and a summary sentence', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${trio()}></insight-matrix>`);
    expect(marks(el).map((m) => m.dataset.key).sort()).to.deep.equal(['a', 'b', 'c']);
    // a (1,3) fill-in, b (3,3) fill-in, c (1,5) quick win (planned, not done)
    expect(root(el).querySelector('#summary')!.textContent).to.contain('3 insights; 1 quick win, 0 of them done.');
    expect(root(el).querySelector('#summary')!.textContent).to.contain('0 big bets, 2 fill-ins, 0 money pits.');
    // one of each, in the singular
    const ones = await fixture<InsightMatrix>(html`<insight-matrix .data=${{ items: [ins('q', { difficulty: 1, impact: 5 }), ins('m', { difficulty: 5, impact: 1 })] }}></insight-matrix>`);
    expect(root(ones).querySelector('#summary')!.textContent!.replace(/\s+/g, ' ')).to.contain('2 insights; 1 quick win, 0 of them done. 0 big bets, 0 fill-ins, 1 money pit.');
    expect(label(el, 'b')).to.equal('Insight b. Done, IT. Difficulty 3, impact 3, reach 100. Fill-ins.');
    const svgEl = root(el).querySelector('svg.chart')!;
    expect(svgEl.getAttribute('aria-label')).to.equal('Insight matrix');
    expect(svgEl.getAttribute('aria-describedby')).to.equal('summary hint');
  });

  it('names the four quadrants, in German too', async () => {
    const en = await fixture<InsightMatrix>(html`<insight-matrix .data=${trio()}></insight-matrix>`);
    expect([...root(en).querySelectorAll('.q-label')].map((t) => t.textContent!.replace(/\d+$/, ''))).to.deep.equal(['Quick wins', 'Big bets', 'Fill-ins', 'Money pits']);
    const de = await fixture<InsightMatrix>(html`<insight-matrix lang="de" .data=${trio()}></insight-matrix>`);
    expect([...root(de).querySelectorAll('.q-label')].map((t) => t.textContent!.replace(/\d+$/, ''))).to.deep.equal(['Quick Wins', 'Große Vorhaben', 'Lückenfüller', 'Geldgräber']);
    expect(root(de).querySelector('#summary')!.textContent).to.contain('3 Insights; 1 Quick Win, davon 0 erledigt.');
    expect(root(de).querySelector('#summary')!.textContent).to.contain('0 große Vorhaben, 2 Lückenfüller, 0 Geldgräber.');
  });

  it('uses axis labels from attributes over the payload', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix difficulty-label="Effort" .data=${{ ...trio(), scales: { impact: { min: 1, max: 5, label: 'Value' } } }}></insight-matrix>`);
    const titles = [...root(el).querySelectorAll('.axis-title')].map((t) => t.textContent);
    expect(titles).to.deep.equal(['Effort →', 'Value →']);
  });

  it('switches colour between status and category and keeps a shape per category', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${trio()}></insight-matrix>`);
    const fill = () => mark(el, 'a').querySelector('.shape')!.getAttribute('fill');
    expect(fill()).to.contain('--cx-insight-new');
    const byCategory = [...root(el).querySelectorAll<HTMLButtonElement>('.seg button')].find((b) => b.textContent === 'Category')!;
    byCategory.click();
    await el.updateComplete;
    expect(el.getAttribute('color-by')).to.equal('category');
    expect(fill()).to.equal('var(--_series-1)');
    // same category → same shape; another category → another shape
    const d = (k: string) => mark(el, k).querySelector('.shape')!.getAttribute('d');
    expect(d('a')!.replace(/[\d.]/g, '').length).to.be.greaterThan(0);
    expect(d('b')).to.not.equal(d('a'));
  });

  it('renders user text as text', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${{ items: [ins('x', { title: evil, description: evil, owner: evil })] }}></insight-matrix>`);
    mark(el, 'x').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('.details-title')!.textContent).to.equal(evil);
    expect(root(el).querySelector('.description')!.textContent).to.equal(evil);
  });
});

describe('<insight-matrix> pointer tooltip', () => {
  it('shows on hover; Escape anywhere closes it, and it stays closed on that bubble until the pointer moves to another', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${trio()}></insight-matrix>`);
    const over = (key: string, from?: string) =>
      mark(el, key).querySelector('.shape')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, relatedTarget: from ? mark(el, from).querySelector('.shape') : null }));
    const tip = () => root(el).querySelector('.tooltip')?.textContent ?? '';
    over('a');
    await el.updateComplete;
    expect(tip()).to.contain('Insight a');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')).to.equal(null);
    over('a'); // the pointer moves within the same bubble
    await el.updateComplete;
    expect(root(el).querySelector('.tooltip')).to.equal(null);
    over('b', 'a');
    await el.updateComplete;
    expect(tip()).to.contain('Insight b');
  });
});

describe('<insight-matrix> filters and list', () => {
  const data = () => ({
    items: [
      ins('a', { status: 'done', category: 'Billing', owner: 'Ann', touchpointIds: ['t1'], stageIds: ['s1'], difficulty: 1, impact: 5 }),
      ins('b', { status: 'new', category: 'Billing', owner: 'Bob', touchpointIds: ['t2'], stageIds: ['s2'], difficulty: 2, impact: 2, description: 'Hotline queue' }),
      ins('c', { status: 'done', category: 'IT', owner: 'Ann', touchpointIds: ['t2'], stageIds: ['s2'], difficulty: 5, impact: 1 }),
    ],
  });
  const selectFilter = async (el: InsightMatrix, name: string, value: string) => {
    const sel = [...root(el).querySelectorAll<HTMLLabelElement>('.filter')].find((l) => l.querySelector('span')!.textContent === name)!.querySelector('select')!;
    sel.value = value;
    sel.dispatchEvent(new Event('change'));
    await el.updateComplete;
  };
  const keys = (el: InsightMatrix) => marks(el).map((m) => m.dataset.key).sort();

  it('filters by status, category, owner, touchpoint and stage', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${data()}></insight-matrix>`);
    await selectFilter(el, 'Status', 'done');
    expect(keys(el)).to.deep.equal(['a', 'c']);
    expect(text(el)).to.contain('Showing 2 of 3 insights.');
    await selectFilter(el, 'Category', 'IT');
    expect(keys(el)).to.deep.equal(['c']);
    el.clearFilters();
    await el.updateComplete;
    await selectFilter(el, 'Owner', 'Bob');
    expect(keys(el)).to.deep.equal(['b']);
    el.clearFilters();
    await el.updateComplete;
    await selectFilter(el, 'Touchpoint', 't1');
    expect(keys(el)).to.deep.equal(['a']);
    el.clearFilters();
    await el.updateComplete;
    await selectFilter(el, 'Journey stage', 's2');
    expect(keys(el)).to.deep.equal(['b', 'c']);
  });

  it('names touchpoints and stages of insights from several journeys (journeys property)', async () => {
    const spanning = {
      items: [
        ins('m', { journeyId: 'move-in', touchpointIds: ['tp-confirm'], stageIds: ['st-order'] }),
        ins('f', { journeyId: 'fault', touchpointIds: ['tp-call', 'tp-bill'], stageIds: ['st-report'], difficulty: 4 }),
      ],
    };
    const el = await fixture<InsightMatrix>(html`<insight-matrix .journeys=${[journey, fault]} .data=${spanning}></insight-matrix>`);
    const options = (name: string) =>
      [...[...root(el).querySelectorAll<HTMLLabelElement>('.filter')].find((l) => l.querySelector('span')!.textContent === name)!.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    // sorted by id; tp-bill is in both journeys: without an insight to ask, the first journey (move-in) names it
    expect(options('Touchpoint')).to.deep.equal([['', 'All'], ['tp-bill', 'First bill'], ['tp-call', 'Fault hotline'], ['tp-confirm', 'Order confirmation']]);
    expect(options('Journey stage')).to.deep.equal([['', 'All'], ['st-order', 'Order'], ['st-report', 'Reporting']]);
    // the details ask the insight's own journey: its tp-bill is the fault journey's
    mark(el, 'f').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.details .chips li')].map((li) => li.textContent)).to.deep.equal(['Fault hotline', 'Compensation letter', 'Reporting']);
    // journey and journeys together
    const both = await fixture<InsightMatrix>(html`<insight-matrix .journey=${journey} .journeys=${[fault]} .data=${spanning}></insight-matrix>`);
    expect([...root(both).querySelectorAll('.filter option')].map((o) => o.textContent)).to.include.members(['Order confirmation', 'Fault hotline', 'Order', 'Reporting']);
  });

  it('searches title and description, and says when nothing matches', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${data()}></insight-matrix>`);
    const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'hotline';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(keys(el)).to.deep.equal(['b']);
    input.value = 'zzz';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(marks(el)).to.have.length(0);
    expect(root(el).querySelector('.no-match')!.textContent).to.contain('No insight matches these filters.');
  });

  it('shows a sortable table as the list view', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${data()}></insight-matrix>`);
    [...root(el).querySelectorAll<HTMLButtonElement>('.seg button')].find((b) => b.textContent === 'List')!.click();
    await el.updateComplete;
    const rows = () => [...root(el).querySelectorAll('tbody tr')].map((r) => (r as HTMLElement).dataset.id);
    const header = (name: string) => [...root(el).querySelectorAll<HTMLTableCellElement>('thead th')].find((th) => th.textContent!.includes(name))!;
    // default order by quadrant: a quick win, b fill-in, c money pit
    expect(rows()).to.deep.equal(['a', 'b', 'c']);
    header('Difficulty').querySelector('button')!.click();
    await el.updateComplete;
    expect(header('Difficulty').getAttribute('aria-sort')).to.equal('ascending');
    expect(rows()).to.deep.equal(['a', 'b', 'c']);
    header('Difficulty').querySelector('button')!.click();
    await el.updateComplete;
    expect(header('Difficulty').getAttribute('aria-sort')).to.equal('descending');
    expect(rows()).to.deep.equal(['c', 'b', 'a']);
    const ev = oneEvent(el, 'cx-insight-select');
    root(el).querySelector<HTMLButtonElement>('tr[data-id="b"] .row-title')!.click();
    expect((await ev).detail.id).to.equal('b');
  });
});

describe('<insight-matrix> selection and keyboard', () => {
  it('opens details on click with description, owner, history and touchpoints, and fires cx-insight-select', async () => {
    const data = trio();
    data.items[0]!.touchpointIds = ['tp-confirm', 'tp-x'];
    data.items[0]!.description = 'Line one\nLine two';
    const el = await fixture<InsightMatrix>(html`<insight-matrix .journey=${journey} .data=${data}></insight-matrix>`);
    const ev = oneEvent(el, 'cx-insight-select');
    mark(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const { detail } = await ev;
    expect(detail.id).to.equal('a');
    expect(detail.insight.title).to.equal('Insight a');
    await el.updateComplete;
    const panel = root(el).querySelector('.details')!;
    expect(panel.querySelector('.details-title')!.textContent).to.equal('Insight a');
    expect(panel.querySelector('.description')!.textContent).to.equal('Line one\nLine two');
    expect(panel.textContent).to.contain('Ann');
    expect([...panel.querySelectorAll('.chips li')].map((li) => li.textContent)).to.include.members(['Order confirmation', 'tp-x']);
    expect(panel.querySelector('.history li')!.textContent!.replace(/\s+/g, ' ')).to.contain('New by Ann');
    expect(panel.querySelector('select')).to.equal(null); // read-only without `editable`
  });

  it('Tab enters, arrows move by position, Enter opens details', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${trio()}></insight-matrix>`);
    mark(el, 'a').focus();
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('a');
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '0')).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('b');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('c');
    const ev = oneEvent(el, 'cx-insight-select');
    await sendKeys({ press: 'Enter' });
    expect((await ev).detail.id).to.equal('c');
  });

  it('closing the details with ✕ or with Escape inside them puts the focus back on the bubble or the list row', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable write-src="/api/v1/insights/{id}" .data=${trio()}></insight-matrix>`);
    mark(el, 'b').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.details .icon-button')!.focus();
    await sendKeys({ press: 'Enter' }); // the ✕ button
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.details-title')).to.equal(null);
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('b');
    // Escape from a control inside the details (the status select)
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    root(el).querySelector<HTMLSelectElement>('#status-select')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.details-title')).to.equal(null);
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('b');
    // in the list: back to the row's button
    await chooseInList(el, 'c');
    root(el).querySelector<HTMLButtonElement>('.details .icon-button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement?.closest('tr')?.getAttribute('data-id')).to.equal('c');
  });

  it('in the list with details open, titles keep a readable column (the table scrolls sideways instead)', async () => {
    const long = { items: trio().items.map((it) => ({ ...it, title: `${it.title}: customers hear nothing for three weeks while the grid operator answers`, owner: 'Process office north-east', category: 'Communication and correspondence' })) };
    const el = await mountIn(1000, long);
    await chooseInList(el, 'a');
    const cell = root(el).querySelector('tr[data-id="a"] th')!.getBoundingClientRect();
    expect(cell.width).to.be.at.least(150);
  });

  it('below the wide layout, choosing an insight takes the focus to its details (they come after the list)', async () => {
    const el = await mountIn(390, trio());
    await chooseInList(el, 'c');
    await el.updateComplete;
    expect(root(el).activeElement?.classList.contains('details-title')).to.equal(true);
    expect(root(el).activeElement!.textContent).to.equal('Insight c');
  });

  it('reaches the matrix with Tab from the controls before it', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${trio()}></insight-matrix>`);
    const last = [...root(el).querySelectorAll<HTMLSelectElement>('.filters select')].pop()!;
    last.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.classList.contains('mark')).to.equal(true);
  });

  it('clusters 2,000 insights, zooms into a cell with Enter and back with Escape', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${manyInsights(2000)}></insight-matrix>`);
    const clusters = marks(el).filter((m) => m.classList.contains('cluster'));
    expect(clusters.length).to.be.within(1, 25);
    expect(clusters[0]!.getAttribute('aria-label')).to.match(/^Difficulty \d, impact \d: \d+ insights, \d+ done\. Press Enter to zoom in\.$/);
    const n = Number(clusters[0]!.querySelector('.cluster-count')!.textContent);
    clusters[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(marks(el)).to.have.length(n);
    expect(marks(el).every((m) => m.classList.contains('bubble'))).to.equal(true);
    expect(root(el).querySelector('.zoom-bar')!.textContent).to.contain(`${n} insights`);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.zoom-bar')).to.equal(null);
    expect(marks(el).length).to.equal(clusters.length);
  });
});

describe('<insight-matrix> accessibility', () => {
  it('passes axe in light and dark, matrix and list', async () => {
    for (const theme of ['light', 'dark']) {
      // a dark widget sits on a dark page: the host paints it through --cx-widget-bg
      const el = await fixture<InsightMatrix>(html`<insight-matrix theme=${theme} style=${theme === 'dark' ? '--cx-widget-bg:#15191e' : ''} .journey=${journey} impact-from="touchpoints" .data=${{ ...trio(), items: [...trio().items, ins('d', { difficulty: undefined })] }}></insight-matrix>`);
      await expect(el).to.be.accessible();
      mark(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      [...root(el).querySelectorAll<HTMLButtonElement>('.seg button')].find((b) => b.textContent === 'List')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe when editable, with 2,000 insights clustered', async () => {
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable write-src="/api/{id}" .data=${trio()}></insight-matrix>`);
    mark(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const many = await fixture<InsightMatrix>(html`<insight-matrix theme="dark" style="--cx-widget-bg:#15191e" .data=${manyInsights(2000)}></insight-matrix>`);
    await expect(many).to.be.accessible();
  });
});
