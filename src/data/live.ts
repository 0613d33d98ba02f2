import { requestJson } from './client.js';
import { config } from './config.js';
import { parseJsonSafely } from './sanitize.js';

/** One message of a live stream: the SSE `id`, `event` type and parsed JSON `data`. */
export interface LiveMessage {
  id: string;
  type: string;
  data: unknown;
}

export type LiveStatus = 'connecting' | 'open' | 'polling' | 'closed';

export interface LiveSubscription {
  readonly paused: boolean;
  /** Stop delivering; messages that arrive meanwhile are kept (the newest MAX_BUFFER) and delivered on resume. */
  pause(): void;
  resume(): void;
  /** Unsubscribe; the shared connection closes with its last subscriber. */
  close(): void;
}

interface Subscriber {
  onMessage: (message: LiveMessage) => void;
  onStatus?: (status: LiveStatus) => void;
  paused: boolean;
  buffer: LiveMessage[];
}

const MAX_SEEN = 2000;
/** Messages kept per paused subscriber; older ones are dropped first. */
const MAX_BUFFER = 1000;
/** Consecutive stream failures (without an `open` in between) before the channel polls. */
const FAILURES_BEFORE_POLLING = 3;
/** While polling, every this many successful polls the stream is tried again. */
const POLLS_BEFORE_STREAM_RETRY = 4;

/** A subscriber's bug must not starve the others or break the stream. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    console.error('[cx-journey-kit] live subscriber failed:', error);
  }
}

/** One connection per URL, shared by every widget on the page. */
class Channel {
  readonly subscribers = new Set<Subscriber>();
  status: LiveStatus = 'connecting';
  private source?: EventSource;
  private readonly types = new Set<string>();
  private lastId = '';
  /** The connection (counted by `open` events) on which `lastId` arrived. */
  private lastIdConnection = -1;
  private connection = 0;
  private readonly seen = new Set<string>();
  private failures = 0;
  private polls = 0;
  private closed = false;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  private poller?: AbortController;
  private readonly handler = (event: MessageEvent) => this.receive(event.lastEventId, event.type, event.data as string);

  constructor(readonly url: string, types: readonly string[]) {
    this.addTypes(types);
    this.connect();
  }

  /** Listens for more event types (a later subscriber may want other ones). */
  addTypes(types: readonly string[]): void {
    for (const type of types) {
      if (this.types.has(type) || type === 'message') continue;
      this.types.add(type);
      this.source?.addEventListener(type, this.handler as EventListener);
    }
  }

  private setStatus(status: LiveStatus): void {
    this.status = status;
    for (const s of this.subscribers) if (s.onStatus) safely(() => s.onStatus!(status));
  }

  private urlWithResume(): string {
    if (!this.lastId) return this.url;
    const u = new URL(this.url, location.href);
    u.searchParams.set('lastEventId', this.lastId);
    return u.toString();
  }

  private connect(): void {
    if (this.closed) return;
    if (typeof EventSource === 'undefined') return this.startPolling();
    this.setStatus('connecting');
    // The browser resends Last-Event-ID itself on its own reconnects; after we
    // reopen a closed source we pass it as the `lastEventId` query parameter.
    const source = new EventSource(this.urlWithResume(), { withCredentials: config().credentials === 'include' });
    this.source = source;
    source.onopen = () => {
      this.failures = 0;
      this.connection++;
      this.setStatus('open');
    };
    source.onmessage = this.handler;
    for (const type of this.types) source.addEventListener(type, this.handler as EventListener);
    source.onerror = () => {
      if (this.source !== source) return;
      this.failures++;
      if (source.readyState !== EventSource.CLOSED && this.failures < FAILURES_BEFORE_POLLING) {
        this.setStatus('connecting'); // the browser reconnects by itself
        return;
      }
      source.close();
      this.source = undefined;
      if (this.failures >= FAILURES_BEFORE_POLLING) return this.startPolling();
      this.setStatus('connecting');
      this.reconnectTimer = setTimeout(() => this.connect(), config().reconnectMs * 2 ** (this.failures - 1));
    };
  }

  private startPolling(): void {
    if (this.closed) return;
    this.polls = 0;
    this.setStatus('polling');
    void this.poll();
  }

