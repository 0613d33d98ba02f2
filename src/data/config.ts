/** Host-wide settings of the data client, set once by the host page with `configure()`. */
export interface ClientConfig {
  /** A fetch to use instead of the global one (auth proxies, CRM SDK fetches, tests). */
  fetch: typeof fetch;
  /** Extra headers, or a function returning them (called per request: fresh tokens). Never put tokens in attributes. */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  credentials: RequestCredentials;
  /** Milliseconds before a request counts as timed out. */
  timeoutMs: number;
  /** Retries after the first attempt for network errors, timeouts, 5xx and 429. */
  retries: number;
  /** First backoff in ms; doubles per retry, with ±50 % jitter. */
  retryBaseMs: number;
  /** Upper bound of one wait, also for Retry-After. */
  retryMaxMs: number;
  /**
   * A widget whose load failed for a transient reason (network, timeout, 5xx,
   * 429) loads again by itself after this many ms, then after twice as long,
   * … up to 10 times this value; and at once when the browser comes back online.
   */
  recoverMs: number;
  /** Age in ms after which an in-memory cached answer counts as stale. */
  maxAgeMs: number;
  /**
   * Opt-in persistent cache (IndexedDB). Off by default: nothing personal is
   * stored on the device unless the host says so.
   */
  persist?: { scope: string; ttlMs: number };
  /** Live updates: polling interval when EventSource is unavailable or keeps failing. */
  pollMs: number;
  /** Live updates: first wait before reopening a closed stream; doubles per failure. */
  reconnectMs: number;
  /** Longest wait for IndexedDB to open before the persistent cache is given up for the page. */
  storageTimeoutMs: number;
}

const defaults: ClientConfig = {
  fetch: (...args) => globalThis.fetch(...args),
  credentials: 'same-origin',
  timeoutMs: 15000,
  retries: 3,
  retryBaseMs: 400,
  retryMaxMs: 10000,
  recoverMs: 30000,
  maxAgeMs: 60000,
  pollMs: 15000,
  reconnectMs: 1000,
  storageTimeoutMs: 3000,
};

let current: ClientConfig = { ...defaults };

/** Changes the data client's settings for every widget on the page. */
export function configure(options: Partial<ClientConfig>): void {
  current = { ...current, ...options };
}

/** Back to the built-in settings (tests, logout). */
export function resetConfig(): void {
  current = { ...defaults };
}

export function config(): Readonly<ClientConfig> {
  return current;
}
