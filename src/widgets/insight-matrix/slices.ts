import { yieldTask } from '../../core/tasks.js';
import { z } from '../../data/zod.js';
import { safeParse } from '../../data/fast-parse.js';
import { sanitize } from '../../data/sanitize.js';
import { LenientInsight, type LenientInsightList, LenientInsightList as ListSchema } from './schema.js';

/**
 * Time slicing for large payloads: the first render of 2,000 insights would
 * otherwise be one main-thread task of about 190 ms on a cold page
 * (validation alone ~50 ms), which blocks input. Work is done in slices of
 * about `SLICE_MS` and the browser gets the main thread back in between.
 */

/** Lists from this many items on are validated and drawn in slices. */
export const STAGE_FROM = 400;
/** Work per task before yielding (ms); well below the 50 ms of a long task. */
export const SLICE_MS = 12;
/** Items validated per step (one step is ~1–3 ms). */
const ITEMS_PER_STEP = 100;

/** Yields once the current task has run for `SLICE_MS`; counts the time worked (not the time yielded). */
export class Slicer {
  private start = performance.now();
  private worked = 0;

  /** Main-thread time spent in the job's steps so far (ms). */
  get busy(): number {
    return this.worked + performance.now() - this.start;
  }

  async next(): Promise<void> {
    if (performance.now() - this.start < SLICE_MS) return;
    await this.yieldNow();
  }

  /** Yields now (before a step known to be large). */
  async yieldNow(): Promise<void> {
    this.worked += performance.now() - this.start;
    await yieldTask();
    this.start = performance.now();
  }
}

/**
 * Validation, model and layout of the last large list took less than this
 * (ms): the next one is done in one task (the drawing costs about as much
 * again, so the task stays well below 50 ms).
 */
export const SYNC_MS = 25;

/**
 * What the last large list cost on this page (validation, model and layout,
 * ms of main-thread work). The first one on a page pays for first use of
 * code, locale data, templates and styles; once a list was prepared within
 * `SYNC_MS`, the next one is done in one task like a small one.
 */
const lastCost = { ms: Infinity };

/**
 * Records what a large list cost. One slow list (the machine busy for a
 * moment) raises the estimate by at most half, so a single spike does not
 * switch between one task and slices; `Infinity` resets (as on a new page).
 */
export function recordCost(ms: number): void {
  lastCost.ms = ms === Infinity || lastCost.ms === Infinity ? ms : Math.min(ms, lastCost.ms * 1.5);
}

/** True for a payload large enough to validate and draw in slices on this page now. */
export function isLarge(data: unknown): boolean {
  const items = (data as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) && items.length >= STAGE_FROM;
}

export function shouldStage(data: unknown): boolean {
  return isLarge(data) && !(lastCost.ms < SYNC_MS);
}

/** True before the first large list of the page was measured (first use of locale data, templates, styles). */
export function firstOnPage(): boolean {
  return lastCost.ms === Infinity;
}

const Items = z.array(LenientInsight);

/**
 * Validates a list like `validate(LenientInsightList, input)`, the items a
 * step at a time with `slicer` yielding between steps. Returns undefined when
 * anything is wrong (or `stop()` says the input is no longer wanted): the
 * caller then validates the whole at once, which gives the exact messages.
 */
export async function validateInSlices(input: unknown, slicer: Slicer, stop: () => boolean): Promise<LenientInsightList | undefined> {
  try {
    if (!isLarge(input)) return undefined;
    const { items, ...rest } = input as { items: unknown[] };
    const shell = safeParse(ListSchema, sanitize({ ...rest, items: [] }));
    if (!shell.success) return undefined;
    const out: LenientInsight[] = [];
    for (let i = 0; i < items.length; i += ITEMS_PER_STEP) {
      await slicer.next();
      if (stop()) return undefined;
      const part = safeParse(Items, sanitize(items.slice(i, i + ITEMS_PER_STEP)));
      if (!part.success) return undefined;
      for (const it of part.data) out.push(it);
    }
    return { ...shell.data, items: out };
  } catch {
    // a cycle or too deep nesting: the whole-list validation reports it
    return undefined;
  }
}