  private async poll(): Promise<void> {
    if (this.closed) return;
    const poller = new AbortController();
    this.poller = poller;
    let ok = false;
    try {
      const u = new URL(this.url, location.href);
      if (this.lastId) u.searchParams.set('since', this.lastId);
      const body = await requestJson(u.toString(), { signal: poller.signal, retries: 0 });
      const items = (body as { items?: unknown } | undefined)?.items;
      for (const item of Array.isArray(items) ? (items as unknown[]) : []) {
        if (this.closed) return;
        const { id, type } = (item ?? {}) as { id?: unknown; type?: unknown };
        this.deliver({
          id: typeof id === 'string' || typeof id === 'number' ? String(id) : '',
          type: typeof type === 'string' ? type : (this.types.values().next().value ?? 'message'),
          data: item,
        });
      }
      ok = true;
    } catch {
      /* keep polling; the status stays 'polling' */
    }
    if (this.closed) return;
    this.polls++;
    if (ok && typeof EventSource !== 'undefined' && this.polls % POLLS_BEFORE_STREAM_RETRY === 0) {
      // The stream may be back: try it once; one more failure returns to polling.
      this.failures = FAILURES_BEFORE_POLLING - 1;
      return this.connect();
    }
    this.pollTimer = setTimeout(() => void this.poll(), config().pollMs);
  }

  private receive(id: string, type: string, raw: string): void {
    let data: unknown;
    try {
      data = parseJsonSafely(raw);
    } catch {
      return; // a malformed message is skipped, the stream goes on
    }
    // A message without `id:` carries the connection's last id again: it is new, not a repeat.
    const repeatOfLast = id !== '' && id === this.lastId && this.lastIdConnection === this.connection;
    this.deliver({ id: repeatOfLast ? '' : id, type, data });
  }

  private deliver(message: LiveMessage): void {
    if (message.id) {
      if (this.seen.has(message.id)) return; // resent after a reconnect
      this.seen.add(message.id);
      if (this.seen.size > MAX_SEEN) this.seen.delete(this.seen.values().next().value as string);
      this.lastId = message.id;
      this.lastIdConnection = this.connection;
    }
    for (const s of [...this.subscribers]) {
      if (s.paused) {
        s.buffer.push(message);
        if (s.buffer.length > MAX_BUFFER) s.buffer.shift();
      } else {
        safely(() => s.onMessage(message));
      }
    }
  }

  close(): void {
    this.closed = true;
    this.source?.close();
    this.source = undefined;
    this.poller?.abort();
    clearTimeout(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    this.setStatus('closed');
  }
}

const channels = new Map<string, Channel>();

/**
 * Subscribes to a live stream (Server-Sent Events). All subscribers of one URL
 * share one EventSource, which listens for the union of their `types` (plus
 * unnamed messages) and hands every message to every subscriber. Messages are
 * de-duplicated by id across reconnects. After a dropped connection the browser
 * resumes with the `Last-Event-ID` header; a stream that failed for good is
 * reopened with `?lastEventId=<id>`. When the stream keeps failing the channel
 * polls `url?since=<lastId>` for JSON `{ items: [...] }` every `pollMs` and
 * tries the stream again every fourth poll.
 */
export function subscribe(
  url: string,
  onMessage: (message: LiveMessage) => void,
  options: { types?: readonly string[]; onStatus?: (status: LiveStatus) => void } = {},
): LiveSubscription {
  const key = new URL(url, location.href).toString();
  const types = options.types ?? ['feedback'];
  let channel = channels.get(key);
  if (channel) channel.addTypes(types);
  else {
    channel = new Channel(key, types);
    channels.set(key, channel);
  }
  const subscriber: Subscriber = { onMessage, onStatus: options.onStatus, paused: false, buffer: [] };
  channel.subscribers.add(subscriber);
  if (options.onStatus) safely(() => options.onStatus!(channel.status));
  const ch = channel;
  let closed = false;
  return {
    get paused() {
      return subscriber.paused;
    },
    pause() {
      if (!closed) subscriber.paused = true;
    },
    resume() {
      subscriber.paused = false;
      // In order; stops if the subscriber pauses again while catching up.
      while (!subscriber.paused && !closed && subscriber.buffer.length) {
        const message = subscriber.buffer.shift()!;
        safely(() => subscriber.onMessage(message));
      }
    },
    close() {
      if (closed) return;
      closed = true;
      subscriber.buffer.length = 0;
      ch.subscribers.delete(subscriber);
      if (ch.subscribers.size === 0) {
        ch.close();
        if (channels.get(key) === ch) channels.delete(key);
      }
    },
  };
}

/** Number of open shared connections (for tests and diagnostics). */
export function openChannels(): number {
  return channels.size;
}
