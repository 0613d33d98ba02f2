import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/data/config.js';
import { peek } from '../../src/data/memory-cache.js';
import { readPersistent, resetPersistent, writePersistent } from '../../src/data/persistent-cache.js';
import { clearCache, loadResource, type Cached } from '../../src/data/resource.js';
import { json, stubFetch, until } from '../helpers/fetch-stub.js';
import '../helpers/probe-widget.js';
import type { ProbeWidget } from '../helpers/probe-widget.js';

const A = 'tenant-a:user-1';
const B = 'tenant-b:user-2';
const HOUR = 3600000;
const thing = (name: string, n = 1) => ({ id: name, items: [{ name, n }] });
const DB = `cx-test-persist-${Date.now()}`;

/** Records console warnings and uncaught errors while a test runs. */
function watch() {
  const warnings: unknown[][] = [];
  const uncaught: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    warnings,
    uncaught,
    stop() {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const text = (el: ProbeWidget) => el.shadowRoot!.querySelector('li')?.textContent;

describe('persistent cache (IndexedDB)', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  beforeEach(() => resetPersistent(DB));
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    await clearCache();
    resetConfig();
    resetPersistent();
  });
  after(() => new Promise((r) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = request.onerror = request.onblocked = r;
  }));

  it('writes the answer for its scope; scope B never sees scope A', async () => {
    stub = stubFetch(json(thing('for A')), json(thing('for B')));
    configure({ persist: { scope: A, ttlMs: HOUR } });
    expect(await loadResource('/api/p1')).to.deep.equal(thing('for A'));
    let row: Awaited<ReturnType<typeof readPersistent>>;
    const written = async () => (row = await readPersistent(A, '/api/p1', HOUR));
    for (let i = 0; i < 50 && !(await written()); i++) await new Promise((r) => setTimeout(r, 10));
    expect(row!.value).to.deep.equal(thing('for A'));

    configure({ persist: { scope: B, ttlMs: HOUR } });
    const handed: Cached[] = [];
    expect(await loadResource('/api/p1', { onCached: (c) => handed.push(c) })).to.deep.equal(thing('for B'));
    expect(handed).to.deep.equal([]); // nothing of A handed out, neither from memory nor IndexedDB
    expect(await readPersistent(B, '/api/p1', HOUR)).to.not.equal(undefined);
    expect((await readPersistent(A, '/api/p1', HOUR))!.value).to.deep.equal(thing('for A'));
  });

  it('a widget in scope B shows nothing of A while B loads, and B only', async () => {
    configure({ persist: { scope: A, ttlMs: HOUR }, maxAgeMs: 0 });
    await writePersistent(A, '/api/p2', thing('secret of A'), Date.now() - 1000);
    let release!: () => void;
    stub = stubFetch(() => new Promise<Response>((r) => (release = () => r(json(thing('for B'))))));
    configure({ persist: { scope: B, ttlMs: HOUR } });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/p2"></probe-widget>`);
    await until(() => stub!.calls.length === 1);
    await new Promise((r) => setTimeout(r, 50)); // time for an IndexedDB read to come back
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.textContent).to.not.contain('secret of A');
    release();
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(text(el)).to.equal('for B: 1.0');
  });

  it('clearCache(scope) removes that scope (IndexedDB and memory) and keeps the other', async () => {
    stub = stubFetch(json(thing('A1')), json(thing('B1')));
    configure({ persist: { scope: A, ttlMs: HOUR } });
    await loadResource('/api/p3');
    configure({ persist: { scope: B, ttlMs: HOUR } });
    await loadResource('/api/p3');
    await writePersistent(A, '/api/p3-other', thing('A2'));
    await writePersistent(B, '/api/p3-other', thing('B2'));
    expect(peek(`${A}\u0000/api/p3`)).to.not.equal(undefined);
    expect(peek(`${B}\u0000/api/p3`)).to.not.equal(undefined);

    await clearCache(A); // logout of user 1

    expect(await readPersistent(A, '/api/p3', HOUR)).to.equal(undefined);
    expect(await readPersistent(A, '/api/p3-other', HOUR)).to.equal(undefined);
    expect(peek(`${A}\u0000/api/p3`)).to.equal(undefined);
    expect((await readPersistent(B, '/api/p3', HOUR))!.value).to.deep.equal(thing('B1'));
    expect((await readPersistent(B, '/api/p3-other', HOUR))!.value).to.deep.equal(thing('B2'));
    expect(peek(`${B}\u0000/api/p3`)!.value).to.deep.equal(thing('B1'));
  });

  it('an answer under way during logout is not cached afterwards', async () => {
    let release!: () => void;
    stub = stubFetch(() => new Promise<Response>((r) => (release = () => r(json(thing('late A'))))));
    configure({ persist: { scope: A, ttlMs: HOUR } });
    const pending = loadResource('/api/p4');
    await until(() => stub!.calls.length === 1);
    await clearCache(A);
    release();
    expect(await pending).to.deep.equal(thing('late A')); // the caller in scope A still gets it
    await new Promise((r) => setTimeout(r, 30));
    expect(peek(`${A}\u0000/api/p4`)).to.equal(undefined);
    expect(await readPersistent(A, '/api/p4', HOUR)).to.equal(undefined);
  });

  it('a scope switch while loading: the answer of A is dropped and B is loaded', async () => {
    let release!: () => void;
    stub = stubFetch(() => new Promise<Response>((r) => (release = () => r(json(thing('late A'))))), json(thing('for B')));
    configure({ persist: { scope: A, ttlMs: HOUR } });
    const pending = loadResource('/api/p5');
    await until(() => stub!.calls.length === 1);
    configure({ persist: { scope: B, ttlMs: HOUR } });
    release();
    expect(await pending).to.deep.equal(thing('for B'));
    expect(stub.calls.length).to.equal(2);
    expect(peek(`${A}\u0000/api/p5`)).to.equal(undefined);
    expect(peek(`${B}\u0000/api/p5`)).to.not.equal(undefined);
    expect(peek(`${B}\u0000/api/p5`)!.value).to.deep.equal(thing('for B'));
  });

  it('clearCache() on a page without persistence creates no database, but clears an existing one', async () => {
    const name = `${DB}-never`;
    resetPersistent(name);
    await clearCache('tenant-a:user-1');
    await clearCache();
    expect((await indexedDB.databases()).map((d) => d.name)).to.not.include(name);
    // Written by an earlier page that had opted in:
    resetPersistent(DB);
    await writePersistent(A, '/api/p10', thing('left behind'));
    resetPersistent(DB);
    await clearCache(A); // this page never called configure({ persist })
    expect(await readPersistent(A, '/api/p10', HOUR)).to.equal(undefined);
  });

  it('drops entries older than the TTL', async () => {
    const now = Date.now();
    await writePersistent(A, '/api/p6', thing('old'), now - 10000);
    await writePersistent(A, '/api/p6-young', thing('young'), now - 1000);
    expect(await readPersistent(A, '/api/p6', 5000, now)).to.equal(undefined); // 10 s > 5 s
    expect(await readPersistent(A, '/api/p6', HOUR, now)).to.equal(undefined); // deleted, not just hidden
    expect((await readPersistent(A, '/api/p6-young', 5000, now))!.value).to.deep.equal(thing('young')); // 1 s ≤ 5 s
  });

  it('an expired entry is not handed out by loadResource', async () => {
    stub = stubFetch(json(thing('fresh')));
    configure({ persist: { scope: A, ttlMs: 5000 } });
    await writePersistent(A, '/api/p7', thing('expired'), Date.now() - 6000);
    const handed: Cached[] = [];
    expect(await loadResource('/api/p7', { onCached: (c) => handed.push(c) })).to.deep.equal(thing('fresh'));
    expect(handed).to.deep.equal([]);
  });

  it('stale-while-revalidate: the saved value first (stale), then the fresh one (ready)', async () => {
    configure({ persist: { scope: A, ttlMs: HOUR }, maxAgeMs: 1000 });
    await writePersistent(A, '/api/p8', thing('saved', 1), Date.now() - 5000); // 5 s old > maxAge 1 s
    let release!: () => void;
    stub = stubFetch(() => new Promise<Response>((r) => (release = () => r(json(thing('fresh', 2))))));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/p8"></probe-widget>`);
    await until(() => el.state === 'stale', 2000, 'stale');
    await el.updateComplete;
    expect(text(el)).to.equal('saved: 1.0');
    expect(el.matches(':state(stale)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part=stale]')).to.exist;
    release();
    await until(() => el.state === 'ready', 2000, 'ready');
    await el.updateComplete;
    expect(text(el)).to.equal('fresh: 2.0');
    expect(el.shadowRoot!.querySelector('[part=stale]')).to.equal(null);
  });

  it('offline start: the saved value stays on screen as stale when the network fails', async () => {
    configure({ persist: { scope: A, ttlMs: HOUR }, maxAgeMs: HOUR, retries: 0 });
    await writePersistent(A, '/api/p9', thing('saved'), Date.now() - 1000);
    stub = stubFetch(new TypeError('Failed to fetch'));
    configure({ retries: 0 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/p9"></probe-widget>`);
    await until(() => el.state === 'stale', 2000, 'stale');
    await el.updateComplete;
    expect(text(el)).to.equal('saved: 1.0');
  });
});

