import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { config } from '../data/config.js';
import { CxError, toCxError } from '../data/errors.js';
import { type Cached, loadResource } from '../data/resource.js';
import { validate } from '../data/validate.js';
import type { z } from '../data/zod.js';

export type ViewState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/** What the controller needs from its element. */
export interface ResourceHost<T> extends ReactiveControllerHost {
  src?: string;
  data?: unknown;
  /** A validated value arrived; `stale` when it came from a cache or the refresh failed. */
  receiveValue(value: T, stale: boolean, cachedAt?: number): void;
  /** Loading or validation failed. */
  receiveError(error: CxError): void;
  /** A fetch started with nothing to show yet. */
  receiveLoading(): void;
}

const RETRY_AFTER_FAILURE_MS = 30000;

/**
 * The one data path of every widget: the `data` property (validated at once,
 * wins over `src`) or the `src` URL (fetched through the shared client with an
 * AbortSignal, stale-while-revalidate, then validated with the same schema).
 * After a failed fetch it tries again when the browser comes back online and
 * after 30 s.
 */
export class ResourceController<T> implements ReactiveController {
  private readonly task: Task<readonly [string | undefined, number], T | undefined>;
  private reloads = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private lastData: unknown = undefined;
  private readonly onOnline = () => this.retryAfterFailure();

  constructor(
    private readonly host: ResourceHost<T>,
    private readonly schema: () => z.ZodMiniType<T>,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [host.data === undefined ? host.src : undefined, this.reloads] as const,
      task: ([src], { signal }) => this.fetch(src, signal),
      onComplete: (value) => {
        if (value !== undefined) host.receiveValue(value, false);
      },
      onError: (error) => {
        if ((error as DOMException)?.name === 'AbortError') return;
        this.scheduleRetry();
        host.receiveError(toCxError(error));
      },
    });
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.retryTimer);
  }

  /**
   * Validates the `data` property synchronously when it changed, so the value
   * is ready in the same update. Call from the element's `willUpdate`.
   */
  syncData(): void {
    const { data } = this.host;
    if (data === this.lastData) return;
    this.lastData = data;
    if (data === undefined) return;
    try {
      this.host.receiveValue(validate(this.schema(), data), false);
    } catch (error) {
      this.host.receiveError(toCxError(error));
    }
  }

  /** Fetches `src` again (keeps showing the current value meanwhile). */
  reload(): void {
    this.reloads++;
    this.host.requestUpdate();
  }

  private retryAfterFailure(): void {
    clearTimeout(this.retryTimer);
    if (this.host.data === undefined && this.host.src && this.task.status === TaskStatus.ERROR) this.reload();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.retryAfterFailure(), RETRY_AFTER_FAILURE_MS);
  }

  private async fetch(src: string | undefined, signal: AbortSignal): Promise<T | undefined> {
    if (!src) return undefined;
    clearTimeout(this.retryTimer);
    let hadCache = false;
    const onCached = (cached: Cached) => {
      try {
        const value = validate(this.schema(), cached.value);
        hadCache = true;
        this.host.receiveValue(value, cached.age > config().maxAgeMs, Date.now() - cached.age);
      } catch {
        /* an invalid cached copy is ignored; the network answer decides */
      }
    };
    if (!hadCache) this.host.receiveLoading();
    const raw = await loadResource(src, { signal, onCached });
    if (raw === undefined) throw new CxError('parse', `Empty answer from ${src}`);
    return validate(this.schema(), raw);
  }
}
