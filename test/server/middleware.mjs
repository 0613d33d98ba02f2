/**
 * Koa middleware for the test runner's dev server: test-only endpoints under
 * /__test/ for the data-layer tests. State is kept per `key` query parameter,
 * so every test uses its own key and tests never share state.
 *
 * GET /__test/sse?key=K&total=N[&drop=D][&overlap=O][&failStream=all|F][&failAfterDrop=F][&batch=B][&retry=MS]
 *   Accept: text/event-stream → events `id: i`, `event: feedback`, `data: {"n":i}`
 *   for i after the resume point up to `total`. The resume point is the
 *   Last-Event-ID header, else the `lastEventId` query parameter, else 0.
 *   `drop=D`: the connection ends after D events (the browser reconnects).
 *   `overlap=O`: a resumed connection first repeats the O events before the
 *   resume point (a server that resends; the client must drop them).
 *   `failStream=all`: every stream request gets 503; `failStream=F`: the first F.
 *   `failAfterDrop=F`: the F stream requests after the first drop get 503
 *   (EventSource gives up; the client reopens it itself with ?lastEventId=).
 *   `anon=1`: only the first event has an `id:` line (the browser repeats it on the others).
 *   When all events are sent the connection stays open until the client leaves.
 *   Accept: application/json (polling) → { items: [{ id, n }] } after `since`,
 *   at most `batch` (default 3) per answer.
 * GET /__test/log?key=K → { connections: [{ header, query, status }], polls: [since|null] }
 * GET /__test/flaky?key=K&fail=F&status=S[&retryAfter=R] → S (F times), then { id: K, items: [...] }
 * GET /__test/count?key=K → { count } requests seen by /__test/flaky for K
 * GET /__test/slow?ms=M → JSON after M ms
 * GET /__test/malformed → 200 with a body that is not JSON
 */
const streams = new Map();
const flaky = new Map();

function state(key) {
  if (!streams.has(key)) streams.set(key, { connections: [], polls: [], dropped: 0, failedAfterDrop: 0, streamRequests: 0 });
  return streams.get(key);
}

function sendJson(ctx, body, status = 200) {
  ctx.status = status;
  ctx.set('cache-control', 'no-store');
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

const event = (i, withId = true) => `${withId ? `id: ${i}\n` : ''}event: feedback\ndata: ${JSON.stringify({ n: i })}\n\n`;

function sse(ctx, q, s) {
  const total = Number(q.get('total') ?? 10);
  const drop = Number(q.get('drop') ?? 0);
  const overlap = Number(q.get('overlap') ?? 0);
  const failStream = q.get('failStream');
  const failAfterDrop = Number(q.get('failAfterDrop') ?? 0);
  const retry = Number(q.get('retry') ?? 20);
  const anon = q.get('anon') === '1';
  const header = ctx.get('last-event-id') || null;
  const query = q.get('lastEventId');
  s.streamRequests++;
  const failing =
    failStream === 'all' ||
    (failStream !== null && s.streamRequests <= Number(failStream)) ||
    (s.dropped > 0 && s.failedAfterDrop < failAfterDrop);
  if (failing) {
    if (s.dropped > 0 && failStream === null) s.failedAfterDrop++;
    s.connections.push({ header, query, status: 503 });
    return sendJson(ctx, { error: 'stream unavailable' }, 503);
  }
  s.connections.push({ header, query, status: 200 });
  const resume = Number(header ?? query ?? 0);
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  let out = `retry: ${retry}\n\n`;
  const from = resume > 0 ? Math.max(1, resume + 1 - overlap) : 1;
  let sent = 0;
  for (let i = from; i <= total; i++) {
    out += event(i, !(anon && i > 1));
    if (i > resume) sent++;
    if (drop && sent >= drop && i < total) {
      s.dropped++;
      res.end(out);
      return;
    }
  }
  res.write(out);
  const keepAlive = setInterval(() => res.write(': idle\n\n'), 1000);
  ctx.req.on('close', () => clearInterval(keepAlive));
}

function poll(ctx, q, s) {
  const total = Number(q.get('total') ?? 10);
  const batch = Number(q.get('batch') ?? 3);
  const since = q.get('since');
  s.polls.push(since);
  const items = [];
  for (let i = Number(since ?? 0) + 1; i <= total && items.length < batch; i++) items.push({ id: String(i), n: i });
  sendJson(ctx, { items });
}

async function handle(ctx) {
  const url = new URL(ctx.url, 'http://localhost');
  const q = url.searchParams;
  const key = q.get('key') ?? '';
  switch (url.pathname) {
    case '/__test/sse': {
      const s = state(key);
      if ((ctx.get('accept') ?? '').includes('text/event-stream')) return sse(ctx, q, s);
      return poll(ctx, q, s);
    }
    case '/__test/log': {
      const s = state(key);
      return sendJson(ctx, { connections: s.connections, polls: s.polls });
    }
    case '/__test/flaky': {
      const count = (flaky.get(key) ?? 0) + 1;
      flaky.set(key, count);
      if (count <= Number(q.get('fail') ?? 0)) {
        if (q.get('retryAfter')) ctx.set('retry-after', q.get('retryAfter'));
        return sendJson(ctx, { error: 'flaky' }, Number(q.get('status') ?? 500));
      }
      return sendJson(ctx, { id: key, items: [{ name: 'Served', n: count }] });
    }
    case '/__test/count':
      return sendJson(ctx, { count: flaky.get(key) ?? 0 });
    case '/__test/slow': {
      await new Promise((r) => setTimeout(r, Number(q.get('ms') ?? 100)));
      return sendJson(ctx, { id: 'slow', items: [] });
    }
    case '/__test/malformed':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"id": "x", "items": [';
      return undefined;
    default:
      return undefined;
  }
}

export const testMiddleware = [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__test/')) return next();
    await handle(ctx);
    if (ctx.respond !== false && ctx.body === undefined && ctx.status === 404) return next();
    return undefined;
  },
];
