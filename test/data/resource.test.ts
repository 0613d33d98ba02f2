import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/data/config.js';
import { peek, remember } from '../../src/data/memory-cache.js';
import { clearCache, loadResource, type Cached } from '../../src/data/resource.js';
import { json, stubFetch, until } from '../helpers/fetch-stub.js';
import { rejection } from './stub-tools.js';

/** A fetch reply that waits until `release()` is called. */
function gate(body: unknown) {
  let release!: () => void;
  const reply = () => new Promise<Response>((r) => (release = () => r(json(body))));
  return { reply, release: () => release() };
}

describe('loadResource (memory cache, shared requests)', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    await clearCache();
    resetConfig();
  });

  it('hands out the memory copy first with its age, then returns the fresh answer', async () => {
    stub = stubFetch(json({ v: 'fresh' }));
    remember('\u0000/api/r1', { v: 'old' }, Date.now() - 5000);
    const handed: Cached[] = [];
    expect(await loadResource('/api/r1', { onCached: (c) => handed.push(c) })).to.deep.equal({ v: 'fresh' });
    expect(handed.length).to.equal(1);
    expect(handed[0]!.value).to.deep.equal({ v: 'old' });
    expect(handed[0]!.source).to.equal('memory');
    expect(handed[0]!.age).to.be.within(5000, 6000);
    expect(peek('\u0000/api/r1')!.value).to.deep.equal({ v: 'fresh' });
  });

  it('callers asking for the same URL at the same time share one request', async () => {
    const g = gate({ v: 1 });
    stub = stubFetch(g.reply, json({ v: 'other' }));
    const a = loadResource('/api/r2');
    const b = loadResource('/api/r2');
    const c = loadResource('/api/r2-other');
    await until(() => stub!.calls.length === 2);
    g.release();
    expect(await a).to.deep.equal({ v: 1 });
    expect(await b).to.deep.equal({ v: 1 });
    expect(await c).to.deep.equal({ v: 'other' });
    expect(stub.calls.map((x) => x.url)).to.deep.equal(['/api/r2', '/api/r2-other']);
  });

  it('one caller aborting does not cancel the request of the other', async () => {
    const g = gate({ v: 2 });
    stub = stubFetch(g.reply);
    const first = new AbortController();
    const a = loadResource('/api/r3', { signal: first.signal });
    const b = loadResource('/api/r3');
    await until(() => stub!.calls.length === 1);
    first.abort();
    expect(((await rejection(a)) as Error).name).to.equal('AbortError');
    expect(stub.calls[0]!.init!.signal!.aborted).to.equal(false);
    g.release();
    expect(await b).to.deep.equal({ v: 2 });
    expect(stub.calls.length).to.equal(1);
  });

  it('when every caller aborted, the request is cancelled, and a new caller starts a new one', async () => {
    stub = stubFetch(
      (() => {
        const g = gate({ v: 'never' });
        return g.reply;
      })(),
      json({ v: 'second' }),
    );
    const x = new AbortController();
    const y = new AbortController();
    const a = loadResource('/api/r4', { signal: x.signal });
    const b = loadResource('/api/r4', { signal: y.signal });
    await until(() => stub!.calls.length === 1);
    x.abort();
    y.abort();
    await rejection(a);
    await rejection(b);
    expect(stub.calls[0]!.init!.signal!.aborted).to.equal(true);
    expect(await loadResource('/api/r4')).to.deep.equal({ v: 'second' });
    expect(stub.calls.length).to.equal(2);
  });

  it('a failed request is not cached and the error reaches every caller', async () => {
    stub = stubFetch(json({}, 404));
    const a = loadResource('/api/r5');
    const b = loadResource('/api/r5');
    expect(((await rejection(a)) as { status: number }).status).to.equal(404);
    expect(((await rejection(b)) as { status: number }).status).to.equal(404);
    expect(stub.calls.length).to.equal(1);
    expect(peek('\u0000/api/r5')).to.equal(undefined);
  });

  it('memory entries are per scope', async () => {
    stub = stubFetch(json({ v: 'a' }), json({ v: 'b' }));
    configure({ persist: { scope: 'tenant-a:user-1', ttlMs: 1000 } });
    await loadResource('/api/r6');
    configure({ persist: { scope: 'tenant-b:user-2', ttlMs: 1000 } });
    const handed: Cached[] = [];
    await loadResource('/api/r6', { onCached: (c) => handed.push(c) });
    expect(handed).to.deep.equal([]);
  });
});
