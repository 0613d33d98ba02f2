/**
 * The first large journey on a page pays for things used the first time:
 * locale data behind Intl, compiling the validation and rendering code,
 * preparing templates, styling a new kind of tree. Done in one task that is a
 * long task (80–140 ms on a slow machine); this module lets the element do it
 * in a few shorter tasks instead. Later journeys are drawn in one task.
 */
import type { Formatter } from '../../core/format.js';

/** Journeys with more touchpoints than this are drawn in steps when the page is cold. */
export const COLD_STEPS_FROM = 48;

/** True for a payload with enough touchpoints to be worth drawing in steps (anything else is validated at once). */
export function isLargeJourney(data: unknown): boolean {
  const tps = (data as { touchpoints?: unknown } | null | undefined)?.touchpoints;
  return Array.isArray(tps) && tps.length > COLD_STEPS_FROM;
}

/**
 * Creates the number formats the map uses (the first Intl.NumberFormat of a
 * page loads locale data); returns what they print, so a test can check them.
 */
export function warmFormats(fmt: Formatter): string[] {
  return [fmt.number(1), fmt.number(1.5, 1), fmt.signed(1), fmt.signed(1.5, 1), fmt.percent(0.5), fmt.compact(1500)];
}
