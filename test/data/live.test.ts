import { expect } from '@open-wc/testing';
import { configure, resetConfig } from '../../src/data/config.js';
import { type LiveMessage, type LiveStatus, type LiveSubscription, openChannels, subscribe } from '../../src/data/live.js';
import { until } from '../helpers/fetch-stub.js';

interface Log {
  connections: { header: string | null; query: string | null; status: number }[];
  polls: (string | null)[];
}

let n = 0;
const keyOf = () => `live-${Date.now()}-${++n}`;
const log = async (key: string): Promise<Log> => (await fetch(`/__test/log?key=${key}`)).json() as Promise<Log>;
const ids = (messages: LiveMessage[]) => messages.map((m) => m.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('live updates (SSE against the test server)', () => {
  const RealEventSource = window.EventSource;
  let created: EventSource[];
  let opened: LiveSubscription[];

  /** Subscribes and remembers the subscription, so that afterEach closes it. */
  function listen(url: string, options: Parameters<typeof subscribe>[2] = {}) {
    const messages: LiveMessage[] = [];
    const statuses: LiveStatus[] = [];
    const sub = subscribe(url, (m) => messages.push(m), { ...options, onStatus: (s) => statuses.push(s) });
    opened.push(sub);
    return { messages, statuses, sub };
  }

  beforeEach(() => {
    created = [];
    opened = [];
    window.EventSource = class extends RealEventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        created.push(this);
      }
    };
    configure({ reconnectMs: 10, pollMs: 20, retryBaseMs: 5, retryMaxMs: 20 });
  });

  afterEach(() => {
    for (const sub of opened) sub.close();
    window.EventSource = RealEventSource;
    resetConfig();
  });

  it('two subscribers on one URL share ONE EventSource and both get every message', async () => {
    const url = `/__test/sse?key=${keyOf()}&total=5`;
    const a = listen(url);
    const b = listen(url);
    await until(() => a.messages.length === 5 && b.messages.length === 5, 3000, 'five messages each');
    expect(created.length).to.equal(1);
    expect(openChannels()).to.equal(1);
    expect(ids(a.messages)).to.deep.equal(range(1, 5));
    expect(ids(b.messages)).to.deep.equal(range(1, 5));
    expect(a.messages[0]).to.deep.equal({ id: '1', type: 'feedback', data: { n: 1 } });
    expect(a.statuses).to.deep.equal(['connecting', 'open']);
  });

  it('closing the last subscriber closes the connection', async () => {
    const url = `/__test/sse?key=${keyOf()}&total=2`;
    const a = listen(url);
    const b = listen(url);
    await until(() => a.messages.length === 2);
    a.sub.close();
    expect(created[0]!.readyState).to.not.equal(EventSource.CLOSED);
    expect(openChannels()).to.equal(1);
    b.sub.close();
    expect(created[0]!.readyState).to.equal(EventSource.CLOSED);
    expect(openChannels()).to.equal(0);
    // A new subscriber afterwards opens a new connection.
    const c = listen(url);
    await until(() => c.messages.length === 2);
    expect(created.length).to.equal(2);
  });

  it('dropped and resumed: reconnects with Last-Event-ID, no duplicates, no gaps', async () => {
    const key = keyOf();
    // 10 events; the server ends the connection after every 4 new ones and,
    // on resuming, first repeats the 2 events before Last-Event-ID.
    const a = listen(`/__test/sse?key=${key}&total=10&drop=4&overlap=2&retry=10`);
    await until(() => a.messages.length >= 10, 4000, 'ten messages');
    await pause(100); // anything repeated would arrive now
    expect(ids(a.messages)).to.deep.equal(range(1, 10));
    expect(a.messages.map((m) => (m.data as { n: number }).n)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const { connections } = await log(key);
    expect(connections.map((c) => c.header)).to.deep.equal([null, '4', '8']);
    expect(created.length).to.equal(1); // the browser's own reconnects, same EventSource
  });

  it('a stream that failed for good is reopened with ?lastEventId= and resumes', async () => {
    const key = keyOf();
    // drop after 3; the next stream request gets 503, so EventSource gives up (CLOSED).
    const a = listen(`/__test/sse?key=${key}&total=8&drop=3&failAfterDrop=1&retry=10`);
    await until(() => a.messages.length >= 8, 4000, 'eight messages');
    await pause(50);
    expect(ids(a.messages)).to.deep.equal(range(1, 8));
    const { connections } = await log(key);
    expect(connections[0]).to.deep.equal({ header: null, query: null, status: 200 });
    expect(connections[1]).to.deep.equal({ header: '3', query: null, status: 503 });
    expect(connections[2]).to.deep.equal({ header: null, query: '3', status: 200 });
    expect(created.length).to.equal(2);
  });

  it('messages without an id line are delivered, not taken for repeats', async () => {
    const a = listen(`/__test/sse?key=${keyOf()}&total=4&anon=1`);
    await until(() => a.messages.length >= 4, 3000, 'four messages');
    expect(a.messages.map((m) => (m.data as { n: number }).n)).to.deep.equal([1, 2, 3, 4]);
    expect(ids(a.messages)).to.deep.equal(['1', '', '', '']);
  });

  it('pause buffers; resume delivers in order', async () => {
    const url = `/__test/sse?key=${keyOf()}&total=6`;
    const a = listen(url);
    const b = listen(url);
    b.sub.pause();
    expect(b.sub.paused).to.equal(true);
    await until(() => a.messages.length === 6);
    await pause(20);
    expect(b.messages).to.deep.equal([]);
    b.sub.resume();
    expect(b.sub.paused).to.equal(false);
    expect(ids(b.messages)).to.deep.equal(range(1, 6));
  });

  it('a paused subscriber keeps the newest 1000 messages', async () => {
    const url = `/__test/sse?key=${keyOf()}&total=1005`;
    const a = listen(url);
    const b = listen(url);
    b.sub.pause();
    await until(() => a.messages.length === 1005, 3000, '1005 messages');
    b.sub.resume();
    expect(b.messages.length).to.equal(1000);
    expect(b.messages[0]!.id).to.equal('6'); // 1005 − 1000 + 1
    expect(b.messages[999]!.id).to.equal('1005');
  });

  it('a subscriber that throws does not starve the others', async () => {
    const error = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const url = `/__test/sse?key=${keyOf()}&total=3`;
      opened.push(
        subscribe(url, () => {
          throw new Error('widget bug');
        }),
      );
      const b = listen(url);
      await until(() => b.messages.length === 3);
      expect(logged.length).to.equal(3);
    } finally {
      console.error = error;
    }
  });

  it('listens for the event types of later subscribers too', async () => {
    const url = `/__test/sse?key=${keyOf()}&total=1`;
    const types: string[] = [];
    const a = listen(url, { types: ['feedback'] });
    const source = created[0]!;
    const add = source.addEventListener.bind(source);
    source.addEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject]) => {
      types.push(type);
      add(type, ...rest);
    }) as typeof source.addEventListener;
    listen(url, { types: ['feedback', 'insight'] });
    expect(types).to.deep.equal(['insight']);
    await until(() => a.messages.length === 1);
  });

  it('when EventSource keeps failing, polling delivers via ?since=', async () => {
    const key = keyOf();
    const a = listen(`/__test/sse?key=${key}&total=7&batch=3&failStream=all`);
    await until(() => a.messages.length >= 7, 4000, 'seven messages');
    await pause(60);
    expect(ids(a.messages)).to.deep.equal(range(1, 7));
    expect(a.messages[0]).to.deep.equal({ id: '1', type: 'feedback', data: { id: '1', n: 1 } });
    expect(a.statuses).to.include('polling');
    const { polls, connections } = await log(key);
    expect(polls.slice(0, 3)).to.deep.equal([null, '3', '6']);
    expect(connections.length).to.be.at.least(3);
    expect(connections.every((c) => c.status === 503)).to.equal(true);
  });

  it('tries the stream again while polling and goes back to it when it works', async () => {
    const key = keyOf();
    // The first 3 stream requests fail → polling; the 4th poll tries the stream, which now works.
    const a = listen(`/__test/sse?key=${key}&total=20&batch=1&failStream=3`);
    await until(() => a.statuses.filter((s) => s === 'open').length > 0, 4000, 'the stream back');
    await until(() => a.messages.length >= 20, 4000, 'twenty messages');
    expect(ids(a.messages)).to.deep.equal(range(1, 20));
    const { polls, connections } = await log(key);
    expect(polls.slice(0, 4)).to.deep.equal([null, '1', '2', '3']);
    expect(connections[3]).to.deep.equal({ header: null, query: '4', status: 200 });
  });

  it('closing the last subscriber stops polling', async () => {
    const key = keyOf();
    const a = listen(`/__test/sse?key=${key}&total=100&batch=1&failStream=all`);
    await until(() => a.messages.length >= 2, 4000, 'two polls');
    a.sub.close();
    const before = (await log(key)).polls.length;
    await pause(120); // six poll intervals
    expect((await log(key)).polls.length).to.be.at.most(before + 1); // at most one already under way
    expect(openChannels()).to.equal(0);
  });
});
