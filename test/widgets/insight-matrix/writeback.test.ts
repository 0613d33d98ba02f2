import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hang, json, stubFetch, until } from '../../helpers/fetch-stub.js';
import { clearCache } from '../../../src/data/resource.js';
import { journey } from '../../../stories/fixtures/insight-matrix.js';
import { fault, type InsightMatrix, ins, label, mark, root, trio } from './helpers.js';

type Stub = ReturnType<typeof stubFetch>;
async function shift(key: string) {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}
const notice = (el: Element) => root(el).querySelector('[part=notice]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The notice's message alone (without its ✕ button). */
const message = (el: Element) => root(el).querySelector('[part=notice] > span')?.textContent ?? '';

describe('<insight-matrix> write-back', () => {
  let stub: Stub | undefined;
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    await clearCache();
  });

  const editable = () => fixture<InsightMatrix>(html`<insight-matrix editable write-src="/api/v1/insights/{id}" .data=${trio()}></insight-matrix>`);

  it('Shift+arrow sends PATCH with the new rating and the version, then fires cx-insight-change', async () => {
    stub = stubFetch(json({ ...trio().items[0], difficulty: 2, version: 2 }));
    const el = await editable();
    mark(el, 'a').focus();
    const change = oneEvent(el, 'cx-insight-change');
    await shift('ArrowRight');
    await el.updateComplete;
    // optimistic: the bubble already says difficulty 2 before the answer is in
    expect(label(el, 'a')).to.contain('Difficulty 2, impact 3');
    const { detail } = await change;
    expect(detail).to.deep.equal({ id: 'a', changes: { difficulty: 2 }, previous: { difficulty: 1 } });
    expect(stub.calls).to.have.length(1);
    expect(stub.calls[0]!.url).to.equal('/api/v1/insights/a');
    expect(stub.calls[0]!.init!.method).to.equal('PATCH');
    expect(JSON.parse(stub.calls[0]!.init!.body as string)).to.deep.equal({ difficulty: 2, version: 1 });
    await el.updateComplete;
    expect(label(el, 'a')).to.contain('Difficulty 2, impact 3');
    expect(root(el).activeElement?.getAttribute('data-key')).to.equal('a');
  });

  it('sends the server version of the previous answer with the next change', async () => {
    stub = stubFetch(json({ ...trio().items[0], impact: 4, version: 2 }), json({ ...trio().items[0], impact: 5, version: 3 }));
    const el = await editable();
    mark(el, 'a').focus();
    await shift('ArrowUp');
    await shift('ArrowUp');
    await until(() => stub!.calls.length === 2);
    await until(() => label(el, 'a').includes('impact 5'));
    expect(JSON.parse(stub.calls[0]!.init!.body as string)).to.deep.equal({ impact: 4, version: 1 });
    expect(JSON.parse(stub.calls[1]!.init!.body as string)).to.deep.equal({ impact: 5, version: 2 });
  });

  it('derives the PATCH URL from src', async () => {
    stub = stubFetch(json(trio()), json({ ...trio().items[2], status: 'done', version: 2 }));
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable src="/api/v1/insights.json"></insight-matrix>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    mark(el, 'c').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    const select = root(el).querySelector<HTMLSelectElement>('#status-select')!;
    select.value = 'done';
    const change = oneEvent(el, 'cx-insight-change');
    select.dispatchEvent(new Event('change'));
    const { detail } = await change;
    expect(detail).to.deep.equal({ id: 'c', changes: { status: 'done' }, previous: { status: 'planned' } });
    expect(stub.calls[1]!.url).to.equal('/api/v1/insights/c');
    expect(JSON.parse(stub.calls[1]!.init!.body as string)).to.deep.equal({ status: 'done', version: 1 });
    await el.updateComplete;
    expect(label(el, 'c')).to.contain('Done');
  });

  it('drags a bubble to another cell (pointer events, snapped to the scale)', async () => {
    stub = stubFetch(json({ ...trio().items[0], difficulty: 3, impact: 5, version: 2 }));
    const el = await editable();
    const from = mark(el, 'a').getBoundingClientRect();
    const b = mark(el, 'b').getBoundingClientRect(); // cell (3,3)
    const c = mark(el, 'c').getBoundingClientRect(); // cell (1,5)
    const change = oneEvent(el, 'cx-insight-change');
    // synthetic pointer events (a real mouse needs the test page in front, which concurrent runs do not guarantee)
    const pointer = (type: string, target: Element, x: number, y: number) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, button: 0, clientX: x, clientY: y }));
    const svgEl = root(el).querySelector('svg.chart')!;
    pointer('pointerdown', mark(el, 'a').querySelector('.shape')!, from.x + from.width / 2, from.y + from.height / 2);
    pointer('pointermove', svgEl, b.x + b.width / 2 - 10, c.y + c.height / 2 - 10);
    await el.updateComplete;
    expect(root(el).querySelector('.ghost text')!.textContent).to.equal('Difficulty 3, impact 5');
    pointer('pointermove', svgEl, b.x + b.width / 2, c.y + c.height / 2);
    pointer('pointerup', svgEl, b.x + b.width / 2, c.y + c.height / 2);
    const { detail } = await change;
    expect(detail).to.deep.equal({ id: 'a', changes: { difficulty: 3, impact: 5 }, previous: { difficulty: 1, impact: 3 } });
  });

  it('Escape during a drag puts the bubble back and saves nothing; the release opens no details', async () => {
    stub = stubFetch(json({ ...trio().items[0], difficulty: 3, impact: 5, version: 2 }));
    const el = await editable();
    const from = mark(el, 'a').getBoundingClientRect();
    const b = mark(el, 'b').getBoundingClientRect();
    const pointer = (type: string, target: Element, x: number, y: number) =>
      target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, button: 0, clientX: x, clientY: y }));
    const svgEl = root(el).querySelector('svg.chart')!;
    pointer('pointerdown', mark(el, 'a').querySelector('.shape')!, from.x + from.width / 2, from.y + from.height / 2);
    pointer('pointermove', svgEl, b.x + b.width / 2, b.y + b.height / 2);
    await el.updateComplete;
    expect(root(el).querySelector('.ghost')).to.exist;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(root(el).querySelector('.ghost')).to.equal(null);
    pointer('pointerup', svgEl, b.x + b.width / 2, b.y + b.height / 2);
    mark(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
    expect(stub.calls).to.have.length(0);
    expect(label(el, 'a')).to.contain('Difficulty 1, impact 3');
    expect(root(el).querySelector('#status-select')).to.equal(null);
  });

  for (const [name, reply, expected] of [
    ['500', () => json({ error: 'boom' }, 500), 'the server answered 500'],
    ['409', () => json({ error: 'conflict', current: trio().items[0] }, 409), 'someone else changed it'],
    ['422', () => json({ error: 'invalid' }, 422), 'the server answered 422'],
  ] as const) {
    it(`rolls back with a message and cx-error when PATCH answers ${name}`, async () => {
      stub = stubFetch(reply());
      const el = await editable();
      mark(el, 'a').focus();
      const error = oneEvent(el, 'cx-error');
      await shift('ArrowRight');
      const { detail } = await error;
      expect(detail).to.include({ kind: 'http', status: Number(name), id: 'a', src: '/api/v1/insights/a' });
      await el.updateComplete;
      expect(label(el, 'a')).to.contain('Difficulty 1, impact 3');
      expect(notice(el)).to.contain(`Could not save “Insight a”: ${expected}`);
      expect(notice(el)).to.contain('undone');
      expect(stub.calls).to.have.length(1); // writes are not retried
    });
  }

  it('rolls back on a timeout', async () => {
    stub = stubFetch(hang() as unknown as () => Response);
    const el = await editable();
    mark(el, 'a').focus();
    const error = oneEvent(el, 'cx-error');
    await shift('ArrowDown');
    await el.updateComplete;
    expect(label(el, 'a')).to.contain('impact 2');
    expect(root(el).querySelector('.saving-ring')).to.exist;
    const { detail } = await error;
    expect(detail.kind).to.equal('timeout');
    await el.updateComplete;
    expect(label(el, 'a')).to.contain('impact 3');
    expect(notice(el)).to.contain('did not answer in time');
    expect(root(el).querySelector('.saving-ring')).to.equal(null);
  });

  it('rolls back when the answer is not an insight', async () => {
    stub = stubFetch(json({ nope: true }));
    const el = await editable();
    mark(el, 'a').focus();
    const error = oneEvent(el, 'cx-error');
    await shift('ArrowRight');
    expect((await error).detail.kind).to.equal('schema');
    await el.updateComplete;
    expect(label(el, 'a')).to.contain('Difficulty 1');
  });

  it('reloads src after a 409 so the latest version shows', async () => {
    const fresh = { items: [{ ...trio().items[0], difficulty: 4, version: 5 }, ...trio().items.slice(1)] };
    stub = stubFetch(json(trio()), json({ error: 'conflict' }, 409), json(fresh));
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable src="/api/v1/insights"></insight-matrix>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    mark(el, 'a').focus();
    await shift('ArrowRight');
    await until(() => stub!.calls.length === 3);
    await until(() => label(el, 'a').includes('Difficulty 4'));
    expect(stub.calls[2]!.url).to.equal('/api/v1/insights');
  });

  it('after a 409 the notice says the latest data is loading, then that it is shown, as a polite status', async () => {
    const fresh = { items: [{ ...trio().items[0], difficulty: 4, version: 5 }, ...trio().items.slice(1)] };
    let answer!: (r: Response) => void;
    const reload = new Promise<Response>((resolve) => (answer = resolve));
    stub = stubFetch(json(trio()), json({ error: 'conflict' }, 409), () => reload);
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable src="/api/v1/insights"></insight-matrix>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    // the polite live region is in the page before anything is said in it
    const live = root(el).querySelector('.notice-live')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.textContent!.trim()).to.equal('');
    mark(el, 'a').focus();
    await shift('ArrowRight');
    await until(() => stub!.calls.length === 3);
    await el.updateComplete;
    expect(message(el)).to.equal('Could not save “Insight a”: someone else changed it in the meantime. Your change was undone; loading the latest data…');
    const box = root(el).querySelector('[part=notice]')!;
    expect(box.parentElement).to.equal(live);
    expect(box.closest('[role=alert]')).to.equal(null);
    // the answer to the reload arrives
    answer(json(fresh));
    await until(() => label(el, 'a').includes('Difficulty 4'));
    await el.updateComplete;
    expect(message(el)).to.equal('Could not save “Insight a”: someone else changed it in the meantime. Your change was undone; the latest data is shown now.');
    expect(root(el).querySelector('[part=notice]')!.parentElement).to.equal(live);
  });

  it('after a 409 with data from the host (nothing to reload) the notice does not promise a reload', async () => {
    stub = stubFetch(json({ error: 'conflict' }, 409));
    const el = await editable();
    mark(el, 'a').focus();
    const error = oneEvent(el, 'cx-error');
    await shift('ArrowRight');
    expect((await error).detail).to.include({ kind: 'http', status: 409, id: 'a' });
    await el.updateComplete;
    expect(message(el)).to.equal('Could not save “Insight a”: someone else changed it in the meantime. Your change was undone.');
    expect(stub.calls).to.have.length(1);
  });

  it('an insight moved with Shift+arrow into a crowded cell stays its own focused bubble beside the cluster', async () => {
    // 30 insights in cell (5,1) are a cluster at any width; a sits at (4,1), left of it
    const crowd = Array.from({ length: 30 }, (_, k) => ins(`c${k}`, { difficulty: 5, impact: 1 }));
    const data = { items: [ins('a', { difficulty: 4, impact: 1 }), ...crowd] };
    stub = stubFetch(json({ ...data.items[0], difficulty: 5, version: 2 }));
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable write-src="/api/v1/insights/{id}" .data=${data}></insight-matrix>`);
    const count = () => root(el).querySelector('.mark[data-key="cluster:5|1"] .cluster-count')?.textContent;
    const focused = () => root(el).activeElement?.getAttribute('data-key');
    expect(count()).to.equal('30');
    mark(el, 'a').focus();
    const change = oneEvent(el, 'cx-insight-change');
    await shift('ArrowRight');
    await el.updateComplete;
    // at once (optimistic) and after the server's answer: a bubble of its own, with the focus, in cell (5,1)
    for (const when of ['optimistic', 'saved']) {
      if (when === 'saved') await change;
      await el.updateComplete;
      expect(mark(el, 'a')?.classList.contains('bubble'), when).to.equal(true);
      expect(focused(), when).to.equal('a');
      expect(label(el, 'a'), when).to.contain('Difficulty 5, impact 1');
      expect(count(), when).to.equal('30');
    }
    // on to the cluster with an arrow: the insight moved before joins it again
    await sendKeys({ press: 'ArrowRight' });
    await until(() => count() === '31');
    expect(focused()).to.equal('cluster:5|1');
    expect(mark(el, 'a')).to.equal(null);
  });

  it('changes nothing without editable', async () => {
    stub = stubFetch(json({}));
    const el = await fixture<InsightMatrix>(html`<insight-matrix write-src="/api/{id}" .data=${trio()}></insight-matrix>`);
    mark(el, 'a').focus();
    await shift('ArrowRight');
    await el.updateComplete;
    expect(label(el, 'a')).to.contain('Difficulty 1');
    expect(mark(el, 'a').classList.contains('draggable')).to.equal(false);
    mark(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelector('.details select')).to.equal(null);
    expect(stub.calls).to.have.length(0);
  });

  it('changes nothing when the payload says editable: false', async () => {
    stub = stubFetch(json({}));
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable write-src="/api/{id}" .data=${{ ...trio(), editable: false }}></insight-matrix>`);
    mark(el, 'a').focus();
    await shift('ArrowRight');
    mark(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect(root(el).querySelector('.details select')).to.equal(null);
    expect(stub.calls).to.have.length(0);
  });

  it('does not change a computed impact', async () => {
    stub = stubFetch(json({}));
    const data = { items: [ins('a', { difficulty: 1, impact: 3, touchpointIds: ['tp-bill'] })] };
    const el = await fixture<InsightMatrix>(html`<insight-matrix editable write-src="/api/{id}" impact-from="touchpoints" .journey=${journey} .data=${data}></insight-matrix>`);
    // the only scored insight gets the top of the scale
    expect(label(el, 'a')).to.contain('impact 5 (computed)');
    expect(root(el).textContent).to.contain('Impact computed from linked touchpoints (volume × gap to target) for 1 insights');
    mark(el, 'a').focus();
    await shift('ArrowDown');
    await el.updateComplete;
    expect(stub.calls).to.have.length(0);
    expect(notice(el)).to.contain('computed from touchpoints');
  });
});

