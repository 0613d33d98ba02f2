import { requestJson } from '../../data/client.js';
import { type CxError, toCxError } from '../../data/errors.js';
import type { InsightStatus } from '../../data/schemas/insight.js';
import { validate } from '../../data/validate.js';
import type { Item } from './model.js';
import { LenientInsight } from './schema.js';

/** The fields the widget may change (PATCH body without `version`). */
export type Changes = { status?: InsightStatus; difficulty?: number; impact?: number };

export interface WriteCallbacks {
  /** Something shown changed (optimistic value, saving state, rollback): redraw. */
  changed(): void;
  saved(id: string, changes: Changes, previous: Changes): void;
  failed(id: string, url: string, title: string, error: CxError): void;
}

type Overlay = Changes & { history?: LenientInsight['history'] };

/**
 * Closed-loop writes: shows a change at once (optimistic overlay), sends
 * `PATCH` with the last version the server confirmed, one request at a time
 * per insight, and on failure drops the overlay (rollback) and the writes
 * queued behind it. Answers of the server replace the loaded insight until
 * the next load (`reset`).
 */
export class WriteQueue {
  private readonly confirmed = new Map<string, LenientInsight>();
  private readonly overlay = new Map<string, Overlay>();
  private readonly queues = new Map<string, { tail: Promise<void>; pending: number; epoch: number }>();

  constructor(private readonly on: WriteCallbacks) {}

  /** True while a write of this insight is on its way. */
  saving(id: string): boolean {
    return (this.queues.get(id)?.pending ?? 0) > 0;
  }

  /** True when nothing overlays the loaded data. */
  get idle(): boolean {
    return !this.confirmed.size && !this.overlay.size;
  }

  /** The loaded insights with confirmed answers and pending changes applied. */
  apply(items: readonly LenientInsight[]): LenientInsight[] {
    if (this.idle) return items as LenientInsight[];
    return items.map((it) => {
      const base = this.confirmed.get(it.id) ?? it;
      const o = this.overlay.get(it.id);
      return o ? { ...base, ...o } : base;
    });
  }

  /** New data was loaded: it is the truth now, except for writes still under way. */
  reset(): void {
    this.confirmed.clear();
    for (const id of [...this.overlay.keys()]) if (!this.saving(id)) this.overlay.delete(id);
  }

  /** Shows `changes` on `item` at once and queues the PATCH to `url`; `loaded` is the insight as loaded. */
  write(item: Item, url: string, changes: Changes, loaded: LenientInsight | undefined): void {
    const id = item.id;
    const previous: Changes = {};
    for (const k of Object.keys(changes) as (keyof Changes)[]) (previous as Record<string, unknown>)[k] = k === 'impact' ? item.insight.impact : item[k];
    const next: Overlay = { ...this.overlay.get(id), ...changes };
    if (changes.status && changes.status !== item.status) {
      next.history = [...(item.insight.history ?? []), { status: changes.status, date: new Date().toISOString().slice(0, 10) }];
    }
    this.overlay.set(id, next);
    const q = this.queues.get(id) ?? { tail: Promise.resolve(), pending: 0, epoch: 0 };
    this.queues.set(id, q);
    const epoch = q.epoch;
    q.pending++;
    this.on.changed();
    q.tail = q.tail.then(() => this.send(id, url, changes, previous, epoch, item.insight.title, loaded));
  }

  private async send(id: string, url: string, changes: Changes, previous: Changes, epoch: number, title: string, loaded: LenientInsight | undefined): Promise<void> {
    const q = this.queues.get(id)!;
    try {
      if (q.epoch !== epoch) return; // an earlier write of this insight failed: this one was rolled back with it
      const base = this.confirmed.get(id) ?? loaded;
      const body = { ...changes, ...(base?.version !== undefined ? { version: base.version } : {}) };
      const raw = await requestJson(url, { method: 'PATCH', body, retries: 0 });
      const updated = raw === undefined && base ? ({ ...base, ...changes } as LenientInsight) : validate(LenientInsight, raw);
      this.confirmed.set(id, updated);
      if (q.pending === 1) this.overlay.delete(id);
      this.on.saved(id, { ...changes }, { ...previous });
    } catch (error) {
      q.epoch++;
      this.overlay.delete(id);
      this.on.failed(id, url, title, toCxError(error));
    } finally {
      q.pending--;
      this.on.changed();
    }
  }
}
