import { config } from './config.js';
import { CxError, HttpError, NetworkError, ParseError, TimeoutError } from './errors.js';
import { parseJsonSafely } from './sanitize.js';

export interface RequestOptions {
  signal?: AbortSignal;
  method?: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /**
   * Overrides the configured retries. Defaults to the configured `retries` for
   * idempotent methods (GET, PUT, DELETE) and to 0 for POST and PATCH, so a
   * write is never sent twice behind the caller's back.
   */
  retries?: number;
}

/** Why the caller's signal was aborted (always an Error, so `name` can be checked). */
function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Seconds (or an HTTP date) from a Retry-After header, in ms. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Wait before retry number `attempt + 1`: `base · 2^attempt` with ±50 % jitter
 * (`random()` in [0, 1) maps to a factor in [0.5, 1.5)), never more than `max`.
 */
export function backoff(attempt: number, base: number, max: number, random = Math.random): number {
  const exp = base * 2 ** attempt;
  return Math.max(0, Math.min(max, exp * (0.5 + random())));
}

/** True for failures worth another try: network errors, timeouts, 5xx and 429. */
export function isTransient(error: unknown): boolean {
  if (error instanceof HttpError) return error.status >= 500 || error.status === 429;
  return error instanceof NetworkError || error instanceof TimeoutError;
}

async function headersFor(extra?: HeadersInit): Promise<Headers> {
  const { headers } = config();
  let base: HeadersInit | undefined;
  try {
    base = typeof headers === 'function' ? await headers() : headers;
  } catch (error) {
    throw new CxError('config', `Could not build the request headers: ${error instanceof Error ? error.message : String(error)}`);
  }
  const out = new Headers(base);
  new Headers(extra).forEach((v, k) => out.set(k, v));
  if (!out.has('accept')) out.set('accept', 'application/json');
  return out;
}

async function attempt(url: string, options: RequestOptions): Promise<unknown> {
  const cfg = config();
  const { signal } = options;
  if (signal?.aborted) throw abortReason(signal);
  const controller = new AbortController();
  const onAbort = () => controller.abort(abortReason(signal!));
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('timed out', 'TimeoutError'));
  }, cfg.timeoutMs);
  // A configured fetch may ignore the signal (SDK wrappers): the timeout and
  // the caller's abort must still end the wait.
  const aborted = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  const failure = (error: unknown): unknown => {
    if (signal?.aborted) return abortReason(signal);
    if (timedOut) return new TimeoutError(url, cfg.timeoutMs);
    return error instanceof CxError ? error : new NetworkError(url, error);
  };
  try {
    const hasBody = options.body !== undefined;
    let response: Response;
    try {
      const headers = await Promise.race([headersFor(hasBody ? { 'content-type': 'application/json' } : undefined), aborted]);
      response = await Promise.race([
        cfg.fetch(url, {
          method: options.method ?? 'GET',
          headers,
          credentials: cfg.credentials,
          body: hasBody ? JSON.stringify(options.body) : undefined,
          signal: controller.signal,
        }),
        aborted,
      ]);
    } catch (error) {
      throw failure(error);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      const wait = parseRetryAfter(response.headers.get('retry-after'));
      throw new HttpError(response.status, url, wait === undefined ? undefined : wait / 1000, response.statusText);
    }
    let text: string;
    try {
      text = await Promise.race([response.text(), aborted]);
    } catch (error) {
      throw failure(error);
    }
    if (text.trim() === '') return undefined;
    try {
      return parseJsonSafely(text);
    } catch (error) {
      throw new ParseError(url, error instanceof Error ? error.message : String(error));
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches JSON with a timeout, an AbortSignal and bounded retries
 * (exponential backoff with jitter) for network errors, timeouts, 5xx and 429;
 * Retry-After is honoured up to `retryMaxMs`. Other 4xx fail at once. Returns
 * the parsed body with prototype-polluting keys removed. An abort through
 * `signal` rejects with the signal's reason (an `AbortError`) and is never retried.
 */
export async function requestJson(url: string, options: RequestOptions = {}): Promise<unknown> {
  const cfg = config();
  const method = options.method ?? 'GET';
  const retries = Math.max(0, options.retries ?? (method === 'POST' || method === 'PATCH' ? 0 : cfg.retries));
  for (let i = 0; ; i++) {
    try {
      return await attempt(url, options);
    } catch (error) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      if (!isTransient(error) || i >= retries) throw error;
      const asked = error instanceof HttpError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined;
      const wait = asked !== undefined ? Math.min(asked, cfg.retryMaxMs) : backoff(i, cfg.retryBaseMs, cfg.retryMaxMs);
      await sleep(wait, options.signal);
    }
  }
}
