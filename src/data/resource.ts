import { requestJson } from './client.js';
import { config } from './config.js';
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
  /** Called first with a cached answer, if there is one (stale-while-revalidate). */
  onCached?: (cached: Cached) => void;
}

const memoryKey = (url: string) => `${config().persist?.scope ?? ''}\u0000${url}`;

/**
 * Stale-while-revalidate: hands out the last answer for `url` from memory (or,
 * when the host opted in, from the persistent cache of its scope), then asks
 * the network and returns the fresh answer. Errors are thrown; the caller keeps
 * showing the cached value as stale.
 */
export async function loadResource(url: string, options: LoadOptions = {}): Promise<unknown> {
  const { persist } = config();
  const now = Date.now();
  const hit = peek(memoryKey(url));
  if (hit) {
    options.onCached?.({ value: hit.value, age: now - hit.time, source: 'memory' });
  } else if (persist) {
    const row = await readPersistent(persist.scope, url, persist.ttlMs, now);
    if (row && !options.signal?.aborted) options.onCached?.({ value: row.value, age: now - row.time, source: 'persistent' });
  }
  const fresh = await requestJson(url, { signal: options.signal });
  remember(memoryKey(url), fresh);
  if (persist) await writePersistent(persist.scope, url, fresh);
  return fresh;
}

/**
 * Clears cached answers: of one scope (e.g. on logout), or everything.
 * Clears memory too, so nothing of the scope stays on the page.
 */
export async function clearCache(scope?: string): Promise<void> {
  forget(scope === undefined ? undefined : `${scope}\u0000`);
  await clearPersistent(scope);
}
