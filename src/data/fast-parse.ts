import type { z } from './zod.js';

/**
 * A fast path for valid data. zod/mini without its JIT (which a strict CSP
 * forbids) allocates a result and an issue list for every field it checks;
 * for thousands of items that is most of a widget's start-up. Here a schema
 * is turned once into plain closures that check a value and build the same
 * output zod would (new objects and arrays, unknown keys dropped) without
 * any of that. When the value is not valid the closures only say so, and
 * zod parses it again for its exact issues. Refinements and `z.custom` run
 * their own predicate (false goes to zod). A schema using anything this does
 * not know (transforms, defaults, other checks) always goes to zod: the
 * schema stays the one definition of the contract.
 */

/** The value is not valid (or not known to be): ask zod. */
const FAIL: unique symbol = Symbol('fail');
type Parse = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, Schema>;
  catchall?: unknown;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  coerce?: boolean;
  fn?: (value: unknown) => unknown;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
}
interface Schema {
  _zod: { def: Def };
}

/** Thrown while compiling: this schema uses something the fast path does not know. */
class Unknown extends Error {}

const compiled = new WeakMap<object, Parse | null>();

/** The schema's fast parser, or undefined when it needs zod for everything. */
function parserOf(schema: Schema): Parse | undefined {
  let parse = compiled.get(schema);
  if (parse === undefined) {
    try {
      parse = compile(schema);
    } catch (error) {
      if (!(error instanceof Unknown)) throw error;
      parse = null;
    }
    compiled.set(schema, parse);
  }
  return parse ?? undefined;
}

/** True when valid input of this schema takes the fast path (for tests and diagnostics). */
export function hasFastPath(schema: z.ZodMiniType): boolean {
  return parserOf(schema as unknown as Schema) !== undefined;
}

/** Like `schema.safeParse(input)`, fast when the input is valid; the same result either way. */
export function safeParse<S extends z.ZodMiniType>(schema: S, input: unknown): z.core.util.SafeParseResult<z.output<S>> {
  const parse = parserOf(schema as unknown as Schema);
  if (parse) {
    const data = parse(input);
    if (data !== FAIL) return { success: true, data: data as z.output<S> };
  }
  return schema.safeParse(input) as z.core.util.SafeParseResult<z.output<S>>;
}

/** One check on a string, an array's length or a number; anything else is unknown. */
function checkOf(def: CheckDef): (v: never) => boolean {
  switch (def.check) {
    case 'min_length': {
      const n = def.minimum!;
      return (v: { length: number }) => v.length >= n;
    }
    case 'max_length': {
      const n = def.maximum!;
      return (v: { length: number }) => v.length <= n;
    }
    case 'length_equals': {
      const n = def.length!;
      return (v: { length: number }) => v.length === n;
    }
    case 'greater_than': {
      const n = def.value!;
      return def.inclusive ? (v: number) => v >= n : (v: number) => v > n;
    }
    case 'less_than': {
      const n = def.value!;
      return def.inclusive ? (v: number) => v <= n : (v: number) => v < n;
    }
    case 'string_format':
      return formatCheck(def.format, def.pattern);
    case 'custom': {
      // a refinement: a pure predicate on the parsed value; false (or async) goes to zod
      const fn = def.fn;
      if (typeof fn !== 'function') throw new Unknown('custom');
      return (v: unknown) => {
        const ok = fn(v);
        return !(ok instanceof Promise) && Boolean(ok);
      };
    }
    default:
      throw new Unknown(def.check);
  }
}

/** Formats zod checks with its pattern alone (others, e.g. e-mail or URL, may do more: zod decides). */
const PATTERN_FORMATS = new Set(['date', 'datetime', 'regex']);

function formatCheck(format: string | undefined, pattern: RegExp | undefined): (v: string) => boolean {
  if (!format || !PATTERN_FORMATS.has(format) || !(pattern instanceof RegExp) || pattern.global || pattern.sticky) throw new Unknown(`format ${format}`);
  return (v: string) => pattern.test(v);
}

/** The checks a schema carries, as one predicate (or undefined when there are none). */
function allChecks(def: Def): ((v: never) => boolean) | undefined {
  const checks = (def.checks ?? []).map((c) => checkOf(c._zod.def));
  if (!checks.length) return undefined;
  return (v: never) => {
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

function compile(schema: Schema): Parse {
  const def = schema._zod.def;
  if (def.coerce) throw new Unknown('coerce');
  const checks = allChecks(def);
  switch (def.type) {
    case 'string': {
      const format = def.format === undefined ? undefined : formatCheck(def.format, def.pattern);
      return (v) => (typeof v === 'string' && (!format || format(v)) && (!checks || checks(v as never)) ? v : FAIL);
    }
    case 'number': {
      if (def.format !== undefined && def.format !== 'safeint') throw new Unknown(`number ${def.format}`);
      const int = def.format === 'safeint';
      return (v) =>
        typeof v === 'number' && Number.isFinite(v) && (!int || Number.isSafeInteger(v)) && (!checks || checks(v as never)) ? v : FAIL;
    }
    case 'boolean':
      if (checks) throw new Unknown('boolean checks');
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'enum': {
      if (checks) throw new Unknown('enum checks');
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (v) => (allowed.has(v) ? v : FAIL);
    }
    case 'literal': {
      if (checks) throw new Unknown('literal checks');
      const allowed = new Set(def.values ?? []);
      return (v) => (allowed.has(v) ? v : FAIL);
    }
    case 'optional': {
      if (checks) throw new Unknown('optional checks');
      const inner = compile(def.innerType!);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'nullable': {
      if (checks) throw new Unknown('nullable checks');
      const inner = compile(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'union': {
      if (checks) throw new Unknown('union checks');
      const options = def.options!.map(compile);
      return (v) => {
        for (const option of options) {
          const out = option(v);
          if (out !== FAIL) return out;
        }
        return FAIL;
      };
    }
    case 'array': {
      const element = compile(def.element!);
      // checks (length, refinements) see the parsed array, as in zod
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i]);
          if (item === FAIL) return FAIL;
          out[i] = item;
        }
        return checks && !checks(out as never) ? FAIL : out;
      };
    }
    case 'object': {
      if (def.catchall !== undefined) throw new Unknown('catchall');
      const keys = Object.keys(def.shape!);
      const fields = keys.map((k) => compile(def.shape![k]!));
      // a key zod treats as optional may be missing; any other missing key reads as undefined and must pass
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
        const input = v as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const raw = input[key];
          const value = fields[i]!(raw);
          if (value === FAIL) return FAIL;
          if (value !== undefined || key in input) out[key] = value;
        }
        return checks && !checks(out as never) ? FAIL : out;
      };
    }
    case 'custom': {
      // z.custom(predicate): the value itself when the predicate holds, as in zod
      const fn = def.fn;
      if (typeof fn !== 'function') throw new Unknown('custom schema');
      return (v) => {
        const ok = fn(v);
        return !(ok instanceof Promise) && ok && (!checks || checks(v as never)) ? v : FAIL;
      };
    }
    default:
      throw new Unknown(def.type);
  }
}
