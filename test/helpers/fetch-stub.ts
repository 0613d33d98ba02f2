import { configure, resetConfig } from '../../src/data/config.js';

export type Reply = Response | Error | ((input: RequestInfo | URL, init?: RequestInit) => Response | Promise<Response>);

/** Answers `fetch` calls with the given replies in order (the last repeats); records every call. */
export function stubFetch(...replies: Reply[]) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init });
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return reply(input, init);
    return reply!.clone();
  };
  configure({ fetch: fake as typeof fetch, retryBaseMs: 5, retryMaxMs: 50, timeoutMs: 500 });
  return { calls, restore: resetConfig };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** A fetch that never answers until aborted. */
export const hang = () => (_: unknown, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

/** Waits until `predicate` holds (polling each frame), or fails after `ms`. */
export async function until(predicate: () => boolean, ms = 3000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
