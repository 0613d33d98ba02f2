import { config } from './config.js';
import { CxError, HttpError, NetworkError, ParseError, TimeoutError } from './errors.js';
import { parseJsonSafely } from './sanitize.js';

export interface RequestOptions {
  signal?: AbortSignal;
  method?: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Overrides the configured retries (writes use 0 unless idempotent). */
  retries?: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

/** Seconds (or an HTTP date) from a Retry-After header, in ms. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with ±50 % jitter, bounded by `retryMaxMs`. */
export function backoff(attempt: number, base: number, max: number, random = Math.random): number {
  const exp = base * 2 ** attempt;
  return Math.min(max, exp * (0.5 + random()));
}

function retryable(error: unknown): boolean {
  if (error instanceof HttpError) return error.status >= 500 || error.status === 429;
  return error instanceof NetworkError || error instanceof TimeoutError;
}

async function headersFor(extra?: HeadersInit): Promise<Headers> {
  const { headers } = config();
  const base = typeof headers === 'function' ? await headers() : headers;
  const out = new Headers(base);
  new Headers(extra).forEach((v, k) => out.set(k, v));
  if (!out.has('accept')) out.set('accept', 'application/json');
  return out;
}

async function attempt(url: string, options: RequestOptions): Promise<unknown> {
  const cfg = config();
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, cfg.timeoutMs);
  try {
    const hasBody = options.body !== undefined;
    let response: Response;
    try {
      response = await cfg.fetch(url, {
        method: options.method ?? 'GET',
        headers: await headersFor(hasBody ? { 'content-type': 'application/json' } : undefined),
        credentials: cfg.credentials,
        body: hasBody ? JSON.stringify(options.body) : undefined,
        signal: controller.signal,
      });
    } catch (error) {
      if (timedOut) throw new TimeoutError(url, cfg.timeoutMs);
      if (options.signal?.aborted) throw error;
      throw new NetworkError(url, error);
    }
    if (!response.ok) {
      const wait = parseRetryAfter(response.headers.get('retry-after'));
      throw new HttpError(response.status, url, wait === undefined ? undefined : wait / 1000);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new TimeoutError(url, cfg.timeoutMs);
      throw new NetworkError(url, error);
    }
    if (text.trim() === '') return undefined;
    try {
      return parseJsonSafely(text);
    } catch (error) {
      throw new ParseError(url, error instanceof Error ? error.message : String(error));
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches JSON with a timeout, an AbortSignal and bounded retries
 * (exponential backoff with jitter) for network errors, timeouts, 5xx and 429;
 * Retry-After is honoured. Other 4xx fail at once. Returns the parsed body
 * with prototype-polluting keys removed.
 */
export async function requestJson(url: string, options: RequestOptions = {}): Promise<unknown> {
  const cfg = config();
  const retries = options.retries ?? cfg.retries;
  for (let i = 0; ; i++) {
    try {
      return await attempt(url, options);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (!(error instanceof CxError) || !retryable(error) || i >= retries) throw error;
      const asked = error instanceof HttpError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined;
      const wait = asked !== undefined ? Math.min(asked, cfg.retryMaxMs) : backoff(i, cfg.retryBaseMs, cfg.retryMaxMs);
      await sleep(wait, options.signal);
    }
  }
}
