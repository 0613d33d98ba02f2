import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import type { Connect, Plugin } from 'vite';
import type { InsightList, Journey, NpsTrend, ScoreSeries } from '../../src/data/schemas/index.js';
import { FeedbackHub, type FeedbackSource } from './feedback-hub.js';
import { InsightStore } from './insight-store.js';

const BASE = '/demo/api/v1/';
const MAX_BODY = 64 * 1024;

export interface DemoApiOptions {
  /** Milliseconds between live answers (default 3000). */
  intervalMs?: number;
  /** Seed of the live answers (default 20261124). */
  seed?: number;
}

type Mix = [number, number, number];
const mixOf = (c: { promoters: number; passives: number; detractors: number } | undefined): Mix => {
  const n = c ? c.promoters + c.passives + c.detractors : 0;
  return n && c ? [c.promoters / n, c.passives / n, c.detractors / n] : [0.4, 0.3, 0.3];
};

/** Reads the generated files once and derives who answers what, with the answer mix of the last month. */
function feedbackSources(dir: string): FeedbackSource[] {
  const read = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
  const scoreIndex = read<{ items: { id: string; journeyId?: string; touchpointId?: string }[] }>('scores/index.json');
  const journeys = read<{ items: { id: string }[] }>('journeys/index.json').items;
  const weights: Record<string, number> = { 'move-in': 0.5, 'fault-report': 0.35 };
  return journeys.map(({ id }) => {
    const trend = read<NpsTrend>(`nps/${id}.json`);
    const journey = read<Journey>(`journeys/${id}.json`);
    const segments = trend.series.filter((s) => s.id !== `${id}-all`);
    const last = (s: NpsTrend['series'][number]) => s.points[s.points.length - 1];
    const total = segments.reduce((a, s) => a + (last(s)?.promoters ?? 0) + (last(s)?.passives ?? 0) + (last(s)?.detractors ?? 0), 0) || 1;
    return {
      journeyId: id,
      weight: weights[id] ?? 0.15,
      series: segments.map((s) => {
        const p = last(s);
        return { id: s.id, share: (p.promoters + p.passives + p.detractors) / total, mix: mixOf(p) };
      }),
      touchpoints: scoreIndex.items
        .filter((i) => i.journeyId === id && i.touchpointId)
        .map((i) => {
          const series = read<ScoreSeries>(`scores/${i.id}.json`);
          const tp = journey.touchpoints.find((t) => t.id === i.touchpointId);
          const texts = (tp?.voc?.verbatims ?? []).filter((v) => v.score !== undefined).map((v) => ({ score: v.score!, text: v.text }));
          return { id: i.touchpointId!, mix: mixOf(series.periods[series.periods.length - 1]?.nps), texts };
        }),
    };
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

function langOf(req: IncomingMessage, url: URL): 'en' | 'de' {
  const q = url.searchParams.get('lang');
  if (q === 'de' || q === 'en') return q;
  return /^de\b/i.test(req.headers['accept-language'] ?? '') ? 'de' : 'en';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The demo API for `npm start` (Vite dev server), under /demo/api/v1/:
 * - GET insights (and insights.json / insights.de.json): the in-memory store;
 * - PATCH insights/{id}: InsightPatch with optimistic versioning (200 / 404 / 409 / 422);
 * - GET live/feedback: Server-Sent Events (`event: feedback`) with Last-Event-ID resume,
 *   or `{ items }` JSON for polling (`Accept: application/json` or `?since=<id>`);
 * - GET <resource> without `.json` (journeys, journeys/move-in, …): the static file,
 *   German with `Accept-Language: de` or `?lang=de`;
 * - a `.json` file that does not exist: 404 with an ApiError body.
 * Every other file under demo/api is served by Vite as a static file.
 */
export function demoApi(options: DemoApiOptions = {}): Plugin {
  return {
    name: 'cx-demo-api',
    configureServer(server) {
      const dir = join(server.config.root, 'demo/api/v1');
      if (!existsSync(join(dir, 'insights.json'))) {
        server.config.logger.warn('[cx-demo-api] demo/api/v1 is missing: run `npm run gen:data`.');
        return;
      }
      const store = new InsightStore(
        JSON.parse(readFileSync(join(dir, 'insights.json'), 'utf8')) as InsightList,
        JSON.parse(readFileSync(join(dir, 'insights.de.json'), 'utf8')) as InsightList,
      );
      // Ids only increase, also across restarts of the dev server (ten ids per second of wall time).
      const hub = new FeedbackHub(feedbackSources(dir), { seed: options.seed, firstId: Math.floor(Date.now() / 100) });
      hub.start(options.intervalMs ?? 3000);
      const streams = new Set<ServerResponse>();
      server.httpServer?.on('close', () => {
        hub.stop();
        for (const res of streams) res.end();
        streams.clear();
      });

      const live = (req: IncomingMessage, res: ServerResponse, url: URL) => {
        const accept = req.headers.accept ?? '';
        const since = url.searchParams.get('since');
        if (since !== null || (accept.includes('application/json') && !accept.includes('text/event-stream'))) {
          return send(res, 200, { items: since ? hub.after(since) : hub.latest(20) });
        }
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        const write = (e: { id: string }) => res.write(`id: ${e.id}\nevent: feedback\ndata: ${JSON.stringify(e)}\n\n`);
        res.write('retry: 3000\n\n');
        const resumeFrom = (req.headers['last-event-id'] as string | undefined) ?? url.searchParams.get('lastEventId');
        for (const e of hub.after(resumeFrom)) write(e);
        const unsubscribe = hub.subscribe(write);
        const ping = setInterval(() => res.write(': ping\n\n'), 15000);
        streams.add(res);
        req.on('close', () => {
          unsubscribe();
          clearInterval(ping);
          streams.delete(res);
        });
      };

      const handler: Connect.NextHandleFunction = (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (!url.pathname.startsWith(BASE)) return next();
        const path = url.pathname.slice(BASE.length);
        const method = req.method ?? 'GET';
        const lang = langOf(req, url);

        if (path === 'live/feedback') {
          if (method !== 'GET') return send(res, 405, { error: 'Use GET.' }, { allow: 'GET' });
          return live(req, res, url);
        }
        if (path === 'insights' || path === 'insights.json' || path === 'insights.de.json') {
          if (method !== 'GET' && method !== 'HEAD') return send(res, 405, { error: 'Use GET.' }, { allow: 'GET, HEAD' });
          return send(res, 200, store.list(path === 'insights.de.json' ? 'de' : path === 'insights.json' ? 'en' : lang));
        }
        const patchMatch = /^insights\/([^/]+)$/.exec(path);
        if (patchMatch) {
          if (method !== 'PATCH') return send(res, 405, { error: 'Use PATCH.' }, { allow: 'PATCH' });
          const id = decodeURIComponent(patchMatch[1]);
          readBody(req)
            .then((text) => {
              let body: unknown;
              try {
                body = JSON.parse(text);
              } catch {
                return send(res, 422, { error: 'The body is not JSON.' });
              }
              const reply = store.patch(id, body, lang, new Date().toISOString());
              send(res, reply.status, reply.body);
            })
            .catch(() => send(res, 413, { error: 'The body is too large.' }));
          return;
        }
        // Extension-less resource paths map to the static files (index.json for collections).
        if ((method === 'GET' || method === 'HEAD') && !/\.[a-z]+$/i.test(path)) {
          const clean = normalize(path).replace(/^(\.\.[/\\])+/, '').replace(/\/$/, '');
          const candidates = [`${clean}${lang === 'de' ? '.de' : ''}.json`, `${clean}/index${lang === 'de' ? '.de' : ''}.json`, `${clean}.json`, `${clean}/index.json`];
          const file = candidates.map((c) => join(dir, c)).find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
          if (!file) return send(res, 404, { error: `No resource at /v1/${path}.` });
          const text = readFileSync(file);
          const etag = `"${createHash('sha1').update(text).digest('base64url').slice(0, 20)}"`;
          if (req.headers['if-none-match'] === etag) {
            res.writeHead(304, { etag });
            return res.end();
          }
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag, 'content-language': lang, vary: 'Accept-Language' });
          return res.end(method === 'HEAD' ? undefined : text);
        }
        // A missing static file answers like the API (ApiError JSON), not with Vite's empty 404.
        if ((method === 'GET' || method === 'HEAD') && /\.json$/i.test(path)) {
          const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
          const file = join(dir, clean);
          if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, { error: `No resource at /v1/${path}.` });
        }
        next();
      };
      server.middlewares.use(handler);
    },
  };
}
