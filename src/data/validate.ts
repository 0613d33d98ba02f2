import type { z } from './zod.js';
import { type Problem, SchemaError } from './errors.js';
import { safeParse } from './fast-parse.js';
import { sanitize } from './sanitize.js';

type Issue = z.core.$ZodIssue;

/** `['stages', 2, 'touchpoints', 0, 'name']` → `stages[2].touchpoints[0].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

/** A readable sentence for one zod issue (zod/mini ships no messages). */
export function describeIssue(issue: Issue, input?: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const got = describe(valueAt(input, issue.path));
      return `expected ${issue.expected}${got !== 'undefined' ? `, got ${got}` : ', missing'}`;
    }
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `allows at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `expected ${issue.format === 'date' || issue.format === 'datetime' ? 'an ISO 8601 date' : issue.format}`;
    case 'invalid_union':
      return describeUnion(issue, input);
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value';
  }
}

function describeUnion(issue: Issue & { code: 'invalid_union' }, input: unknown): string {
  const formats = issue.errors.flat().filter((i) => i.code === 'invalid_format');
  if (formats.length && formats.length === issue.errors.flat().length) return 'expected an ISO 8601 date';
  const inner = issue.errors.flat()[0];
  return inner ? describeIssue({ ...inner, path: [...issue.path, ...inner.path] }, input) : 'invalid value';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, key) ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return cur;
}

export function toProblems(issues: readonly Issue[], input?: unknown): Problem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue, input) }));
}

/**
 * Validates untrusted input against a schema. Keys that could pollute
 * prototypes are dropped first. Throws a SchemaError naming every failing path.
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const clean = sanitize(input);
  const result = safeParse(schema, clean);
  if (result.success) return result.data;
  throw new SchemaError(toProblems(result.error.issues, clean));
}
