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
  /** Stop delivering; messages that arrive meanwhile are kept and delivered on resume. */
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
const FAILURES_BEFORE_POLLING = 3;

/** One connection per URL, shared by every widget on the page. */
class Channel {
  readonly subscribers = new Set<Subscriber>();
  status: LiveStatus = 'connecting';
  private source?: EventSource;
  private lastId = '';
  private readonly seen = new Set<string>();
  private failures = 0;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  private poller?: AbortController;

  constructor(readonly url: string, private readonly types: readonly string[]) {
    this.connect();
  }

  private setStatus(status: LiveStatus): void {
    this.status = status;
    for (const s of this.subscribers) s.onStatus?.(status);
  }

  private urlWithResume(): string {
    if (!this.lastId) return this.url;
    const u = new URL(this.url, location.href);
    u.searchParams.set('lastEventId', this.lastId);
    return u.toString();
  }

  private connect(): void {
    if (typeof EventSource === 'undefined') return this.startPolling();
    this.setStatus('connecting');
    // The browser resends Last-Event-ID itself on its own reconnects; after we
    // reopen a closed source we pass it as a query parameter.
    const source = new EventSource(this.urlWithResume(), { withCredentials: config().credentials === 'include' });
    this.source = source;
    source.onopen = () => {
      this.failures = 0;
      this.setStatus('open');
    };
    const handler = (event: MessageEvent) => this.receive(event.lastEventId, event.type, event.data as string);
    source.onmessage = handler;
    for (const type of this.types) source.addEventListener(type, handler as EventListener);
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED || ++this.failures >= FAILURES_BEFORE_POLLING) {
        source.close();
        this.source = undefined;
        if (this.failures >= FAILURES_BEFORE_POLLING) this.startPolling();
        else this.reconnectTimer = setTimeout(() => this.connect(), 1000 * 2 ** this.failures);
      } else {
        this.setStatus('connecting');
      }
    };
  }

  private startPolling(): void {
    this.setStatus('polling');
    const poll = async () => {
      this.poller = new AbortController();
      try {
        const u = new URL(this.url, location.href);
        if (this.lastId) u.searchParams.set('since', this.lastId);
        const body = (await requestJson(u.toString(), { signal: this.poller.signal, retries: 0 })) as { items?: unknown[] } | undefined;
        for (const item of body?.items ?? []) {
          const id = String((item as { id?: unknown })?.id ?? '');
          this.deliver({ id, type: (item as { type?: string })?.type ?? this.types[0] ?? 'message', data: item });
        }
        // The stream may be back: try it again now and then.
        if (typeof EventSource !== 'undefined' && Math.random() < 0.25) {
          this.failures = 0;
          return this.connect();
        }
      } catch {
        /* keep polling; the status stays 'polling' */
      }
      if (this.subscribers.size) this.pollTimer = setTimeout(poll, config().pollMs);
    };
    void poll();
  }

  private receive(id: string, type: string, raw: string): void {
    let data: unknown;
    try {
      data = parseJsonSafely(raw);
    } catch {
      return; // a malformed message is skipped, the stream goes on
    }
    this.deliver({ id, type, data });
  }

  private deliver(message: LiveMessage): void {
    if (message.id) {
      if (this.seen.has(message.id)) return; // resent after a reconnect
      this.seen.add(message.id);
      if (this.seen.size > MAX_SEEN) this.seen.delete(this.seen.values().next().value as string);
      this.lastId = message.id;
    }
    for (const s of this.subscribers) {
      if (s.paused) s.buffer.push(message);
      else s.onMessage(message);
    }
  }

  close(): void {
    this.source?.close();
    this.poller?.abort();
    clearTimeout(this.pollTimer);
    clearTimeout(this.reconnectTimer);
    this.setStatus('closed');
  }
}

const channels = new Map<string, Channel>();

/**
 * Subscribes to a live stream (Server-Sent Events). All subscribers of one URL
 * share one EventSource; messages are de-duplicated by id across reconnects;
 * when the stream keeps failing the channel polls `url?since=<lastId>` for JSON
 * `{ items: [...] }` instead.
 */
export function subscribe(
  url: string,
  onMessage: (message: LiveMessage) => void,
  options: { types?: readonly string[]; onStatus?: (status: LiveStatus) => void } = {},
): LiveSubscription {
  const key = new URL(url, location.href).toString();
  let channel = channels.get(key);
  if (!channel) {
    channel = new Channel(key, options.types ?? ['feedback']);
    channels.set(key, channel);
  }
  const subscriber: Subscriber = { onMessage, onStatus: options.onStatus, paused: false, buffer: [] };
  channel.subscribers.add(subscriber);
  options.onStatus?.(channel.status);
  const ch = channel;
  return {
    get paused() {
      return subscriber.paused;
    },
    pause() {
      subscriber.paused = true;
    },
    resume() {
      subscriber.paused = false;
      const pending = subscriber.buffer.splice(0);
      for (const m of pending) subscriber.onMessage(m);
    },
    close() {
      ch.subscribers.delete(subscriber);
      if (ch.subscribers.size === 0) {
        ch.close();
        channels.delete(key);
      }
    },
  };
}

/** Number of open shared connections (for tests and diagnostics). */
export function openChannels(): number {
  return channels.size;
}
