import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/probe-widget.js';
import { ProbeWidget } from '../helpers/probe-widget.js';
import { json, stubFetch, until } from '../helpers/fetch-stub.js';
import { clearCache } from '../../src/data/resource.js';

const good = { id: 'a', items: [{ name: 'One', n: 1.5 }] };

describe('CxElement (base of every widget)', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    await clearCache();
  });

  it('renders the data property after validation', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget .data=${good}></probe-widget>`);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('One: 1.5');
  });

  it('draws data from the data property in one update (no second pass for an unused src load)', async () => {
    let updates = 0;
    const el = document.createElement('probe-widget') as ProbeWidget;
    el.addController({ hostUpdated: () => void updates++ });
    el.data = good;
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20)); // any late update would have run by now
    expect(updates).to.equal(1);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('One: 1.5');
    el.remove();
  });

  it('updateComplete waits for background work, also for work started meanwhile; settled() does not', async () => {
    class Slow extends ProbeWidget {
      run(job: Promise<unknown>) {
        this.inBackground(job);
      }
      own() {
        return this.settled();
      }
    }
    customElements.define('probe-slow', Slow);
    const el = document.createElement('probe-slow') as Slow;
    el.data = good;
    document.body.append(el);
    const done: string[] = [];
    let finishFirst!: () => void;
    let finishSecond!: () => void;
    el.run(new Promise<void>((r) => (finishFirst = r)));
    const complete = el.updateComplete.then(() => done.push('updateComplete'));
    await el.own();
    done.push('settled');
    el.run(new Promise<void>((_, reject) => (finishSecond = () => reject(new Error('reported by the widget')))));
    finishFirst();
    await new Promise((r) => setTimeout(r, 10));
    expect(done).to.deep.equal(['settled']); // the second job still runs
    finishSecond();
    await complete;
    expect(done).to.deep.equal(['settled', 'updateComplete']);
    el.remove();
  });

  it('shows a readable error with the failing path and fires cx-error', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    const event = oneEvent(el, 'cx-error');
    el.data = { id: 'a', items: [{ name: 7, n: 1 }] };
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.kind).to.equal('schema');
    expect(detail.path).to.equal('items[0].name');
    expect(detail.message).to.equal('items[0].name: expected string, got number');
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.contain('items[0].name: expected string, got number');
    expect(el.state).to.equal('error');
    expect(el.matches(':state(error)')).to.equal(true);
  });

  it('shows the empty state', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget .data=${{ id: 'a', items: [] }}></probe-widget>`);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('[data-kind=empty]')).to.exist;
  });

  it('draws usable data but reports semantic problems', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    const event = oneEvent(el, 'cx-error');
    el.data = { id: 'a', items: [{ name: 'x', n: -1 }] };
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.path).to.equal('items[0].n');
    expect(el.shadowRoot!.querySelector('li')).to.exist;
    expect(el.shadowRoot!.querySelector('[part=problems]')!.textContent).to.contain('must not be negative');
  });

  it('loads src, with data winning over src', async () => {
    stub = stubFetch(json({ id: 'b', items: [{ name: 'Fetched', n: 2 }] }));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/x"></probe-widget>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('Fetched: 2.0');
    el.data = good;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('One: 1.5');
  });

  it('keeps showing the last good value as stale when a refresh fails', async () => {
    stub = stubFetch(json({ id: 'b', items: [{ name: 'Fetched', n: 2 }] }), json({ error: 'x' }, 404));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/y"></probe-widget>`);
    await until(() => el.state === 'ready');
    el.refresh();
    await until(() => el.state === 'stale');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.contain('Fetched');
    expect(el.shadowRoot!.querySelector('[part=stale]')).to.exist;
  });

  it('uses German strings and number formats from the nearest lang', async () => {
    const wrapper = await fixture(html`<div lang="de-DE"><probe-widget .data=${good}></probe-widget></div>`);
    const el = wrapper.querySelector('probe-widget') as ProbeWidget;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Einträge');
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('One: 1,5');
  });

  it('lets the host override strings', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget .strings=${{ title: 'Punkte' }} .data=${good}></probe-widget>`);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Punkte');
  });

  it('renders user text as text', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const el = await fixture<ProbeWidget>(html`<probe-widget .data=${{ id: 'a', items: [{ name: evil, n: 1 }] }}></probe-widget>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.contain(evil);
  });

  it('passes axe in its states', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget .data=${good}></probe-widget>`);
    await expect(el).to.be.accessible();
    el.data = { id: 1 };
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
