import { expect } from '@open-wc/testing';
import { backoff, parseRetryAfter, requestJson } from '../../src/data/client.js';
import { configure, resetConfig } from '../../src/data/config.js';
import { CxError, HttpError, NetworkError, ParseError, TimeoutError } from '../../src/data/errors.js';
import { json, stubFetch } from '../helpers/fetch-stub.js';
import { hangUntilAborted, rejection } from './stub-tools.js';

/** A reply that records when it was asked. */
const timed = (times: number[], response: () => Response) => () => {
  times.push(performance.now());
  return response();
};

describe('data client: backoff and Retry-After (pure)', () => {
  it('grows exponentially: base · 2^attempt · (0.5 + random)', () => {
    // random = 0.5 → factor 1: 100·2^0 = 100, 100·2^1 = 200, 100·2^2 = 400, 100·2^3 = 800
    expect([0, 1, 2, 3].map((a) => backoff(a, 100, 10000, () => 0.5))).to.deep.equal([100, 200, 400, 800]);
  });

  it('keeps the jitter inside ±50 %', () => {
    // random = 0 → factor 0.5: 400·2^2·0.5 = 800; random = 0.999 → 1600·1.499 = 2398.4
    expect(backoff(2, 400, 10000, () => 0)).to.equal(800);
    expect(backoff(2, 400, 10000, () => 0.999)).to.be.closeTo(2398.4, 1e-9);
    for (let a = 0; a < 5; a++) {
      for (const r of [0, 0.1, 0.37, 0.5, 0.73, 0.9999]) {
        const wait = backoff(a, 100, 1e9, () => r);
        expect(wait, `attempt ${a}, random ${r}`).to.be.at.least(0.5 * 100 * 2 ** a);
        expect(wait, `attempt ${a}, random ${r}`).to.be.below(1.5 * 100 * 2 ** a);
      }
    }
  });

  it('never waits longer than the cap', () => {
    // 100·2^10·1.0 = 102400 > 10000 → 10000
    expect(backoff(10, 100, 10000, () => 0.5)).to.equal(10000);
    expect(backoff(60, 100, 10000, () => 0.99)).to.equal(10000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter('0')).to.equal(0);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    const now = Date.parse('Tue, 24 Nov 2026 08:00:00 GMT');
    expect(parseRetryAfter('Tue, 24 Nov 2026 08:00:30 GMT', now)).to.equal(30000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 07:59:00 GMT', now)).to.equal(0); // in the past: at once
  });
});

describe('data client: retries (stubbed fetch)', () => {
  afterEach(() => resetConfig());

  it('HTTP 500 then 200: retried once, recovers', async () => {
    const stub = stubFetch(json({ error: 'boom' }, 500), json({ ok: 1 }));
    expect(await requestJson('/api/a')).to.deep.equal({ ok: 1 });
    expect(stub.calls.length).to.equal(2);
    expect(stub.calls.map((c) => c.url)).to.deep.equal(['/api/a', '/api/a']);
  });

  it('HTTP 429 is retried', async () => {
    const stub = stubFetch(json({}, 429), json({}, 429), json({ ok: 2 }));
    expect(await requestJson('/api/b')).to.deep.equal({ ok: 2 });
    expect(stub.calls.length).to.equal(3);
  });

  it('a network error is retried', async () => {
    const stub = stubFetch(new TypeError('Failed to fetch'), json({ ok: 3 }));
    expect(await requestJson('/api/c')).to.deep.equal({ ok: 3 });
    expect(stub.calls.length).to.equal(2);
  });

  it('honours Retry-After on 503', async () => {
    const times: number[] = [];
    stubFetch(
      timed(times, () => json({}, 503, { 'retry-after': '0.2' })),
      timed(times, () => json({ ok: 4 })),
    );
    configure({ retryBaseMs: 1, retryMaxMs: 5000 }); // backoff alone would wait ≤ 1.5 ms
    expect(await requestJson('/api/d')).to.deep.equal({ ok: 4 });
    expect(times.length).to.equal(2);
    expect(times[1]! - times[0]!).to.be.at.least(190); // 0.2 s asked
  });

  it('caps a long Retry-After at retryMaxMs', async () => {
    const times: number[] = [];
    stubFetch(
      timed(times, () => json({}, 503, { 'retry-after': '120' })),
      timed(times, () => json({ ok: 5 })),
    );
    configure({ retryBaseMs: 1, retryMaxMs: 100 });
    expect(await requestJson('/api/e')).to.deep.equal({ ok: 5 });
    const waited = times[1]! - times[0]!;
    expect(waited).to.be.at.least(95); // the cap, not the backoff (≤ 1.5 ms)
    expect(waited).to.be.below(1000); // not 120 s
  });

  it('is bounded: gives up after `retries` with the HttpError', async () => {
    const stub = stubFetch(json({}, 502));
    configure({ retries: 2 });
    const error = await rejection(requestJson('/api/f'));
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(502);
    expect((error as HttpError).message).to.equal('HTTP 502 Bad Gateway for /api/f');
    expect(stub.calls.length).to.equal(3); // 1 + 2 retries
  });

  it('the backoff between retries grows', async () => {
    const times: number[] = [];
    stubFetch(timed(times, () => json({}, 500)));
    // waits 40·2^i·[0.5, 1.5): ≥ 20, ≥ 40, ≥ 80 ms
    configure({ retries: 3, retryBaseMs: 40, retryMaxMs: 10000 });
    await rejection(requestJson('/api/g'));
    expect(times.length).to.equal(4);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[0]).to.be.at.least(19);
    expect(gaps[1]).to.be.at.least(39);
    expect(gaps[2]).to.be.at.least(79);
  });

  it('404: no retry, exactly one call, a clear message', async () => {
    const stub = stubFetch(json({ error: 'nope' }, 404));
    const error = await rejection(requestJson('/v1/journeys/missing'));
    expect(stub.calls.length).to.equal(1);
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(404);
    expect((error as HttpError).kind).to.equal('http');
    expect((error as HttpError).message).to.equal('HTTP 404 Not Found for /v1/journeys/missing');
  });

  it('other 4xx are not retried either', async () => {
    for (const status of [400, 401, 403, 410]) {
      const stub = stubFetch(json({}, status));
      const error = await rejection(requestJson('/api/h'));
      expect((error as HttpError).status).to.equal(status);
      expect(stub.calls.length, `HTTP ${status}`).to.equal(1);
    }
  });

  it('POST and PATCH are not retried unless asked', async () => {
    let stub = stubFetch(json({}, 500), json({ ok: 1 }));
    await rejection(requestJson('/api/i', { method: 'POST', body: { a: 1 } }));
    expect(stub.calls.length).to.equal(1);
    stub = stubFetch(json({}, 500), json({ ok: 1 }));
    await rejection(requestJson('/api/i', { method: 'PATCH', body: { a: 1 } }));
    expect(stub.calls.length).to.equal(1);
    stub = stubFetch(json({}, 500), json({ ok: 1 }));
    expect(await requestJson('/api/i', { method: 'PATCH', body: { a: 1 }, retries: 1 })).to.deep.equal({ ok: 1 });
    expect(stub.calls.length).to.equal(2);
    expect(stub.calls[0]!.init!.body).to.equal('{"a":1}');
    expect(new Headers(stub.calls[0]!.init!.headers).get('content-type')).to.equal('application/json');
  });

  it('sends configured headers (a function is asked per request) and credentials', async () => {
    let token = 0;
    const stub = stubFetch(json({ ok: 1 }));
    configure({ headers: () => ({ authorization: `Bearer t${++token}` }), credentials: 'include' });
    await requestJson('/api/j');
    await requestJson('/api/j');
    expect(stub.calls.map((c) => new Headers(c.init!.headers).get('authorization'))).to.deep.equal(['Bearer t1', 'Bearer t2']);
    expect(new Headers(stub.calls[0]!.init!.headers).get('accept')).to.equal('application/json');
    expect(stub.calls[0]!.init!.credentials).to.equal('include');
  });

  it('a failing headers function is a config error, not a crash', async () => {
    const stub = stubFetch(json({ ok: 1 }));
    configure({
      headers: () => {
        throw new Error('token store locked');
      },
    });
    const error = await rejection(requestJson('/api/k'));
    expect((error as CxError).kind).to.equal('config');
    expect((error as CxError).message).to.contain('token store locked');
    expect(stub.calls.length).to.equal(0);
  });
});

