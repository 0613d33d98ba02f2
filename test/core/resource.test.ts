import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/data/config.js';
import { clearCache } from '../../src/data/resource.js';
import { json, stubFetch, until } from '../helpers/fetch-stub.js';
import { hangUntilAborted } from '../data/stub-tools.js';
import '../helpers/probe-widget.js';
import { ProbeWidget } from '../helpers/probe-widget.js';


const thing = (name: string, n = 1) => ({ id: name, items: [{ name, n }] });
const text = (el: ProbeWidget) => el.shadowRoot!.querySelector('li')?.textContent;
const alertText = (el: ProbeWidget) => el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ResourceController (widget data path)', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(async () => {
    fixtureCleanup();
    stub?.restore();
    stub = undefined;
    await clearCache();
    resetConfig();
  });

  it('a second widget on a cached src gets the value before it derives its drawing (SPA navigation)', async () => {
    // widgets derive geometry from `value` in willUpdate and draw it in render: a cached answer handed over
    // later in the same update (after willUpdate) left the drawing without its geometry
    class Deriving extends ProbeWidget {
      derivedFrom?: unknown;
      override willUpdate(changed: Map<PropertyKey, unknown>): void {
        super.willUpdate(changed as never);
        this.derivedFrom = this.value;
      }
      protected override renderValue(value: Parameters<ProbeWidget['renderValue']>[0]) {
        if (this.derivedFrom !== value) throw new Error('rendered a value that willUpdate did not see');
        return super.renderValue(value);
      }
    }
    if (!customElements.get('probe-deriving')) customElements.define('probe-deriving', Deriving);
    stub = stubFetch(json(thing('Cached')), json(thing('Cached')));
    const first = await fixture<Deriving>(html`<probe-deriving src="/api/cached"></probe-deriving>`);
    await until(() => text(first) === 'Cached: 1.0');
    first.remove();
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const second = await fixture<Deriving>(html`<probe-deriving src="/api/cached"></probe-deriving>`);
      // the cached copy is on screen after the first update, drawn from what willUpdate derived
      expect(text(second)).to.equal('Cached: 1.0');
      expect(second.state).to.be.oneOf(['ready', 'stale']);
      await pause(20);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('404: one request, a clear message in the widget, cx-error with status 404', async () => {
    stub = stubFetch(json({ error: 'not here' }, 404));
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    const event = oneEvent(el, 'cx-error');
    el.src = '/v1/journeys/missing';
    const { detail } = await event;
    expect(detail).to.deep.equal({
      kind: 'http',
      message: 'HTTP 404 Not Found for /v1/journeys/missing',
      status: 404,
      src: '/v1/journeys/missing',
    });
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.matches(':state(error)')).to.equal(true);
    expect(alertText(el)).to.contain('HTTP 404 Not Found for /v1/journeys/missing');
    await pause(100); // retries would have happened by now (base 5 ms)
    expect(stub.calls.length).to.equal(1);
  });

  it('500 then 200: the widget shows the data without an error', async () => {
    stub = stubFetch(json({}, 500), json(thing('Recovered')));
    const errors: Event[] = [];
    const el = await fixture<ProbeWidget>(html`<probe-widget @cx-error=${(e: Event) => errors.push(e)}></probe-widget>`);
    el.src = '/api/w1';
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(text(el)).to.equal('Recovered: 1.0');
    expect(stub.calls.length).to.equal(2);
    expect(errors.length).to.equal(0);
  });

  it('malformed JSON: error state, kind parse, one request', async () => {
    stub = stubFetch(json('{"id":'));
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    const event = oneEvent(el, 'cx-error');
    el.src = '/api/w2';
    const { detail } = await event;
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.match(/^Malformed JSON from \/api\/w2: /);
    expect(stub.calls.length).to.equal(1);
  });

  it('timeout: error state after the retries, kind timeout', async () => {
    stub = stubFetch(hangUntilAborted(() => stub!.calls));
    configure({ timeoutMs: 40, retries: 1, retryBaseMs: 1, retryMaxMs: 2 });
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    const event = oneEvent(el, 'cx-error');
    el.src = '/api/w3';
    const { detail } = await event;
    expect(detail.kind).to.equal('timeout');
    expect(detail.message).to.equal('No answer from /api/w3 within 40 ms');
    expect(stub.calls.length).to.equal(2);
  });

  it('the network returns: a widget in error recovers when `online` fires', async () => {
    const offline = new TypeError('Failed to fetch');
    stub = stubFetch(offline, offline, json(thing('Back online')));
    configure({ retries: 1 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w4"></probe-widget>`);
    await until(() => el.state === 'error');
    await el.updateComplete;
    expect(alertText(el)).to.contain('Network error for /api/w4');
    expect(stub.calls.length).to.equal(2);
    window.dispatchEvent(new Event('online'));
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(text(el)).to.equal('Back online: 1.0');
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(stub.calls.length).to.equal(3);
  });

  it('`online` does not fetch a 404 again (it would not help)', async () => {
    stub = stubFetch(json({}, 404), json(thing('should not come')));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w5"></probe-widget>`);
    await until(() => el.state === 'error');
    window.dispatchEvent(new Event('online'));
    await pause(50);
    expect(stub.calls.length).to.equal(1);
    expect(el.state).to.equal('error');
  });

  it('`online` does nothing for a widget that is fine', async () => {
    stub = stubFetch(json(thing('Fine')));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w6"></probe-widget>`);
    await until(() => el.state === 'ready');
    window.dispatchEvent(new Event('online'));
    await pause(50);
    expect(stub.calls.length).to.equal(1);
  });

  it('after a transient failure the widget loads again by itself, waiting longer each time', async () => {
    const times: number[] = [];
    const failing = () => {
      times.push(performance.now());
      return json({}, 503);
    };
    stub = stubFetch(failing, failing, failing, () => {
      times.push(performance.now());
      return json(thing('Recovered by itself'));
    });
    configure({ retries: 0, recoverMs: 30 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w14"></probe-widget>`);
    await until(() => el.state === 'error');
    await until(() => el.state === 'ready', 3000, 'recovery');
    await el.updateComplete;
    expect(text(el)).to.equal('Recovered by itself: 1.0');
    expect(times.length).to.equal(4);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // waits 30·2^0, 30·2^1, 30·2^2 ms
    expect(gaps[0]).to.be.at.least(29);
    expect(gaps[1]).to.be.at.least(59);
    expect(gaps[2]).to.be.at.least(119);
  });

  it('a 404 is not loaded again by itself', async () => {
    stub = stubFetch(json({}, 404), json(thing('should not come')));
    configure({ recoverMs: 10 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w15"></probe-widget>`);
    await until(() => el.state === 'error');
    await pause(100);
    expect(stub.calls.length).to.equal(1);
  });

  it('the retry button loads again', async () => {
    stub = stubFetch(json({}, 404), json(thing('Second try')));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w7"></probe-widget>`);
    await until(() => el.state === 'error');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await until(() => el.state === 'ready');
    expect(stub.calls.length).to.equal(2);
  });

  it('leaving the page aborts the request; coming back loads again', async () => {
    stub = stubFetch(hangUntilAborted(() => stub!.calls), json(thing('Again')));
    configure({ timeoutMs: 5000 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w8"></probe-widget>`);
    await until(() => stub!.calls.length === 1);
    const parent = el.parentNode!;
    el.remove();
    await until(() => stub!.calls[0]!.init!.signal!.aborted, 1000, 'the abort');
    parent.appendChild(el);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(text(el)).to.equal('Again: 1.0');
    expect(stub.calls.length).to.equal(2);
  });

  it('changing src aborts the old request and shows the new answer only', async () => {
    let releaseOld!: () => void;
    stub = stubFetch(() => new Promise<Response>((r) => (releaseOld = () => r(json(thing('Old'))))), json(thing('New')));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w9-old"></probe-widget>`);
    await until(() => stub!.calls.length === 1);
    el.src = '/api/w9-new';
    await until(() => el.state === 'ready');
    releaseOld();
    await pause(30);
    await el.updateComplete;
    expect(text(el)).to.equal('New: 1.0');
    expect(stub.calls[0]!.init!.signal!.aborted).to.equal(true);
  });

  it('two widgets on one URL share one request', async () => {
    let release!: () => void;
    stub = stubFetch(() => new Promise<Response>((r) => (release = () => r(json(thing('Shared'))))));
    // (No plain <div> fixture: it waits for an animation frame, which a background page may never get.)
    const a = await fixture<ProbeWidget>(html`<probe-widget src="/api/w10"></probe-widget>`);
    const b = document.createElement('probe-widget') as ProbeWidget;
    b.src = '/api/w10';
    a.after(b);
    await b.updateComplete;
    await pause(20);
    expect(stub.calls.length).to.equal(1);
    release();
    await until(() => a.state === 'ready' && b.state === 'ready');
    await b.updateComplete;
    expect(text(b)).to.equal('Shared: 1.0');
    expect(stub.calls.length).to.equal(1);
    b.remove();
  });

  it('a memory copy younger than maxAgeMs is shown as ready, older as stale', async () => {
    stub = stubFetch(json(thing('First')));
    configure({ maxAgeMs: 60000 });
    await fixture<ProbeWidget>(html`<probe-widget src="/api/w11"></probe-widget>`).then((el) => until(() => el.state === 'ready'));
    let release!: () => void;
    stub = stubFetch(() => new Promise<Response>((r) => (release = () => r(json(thing('Second'))))));
    configure({ maxAgeMs: 60000 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w11"></probe-widget>`);
    await el.updateComplete;
    expect(el.state).to.equal('ready'); // the memory copy at once, no spinner
    expect(text(el)).to.equal('First: 1.0');
    release();
    await until(() => text(el) === 'Second: 1.0');
  });

  // A widget drops a value that belongs to another source instead of showing it as stale.
  it('a failing new src does not show the previous src as its stale data', async () => {
    stub = stubFetch(json(thing('From A')), json({}, 404));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w12-a"></probe-widget>`);
    await until(() => el.state === 'ready');
    el.src = '/api/w12-b';
    await until(() => el.state === 'error');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.not.contain('From A');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('HTTP 404 Not Found for /api/w12-b');
  });

  it('a refresh of the same src keeps the value (stale) when it fails', async () => {
    stub = stubFetch(json(thing('Kept')), json({}, 503));
    configure({ retries: 0 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/w13"></probe-widget>`);
    await until(() => el.state === 'ready');
    el.refresh();
    await until(() => el.state === 'stale');
    await el.updateComplete;
    expect(text(el)).to.equal('Kept: 1.0');
  });

  it('removing the data property (no src) leaves nothing on screen', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget .data=${thing('Gone')}></probe-widget>`);
    expect(text(el)).to.equal('Gone: 1.0');
    el.data = undefined;
    await el.updateComplete;
    expect(text(el)).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[data-kind=empty]')).to.exist;
  });
});

/** A probe that validates its `data` in the background, resolving when the test says so. */
class SlowProbe extends ProbeWidget {
  pending: { data: unknown; resolve: () => void; reject: (e: unknown) => void }[] = [];
  override validateData(data: unknown) {
    return new Promise<never>((resolve, reject) => {
      this.pending.push({ data, resolve: () => resolve(data as never), reject });
    });
  }
}
customElements.define('slow-probe', SlowProbe);

describe('background validation of `data` (validateData returning a promise)', () => {
  it('shows loading until it settles, then the value', async () => {
    const el = await fixture<SlowProbe>(html`<slow-probe .data=${thing('Later')}></slow-probe>`);
    expect(el.state).to.equal('loading');
    el.pending[0]!.resolve();
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(text(el)).to.equal('Later: 1.0');
  });

  it('a newer data wins over one still being validated', async () => {
    const el = await fixture<SlowProbe>(html`<slow-probe .data=${thing('Old')}></slow-probe>`);
    el.data = thing('New');
    await el.updateComplete;
    el.pending[1]!.resolve();
    el.pending[0]!.resolve(); // settles late: ignored
    await until(() => el.state === 'ready');
    await pause(20);
    await el.updateComplete;
    expect(text(el)).to.equal('New: 1.0');
  });

  it('a rejection shows the error and fires cx-error', async () => {
    const el = await fixture<SlowProbe>(html`<slow-probe .data=${thing('Bad')}></slow-probe>`);
    const event = oneEvent(el, 'cx-error');
    el.pending[0]!.reject(new Error('items[3].name: expected string'));
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.message).to.equal('items[3].name: expected string');
    expect(el.state).to.equal('error');
  });
});
