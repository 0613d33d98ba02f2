/**
 * Problems in the data of <nps-trend>: a path, a string key with its values
 * (the banner shows them in the widget's language) and the English message
 * made from the same string (for `cx-error` and logs). Pure: no DOM.
 */
import type { Problem } from '../../data/errors.js';
import { interpolate } from '../../core/i18n.js';
import { strings } from './strings.js';

export function problem(path: string, code: string, values: Readonly<Record<string, string | number>> = {}): Problem {
  return { path, code, values, message: interpolate(strings.en![code] ?? code, values) };
}