describe('data client: timeout and abort', () => {
  afterEach(() => resetConfig());

  it('times out after timeoutMs, retries, then fails with TimeoutError', async () => {
    const stub = stubFetch(hangUntilAborted(() => stub.calls));
    configure({ timeoutMs: 60, retries: 1, retryBaseMs: 1, retryMaxMs: 5 });
    const start = performance.now();
    const error = await rejection(requestJson('/api/slow'));
    const took = performance.now() - start;
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).message).to.equal('No answer from /api/slow within 60 ms');
    expect(stub.calls.length).to.equal(2);
    expect(took).to.be.at.least(115); // two attempts of 60 ms
    expect(took).to.be.below(1000);
    expect(stub.calls[0]!.init!.signal!.aborted).to.equal(true); // the hung request was cancelled
  });

  it('times out even when a configured fetch ignores the signal', async () => {
    const stub = stubFetch(() => new Promise<Response>(() => undefined));
    configure({ timeoutMs: 40, retries: 0 });
    const error = await rejection(requestJson('/api/deaf'));
    expect(error).to.be.instanceOf(TimeoutError);
    expect(stub.calls.length).to.equal(1);
  });

  it('a body that never finishes also times out', async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"a":')) }), { status: 200 });
    const stub = stubFetch(stalled);
    configure({ timeoutMs: 50, retries: 0 });
    expect(await rejection(requestJson('/api/stall'))).to.be.instanceOf(TimeoutError);
    expect(stub.calls.length).to.equal(1);
  });

  it('abort through the signal stops without retry', async () => {
    const stub = stubFetch(hangUntilAborted(() => stub.calls));
    configure({ timeoutMs: 5000 });
    const controller = new AbortController();
    const pending = requestJson('/api/abort', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);
    expect((error as Error).name).to.equal('AbortError');
    await new Promise((r) => setTimeout(r, 60)); // would be enough for a retry (base 5 ms)
    expect(stub.calls.length).to.equal(1);
  });

  it('abort during the backoff wait stops at once', async () => {
    const stub = stubFetch(json({}, 500));
    configure({ retryBaseMs: 2000, retryMaxMs: 5000 });
    const controller = new AbortController();
    const pending = requestJson('/api/abort2', { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const start = performance.now();
    const error = await rejection(pending);
    expect((error as Error).name).to.equal('AbortError');
    expect(performance.now() - start).to.be.below(500);
    expect(stub.calls.length).to.equal(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const stub = stubFetch(json({ ok: 1 }));
    const error = await rejection(requestJson('/api/abort3', { signal: AbortSignal.abort() }));
    expect((error as Error).name).to.equal('AbortError');
    expect(stub.calls.length).to.equal(0);
  });
});

describe('data client: answers that are not usable', () => {
  afterEach(() => resetConfig());

  it('malformed JSON: ParseError, no retry', async () => {
    const stub = stubFetch(json('{"items": [1, 2', 200));
    const error = await rejection(requestJson('/api/bad'));
    expect(error).to.be.instanceOf(ParseError);
    expect((error as ParseError).kind).to.equal('parse');
    expect((error as ParseError).message).to.match(/^Malformed JSON from \/api\/bad: /);
    expect(stub.calls.length).to.equal(1);
  });

  it('an empty body is undefined, not an error', async () => {
    stubFetch(new Response(null, { status: 204 }), json('  \n'));
    expect(await requestJson('/api/empty')).to.equal(undefined);
    expect(await requestJson('/api/empty')).to.equal(undefined);
  });

  it('drops __proto__, constructor and prototype keys; Object.prototype stays untouched', async () => {
    const body =
      '{"__proto__":{"polluted":"yes"},"a":{"constructor":{"prototype":{"polluted":"yes"}},"b":1},' +
      '"list":[{"__proto__":{"polluted":"yes"},"c":2}],"prototype":{"polluted":"yes"}}';
    stubFetch(json(body));
    const value = (await requestJson('/api/proto')) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
    expect(value).to.deep.equal({ a: { b: 1 }, list: [{ c: 2 }] });
    expect(Object.keys(value)).to.deep.equal(['a', 'list']);
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call((value.list as object[])[0], '__proto__')).to.equal(false);
  });

  it('also drops keys spelled with \\u escapes', async () => {
    stubFetch(json(String.raw`{"\u005f_proto__":{"polluted":"yes"},"con\u0073tructor":1,"ok":true}`));
    const value = (await requestJson('/api/proto2')) as Record<string, unknown>;
    expect(Object.keys(value)).to.deep.equal(['ok']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('data client against the test server (real HTTP)', () => {
  afterEach(() => resetConfig());
  let n = 0;
  const key = () => `client-${Date.now()}-${++n}`;

  it('500, 500, then 200: recovers after two retries', async () => {
    configure({ retryBaseMs: 5, retryMaxMs: 50 });
    const k = key();
    const value = (await requestJson(`/__test/flaky?key=${k}&fail=2&status=500`)) as { items: { n: number }[] };
    expect(value.items[0]!.n).to.equal(3); // the third request answered
    const count = (await requestJson(`/__test/count?key=${k}`)) as { count: number };
    expect(count.count).to.equal(3);
  });

  it('404 from the server: one request', async () => {
    configure({ retryBaseMs: 5, retryMaxMs: 50 });
    const k = key();
    const error = await rejection(requestJson(`/__test/flaky?key=${k}&fail=5&status=404`));
    expect((error as HttpError).status).to.equal(404);
    expect(((await requestJson(`/__test/count?key=${k}`)) as { count: number }).count).to.equal(1);
  });

  it('a slow server times out', async () => {
    configure({ timeoutMs: 50, retries: 0 });
    expect(await rejection(requestJson('/__test/slow?ms=400'))).to.be.instanceOf(TimeoutError);
  });

  it('a malformed body is a ParseError', async () => {
    expect(await rejection(requestJson('/__test/malformed'))).to.be.instanceOf(ParseError);
  });

  it('an unreachable host is a NetworkError after the retries', async () => {
    configure({ retries: 1, retryBaseMs: 1, retryMaxMs: 5, timeoutMs: 2000 });
    expect(await rejection(requestJson('http://127.0.0.1:9/nothing'))).to.be.instanceOf(NetworkError);
  });
});