describe('persistent cache when IndexedDB fails', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  let watcher: ReturnType<typeof watch>;
  const realOpen = IDBFactory.prototype.open;
  const realTransaction = IDBDatabase.prototype.transaction;
  beforeEach(() => {
    resetPersistent(`${DB}-broken`);
    watcher = watch();
  });
  afterEach(async () => {
    IDBFactory.prototype.open = realOpen;
    IDBDatabase.prototype.transaction = realTransaction;
    watcher.stop();
    stub?.restore();
    stub = undefined;
    await clearCache();
    resetConfig();
    resetPersistent();
  });

  async function loadsFromNetwork(url: string) {
    stub = stubFetch(json(thing('from network')));
    configure({ persist: { scope: A, ttlMs: HOUR }, storageTimeoutMs: 100 });
    const el = await fixture<ProbeWidget>(html`<probe-widget src=${url}></probe-widget>`);
    await until(() => el.state === 'ready', 3000, 'ready');
    await el.updateComplete;
    expect(text(el)).to.equal('from network: 1.0');
    await until(() => watcher.warnings.length > 0, 2000, 'a warning');
    await new Promise((r) => setTimeout(r, 150)); // let the write attempt fail as well
    expect(watcher.warnings.length).to.equal(1); // one warning per page, not one per call
    expect(String(watcher.warnings[0]![0])).to.contain('persistent cache unavailable');
    expect(watcher.uncaught).to.deep.equal([]);
    expect(stub.calls.length).to.equal(1);
  }

  it('indexedDB.open throws: the widget loads from the network', async () => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    await loadsFromNetwork('/api/idb1');
  });

  it('the open request fails with an error event: the widget loads from the network', async () => {
    // Opening an existing database at a lower version fires `error` (VersionError) asynchronously.
    const name = `${DB}-v5`;
    await new Promise((r) => {
      const request = realOpen.call(indexedDB, name, 5);
      request.onsuccess = () => {
        request.result.close();
        r(undefined);
      };
    });
    IDBFactory.prototype.open = function open(this: IDBFactory) {
      return realOpen.call(this, name, 1);
    };
    await loadsFromNetwork('/api/idb2');
    indexedDB.deleteDatabase(name);
  });

  it('indexedDB.open never answers (blocked): given up after storageTimeoutMs', async () => {
    // Another connection holds version 1 and ignores `versionchange`: opening version 2 stays blocked.
    const name = `${DB}-held`;
    const holder = await new Promise<IDBDatabase>((r) => {
      const request = realOpen.call(indexedDB, name, 1);
      request.onsuccess = () => r(request.result);
    });
    IDBFactory.prototype.open = function open(this: IDBFactory) {
      return realOpen.call(this, name, 2);
    };
    try {
      await loadsFromNetwork('/api/idb3');
      expect(String(watcher.warnings[0]![1])).to.contain('did not open within 100 ms');
    } finally {
      holder.close();
      indexedDB.deleteDatabase(name);
    }
  });

  it('a transaction throws: the widget loads from the network', async () => {
    IDBDatabase.prototype.transaction = () => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    };
    await loadsFromNetwork('/api/idb4');
  });

  it('clearCache() does not throw either', async () => {
    IDBFactory.prototype.open = () => {
      throw new Error('blocked');
    };
    configure({ persist: { scope: A, ttlMs: HOUR } });
    await clearCache(A);
    await clearCache();
    expect(watcher.uncaught).to.deep.equal([]);
    expect(watcher.warnings.length).to.equal(1);
  });
});