describe('<insight-matrix> journey-src for computed impact', () => {
  let stub: Stub | undefined;
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    await clearCache();
  });

  it('loads the journey and computes impact from its touchpoints', async () => {
    stub = stubFetch(json(journey));
    const data = { items: [ins('a', { difficulty: 1, impact: 1, touchpointIds: ['tp-bill'] }), ins('b', { difficulty: 2, impact: 2 })] };
    const el = await fixture<InsightMatrix>(html`<insight-matrix impact-from="touchpoints" journey-src="/api/v1/journeys/move-in" .data=${data}></insight-matrix>`);
    await until(() => label(el, 'a').includes('(computed)'));
    expect(stub.calls[0]!.url).to.equal('/api/v1/journeys/move-in');
    expect(label(el, 'a')).to.contain('impact 5 (computed)');
    expect(label(el, 'b')).to.contain('impact 2, reach'); // entered, not computed
    mark(el, 'a').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.updateComplete;
    expect([...root(el).querySelectorAll('.details .chips li')].map((li) => li.textContent)).to.include('First bill');
  });

  it('loads several journeys from journey-src and names touchpoints and stages from each; one that fails is reported', async () => {
    stub = stubFetch((input) => (String(input).endsWith('/gone') ? json({ error: 'gone' }, 404) : json(String(input).endsWith('/fault') ? fault : journey)));
    const data = {
      items: [
        ins('m', { journeyId: 'move-in', touchpointIds: ['tp-confirm'], stageIds: ['st-order'] }),
        ins('f', { journeyId: 'fault', touchpointIds: ['tp-call'], stageIds: ['st-report'], difficulty: 4 }),
      ],
    };
    const el = await fixture<InsightMatrix>(html`<insight-matrix .data=${data}></insight-matrix>`);
    const error = oneEvent(el, 'cx-error');
    el.journeySrc = ' /api/v1/journeys/move-in\n  /api/v1/journeys/fault /api/v1/journeys/gone';
    const { detail } = await error;
    expect(detail).to.include({ kind: 'http', status: 404, src: '/api/v1/journeys/gone' });
    const options = () => [...root(el).querySelectorAll('.filter option')].map((o) => o.textContent);
    await until(() => options().includes('Fault hotline'));
    expect(stub.calls.map((c) => c.url)).to.deep.equal(['/api/v1/journeys/move-in', '/api/v1/journeys/fault', '/api/v1/journeys/gone']);
    expect(options()).to.include.members(['Order confirmation', 'Fault hotline', 'Order', 'Reporting']);
    expect(options().filter((o) => /^(tp|st)-/.test(o!))).to.deep.equal([]);
    expect(notice(el)).to.contain('could not be loaded');
  });

  it('says so when the journey cannot be loaded, and keeps entered impacts', async () => {
    stub = stubFetch(json({ error: 'gone' }, 404));
    const el = await fixture<InsightMatrix>(html`<insight-matrix impact-from="touchpoints" .data=${{ items: [ins('a', { impact: 2, touchpointIds: ['tp-bill'] })] }}></insight-matrix>`);
    const error = oneEvent(el, 'cx-error');
    el.journeySrc = '/api/v1/journeys/nope';
    const { detail } = await error;
    expect(detail).to.include({ kind: 'http', status: 404 });
    await el.updateComplete;
    expect(notice(el)).to.contain('could not be loaded');
    expect(label(el, 'a')).to.contain('impact 2, reach');
  });
});
