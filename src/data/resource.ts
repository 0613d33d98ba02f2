import { requestJson } from './client.js';
import { config } from './config.js';
import { CxError } from './errors.js';
import { forget, peek, remember } from './memory-cache.js';
import { clearPersistent, readPersistent, writePersistent } from './persistent-cache.js';

export interface Cached {
  value: unknown;
  /** Age in ms when it was handed out. */
  age: number;
  source: 'memory' | 'persistent';
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Called first with a cached answer, if there is one (stale-while-revalidate); never after the fresh answer. */
  onCached?: (cached: Cached) => void;
}

/** One network request for a scope + URL, shared by every caller that asks meanwhile. */
interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

const flights = new Map<string, Flight>();
/** Bumped by every clearCache(): answers that were under way then are not cached. */
let epoch = 0;

const scopeNow = () => config().persist?.scope ?? '';
const keyOf = (scope: string, url: string) => `${scope}\u0000${url}`;

function startFlight(key: string, scope: string, url: string): Flight {
  const controller = new AbortController();
  const started = epoch;
  const flight: Flight = {
    controller,
    waiters: 0,
    promise: requestJson(url, { signal: controller.signal }).then(
      (fresh) => {
        // Cache only if nobody cleared the cache or switched scope (logout) meanwhile.
        if (epoch === started && scopeNow() === scope) {
          remember(key, fresh);
          const { persist } = config();
          if (persist && persist.scope === scope) void writePersistent(scope, url, fresh);
        }
        return fresh;
      },
    ),
  };
  const done = () => {
    if (flights.get(key) === flight) flights.delete(key);
  };
  flight.promise.then(done, done);
  flights.set(key, flight);
  return flight;
}

/** Waits for a shared flight; the caller's abort detaches it, and the last one to leave aborts the request. */
function join(flight: Flight, signal?: AbortSignal): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
  flight.waiters++;
  return new Promise((resolve, reject) => {
    const leave = () => {
      signal?.removeEventListener('abort', onAbort);
      flight.waiters--;
    };
    const onAbort = () => {
      leave();
      if (flight.waiters === 0) flight.controller.abort(signal!.reason);
      reject(signal!.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (value) => {
        if (signal?.aborted) return;
        leave();
        resolve(value);
      },
      (error: unknown) => {
        if (signal?.aborted) return;
        leave();
        reject(error);
      },
    );
  });
}

/**
 * Stale-while-revalidate: hands out the last answer for `url` from memory (or,
 * when the host opted in, from the persistent cache of its scope) through
 * `onCached`, asks the network at the same time and returns the fresh answer.
 * Callers asking for the same URL meanwhile share one request. Errors are
 * thrown; the caller keeps showing the cached value as stale. If the scope
 * changes while loading (logout, user switch), the answer is neither cached
 * nor returned: the URL is loaded again for the new scope.
 */
export function loadResource(url: string, options: LoadOptions = {}): Promise<unknown> {
  return load(url, options, 0);
}

async function load(url: string, options: LoadOptions, depth: number): Promise<unknown> {
  const { persist } = config();
  const scope = scopeNow();
  const key = keyOf(scope, url);
  const now = Date.now();
  let settled = false;
  const hand = (cached: Cached) => {
    if (settled || options.signal?.aborted || scopeNow() !== scope) return;
    try {
      options.onCached?.(cached);
    } catch (error) {
      console.error(error);
    }
  };
  const hit = peek(key);
  let reading: Promise<void> | undefined;
  if (hit) {
    hand({ value: hit.value, age: now - hit.time, source: 'memory' });
  } else if (persist && options.onCached) {
    reading = readPersistent(persist.scope, url, persist.ttlMs, now).then((row) => {
      if (row) hand({ value: row.value, age: now - row.time, source: 'persistent' });
    });
  }
  const running = flights.get(key);
  // A flight whose callers all left is being aborted: never join it.
  const flight = running && !running.controller.signal.aborted ? running : startFlight(key, scope, url);
  let fresh: unknown;
  try {
    fresh = await join(flight, options.signal);
  } catch (error) {
    // Offline start: the saved copy is shown before the error (it turns stale).
    if (reading && !options.signal?.aborted) await reading;
    settled = true;
    throw error;
  }
  settled = true;
  if (scopeNow() !== scope) {
    if (depth < 2) return load(url, options, depth + 1);
    throw new CxError('config', `The cache scope changed while loading ${url}; the answer was discarded`);
  }
  return fresh;
}

/**
 * Clears cached answers: of one scope (e.g. on logout), or everything.
 * Clears memory too, so nothing of the scope stays on the page; answers
 * still under way are not cached when they arrive.
 */
export async function clearCache(scope?: string): Promise<void> {
  epoch++;
  forget(scope === undefined ? undefined : `${scope}\u0000`);
  await clearPersistent(scope);
}
