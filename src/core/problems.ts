import type { Problem } from '../data/errors.js';
import { type Catalog, interpolate } from './i18n.js';

/** A value named in a problem, cut short when long (a problem names it, it does not repeat it). */
export const shortValue = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/**
 * Makes problems from a widget's strings: each has its path, the string key
 * and values (the banner shows it in the widget's language, see
 * `CxElement.problemText`) and the English message made from the same string
 * (for `cx-error` and logs), so each text is written once.
 */
export function problemMaker(catalog: Catalog): (path: string, code: string, values?: Readonly<Record<string, string | number>>) => Problem {
  return (path, code, values = {}) => ({ path, code, values, message: interpolate(catalog.en?.[code] ?? code, values) });
}
