import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTransient } from '../data/client.js';
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
  /**
   * A fetch started with nothing to show yet. `newSource` is true when the
   * value on screen came from another source (another `src`, or a `data`
   * property that was removed): the host should drop it instead of showing it
   * as if it belonged to the new source.
   */
  receiveLoading(newSource?: boolean): void;
  /**
   * Validates the `data` property instead of the schema alone; a promise means
   * "in the background" (a large payload in slices): the current value, or the
   * loading state, stays until it settles, and a newer `data` wins.
   */
  validateData?(data: unknown): T | Promise<T>;
}

const FROM_DATA = Symbol('data');

function isAbort(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * The one data path of every widget: the `data` property (validated at once,
 * wins over `src`) or the `src` URL (fetched through the shared client with an
 * AbortSignal, stale-while-revalidate, then validated with the same schema).
 * After a transient failure (network, timeout, 5xx, 429) it tries again when
 * the browser comes back online, and by itself after `recoverMs` (30 s),
 * then twice as long, … (at most 10 × `recoverMs`). A 4xx, malformed JSON or
 * invalid data is not retried by itself.
 * A load under way is aborted when the element leaves the page and restarted
 * when it comes back.
 */
export class ResourceController<T> implements ReactiveController {
  private readonly task: Task<readonly [string | undefined, number], T | undefined>;
  private reloads = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** Failed transient loads in a row (the wait before the next try doubles). */
  private failuresInRow = 0;
  private lastData: unknown = undefined;
  private lastError?: unknown;
  /** Where the value on screen came from: a `src` URL, the `data` property, or nothing yet. */
  private shownFrom: string | typeof FROM_DATA | undefined;
  private abortedOnDisconnect = false;
  /** The `src` and reload count of the last fetch started (or skipped for `data`). */
  private startedKey?: string;
  private readonly onOnline = () => this.retryAfterFailure();

  constructor(
    private readonly host: ResourceHost<T>,
    private readonly schema: () => z.ZodMiniType<T>,
  ) {
    host.addController(this);
    // Run by hand (see hostUpdate): a widget fed by `data` never starts the
    // task, whose completion would otherwise cost every such widget a second update.
    this.task = new Task(host, {
      autoRun: false,
      task: ([src], { signal }) => this.fetch(src, signal),
      onComplete: (value) => {
        this.lastError = undefined;
        this.failuresInRow = 0;
        if (value !== undefined) host.receiveValue(value, false);
      },
      onError: (error) => {
        if (isAbort(error)) return;
        this.lastError = error;
        if (isTransient(error)) {
          this.scheduleRetry();
          this.failuresInRow++;
        }
        host.receiveError(toCxError(error));
      },
    });
  }

  /**
   * Starts a fetch when `src` (without `data`) or the reload count changed.
   * Called from the element's `willUpdate` (before the widget derives its
   * geometry): a cached answer handed over synchronously lands in this update.
   */
  syncSrc(): void {
    const src = this.host.data === undefined ? this.host.src : undefined;
    const key = `${this.reloads}\u0000${src ?? ''}`;
    if (key === this.startedKey) return;
    this.startedKey = key;
    if (src) void this.task.run([src, this.reloads]);
    else if (this.task.status === TaskStatus.PENDING) this.task.abort(); // `data` wins, or `src` was removed
  }

  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      this.reload();
    } else if (this.task.status === TaskStatus.ERROR && isTransient(this.lastError)) {
      this.scheduleRetry();
    }
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    clearTimeout(this.retryTimer);
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedOnDisconnect = true;
      this.task.abort();
    }
  }

  /**
   * Validates the `data` property synchronously when it changed, so the value
   * is ready in the same update. Call from the element's `willUpdate`.
   */
  syncData(): void {
    const { data } = this.host;
    if (data === this.lastData) return;
    this.lastData = data;
    if (data === undefined) {
      // The value on screen came from `data`: without `src` there is nothing left to show.
      if (this.shownFrom === FROM_DATA && !this.host.src) {
        this.shownFrom = undefined;
        this.host.receiveLoading(true);
      }
      return;
    }
    this.shownFrom = FROM_DATA;
    let result: T | Promise<T>;
    try {
      result = this.host.validateData ? this.host.validateData(data) : validate(this.schema(), data);
    } catch (error) {
      this.host.receiveError(toCxError(error));
      return;
    }
    if (!(result instanceof Promise)) {
      this.host.receiveValue(result, false);
      return;
    }
    // Validated in the background (a large payload in slices): the current
    // value, or the loading state, stays until it settles; a newer `data` wins.
    this.host.receiveLoading();
    result.then(
      (value) => {
        if (this.host.data === data) this.host.receiveValue(value, false);
      },
      (error: unknown) => {
        if (this.host.data === data) this.host.receiveError(toCxError(error));
      },
    );
  }

  /** Fetches `src` again (keeps showing the current value meanwhile). */
  reload(): void {
    clearTimeout(this.retryTimer);
    this.reloads++;
    this.host.requestUpdate();
  }

  private retryAfterFailure(): void {
    clearTimeout(this.retryTimer);
    if (this.host.data === undefined && this.host.src && this.task.status === TaskStatus.ERROR && isTransient(this.lastError)) this.reload();
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    const { recoverMs } = config();
    const wait = Math.min(recoverMs * 10, recoverMs * 2 ** this.failuresInRow);
    this.retryTimer = setTimeout(() => this.retryAfterFailure(), wait);
  }

  private async fetch(src: string | undefined, signal: AbortSignal): Promise<T | undefined> {
    if (!src) return undefined;
    clearTimeout(this.retryTimer);
    this.host.receiveLoading(this.shownFrom !== undefined && this.shownFrom !== src);
    if (this.shownFrom !== src) this.shownFrom = undefined;
    const onCached = (cached: Cached) => {
      try {
        const value = validate(this.schema(), cached.value);
        if (signal.aborted) return;
        this.shownFrom = src;
        this.host.receiveValue(value, cached.age > config().maxAgeMs, Date.now() - cached.age);
      } catch {
        /* an invalid cached copy is ignored; the network answer decides */
      }
    };
    const raw = await loadResource(src, { signal, onCached });
    if (raw === undefined) throw new CxError('parse', `Empty answer from ${src}`);
    const value = validate(this.schema(), raw);
    if (!signal.aborted) this.shownFrom = src;
    return value;
  }
}
