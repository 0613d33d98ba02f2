import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SchemaError } from '../../src/data/errors.js';
import { resetConfig } from '../../src/data/config.js';
import { clearCache } from '../../src/data/resource.js';
import { parseJsonSafely, sanitize } from '../../src/data/sanitize.js';
import { formatPath, validate } from '../../src/data/validate.js';
import { z } from '../../src/data/zod.js';
import { json, stubFetch, until } from '../helpers/fetch-stub.js';
import '../helpers/probe-widget.js';
import type { ProbeWidget } from '../helpers/probe-widget.js';

const Thing = z.object({ id: z.string(), items: z.array(z.object({ name: z.string(), n: z.number() })) });

function schemaError(fn: () => unknown): SchemaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SchemaError) return error;
    throw error;
  }
  throw new Error('expected a SchemaError');
}

describe('validation', () => {
  it('names the failing path: items[0].name: expected string, got number', () => {
    const error = schemaError(() => validate(Thing, { id: 'a', items: [{ name: 3, n: 1 }] }));
    expect(error.kind).to.equal('schema');
    expect(error.path).to.equal('items[0].name');
    expect(error.message).to.equal('items[0].name: expected string, got number');
  });

  it('lists every problem and says how many more', () => {
    const error = schemaError(() => validate(Thing, { items: [{ name: 'x' }, { name: 'y', n: 'z' }] }));
    expect(error.problems.map((p) => `${p.path}: ${p.message}`)).to.have.members([
      'id: expected string, missing',
      'items[0].n: expected number, missing',
      'items[1].n: expected number, got string',
    ]);
    expect(error.message).to.match(/\(and 2 more\)$/);
  });

  it('formats paths', () => {
    expect(formatPath(['stages', 2, 'touchpoints', 0, 'name'])).to.equal('stages[2].touchpoints[0].name');
    expect(formatPath([0, 'a'])).to.equal('[0].a');
    expect(formatPath([])).to.equal('');
  });

  it('rejects cycles and absurd nesting instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { id: 'a' };
    cyclic.self = cyclic;
    expect(schemaError(() => sanitize(cyclic)).message).to.equal('contains a cycle');
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(schemaError(() => sanitize(deep)).message).to.equal('nested deeper than 64 levels');
    const shared = { name: 'x', n: 1 }; // the same object twice is not a cycle
    expect(validate(Thing, { id: 'a', items: [shared, shared] }).items).to.have.length(2);
  });
});

describe('prototype pollution', () => {
  let stub: ReturnType<typeof stubFetch> | undefined;
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    await clearCache();
    resetConfig();
    delete (Object.prototype as Record<string, unknown>).polluted; // in case a test failed
  });

  const hostile =
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},' +
    '"id":"p","items":[{"__proto__":{"polluted":"yes"},"name":"Safe","n":1}]}';

  it('sanitize() copies without the keys and leaves the host object alone', () => {
    const input = JSON.parse(hostile) as Record<string, unknown>; // JSON.parse makes "__proto__" an own key
    expect(Object.keys(input)).to.include('__proto__');
    const clean = sanitize(input) as Record<string, unknown>;
    expect(Object.keys(clean)).to.deep.equal(['id', 'items']);
    expect(Object.keys((clean.items as object[])[0]!)).to.deep.equal(['name', 'n']);
    expect(Object.keys(input)).to.include('__proto__'); // not mutated
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('sanitize() passes clean plain data through unchanged; validate() still returns objects of its own', () => {
    const input = { id: 'a', items: [{ name: 'x', n: 1 }] };
    expect(sanitize(input)).to.equal(input); // nothing to drop: no copy
    const out = validate(Thing, input);
    expect(out).to.deep.equal(input);
    expect(out).not.to.equal(input);
    expect(out.items).not.to.equal(input.items);
    expect(out.items[0]).not.to.equal(input.items[0]);
    out.items[0]!.name = 'changed';
    expect(input.items[0]!.name).to.equal('x');
  });

  it('sanitize() copies what is not plain data: Dates as ISO strings, class instances and borrowed prototypes as own keys', () => {
    const when = new Date(Date.UTC(2026, 2, 1, 8));
    expect(sanitize({ at: when })).to.deep.equal({ at: '2026-03-01T08:00:00.000Z' });
    class Point {
      constructor(readonly x: number) {}
    }
    const copied = sanitize({ p: new Point(2) }) as { p: object };
    expect(Object.getPrototypeOf(copied.p)).to.equal(Object.prototype);
    expect(copied.p).to.deep.equal({ x: 2 });
    const borrowed = Object.create({ injected: true }) as Record<string, unknown>;
    borrowed.own = 1;
    expect(sanitize([borrowed])).to.deep.equal([{ own: 1 }]);
    const constructorKey = JSON.parse('{"a":{"constructor":{"prototype":{"x":1}},"b":2}}') as unknown;
    expect(sanitize(constructorKey)).to.deep.equal({ a: { b: 2 } });
  });

  it('sanitize() on a page whose Object.prototype was polluted: copies, keeping own keys only', () => {
    const input = { id: 'a', items: [{ name: 'x', n: 1 }] };
    (Object.prototype as Record<string, unknown>).polluted = 'yes'; // enumerable: for…in would list it everywhere
    try {
      const clean = sanitize(input) as { items: object[] };
      expect(clean).not.to.equal(input);
      expect(Object.keys(clean)).to.deep.equal(['id', 'items']);
      expect(Object.keys(clean.items[0]!)).to.deep.equal(['name', 'n']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(sanitize(input)).to.equal(input); // clean page again: no copy
    (Object.prototype as Record<string, unknown>)[''] = 'yes'; // an empty key is a key too
    try {
      expect(sanitize(input)).not.to.equal(input);
    } finally {
      delete (Object.prototype as Record<string, unknown>)[''];
    }
  });

  it('parseJsonSafely drops the keys at any depth', () => {
    const value = parseJsonSafely(hostile) as Record<string, unknown>;
    expect(Object.keys(value)).to.deep.equal(['id', 'items']);
    expect(Object.keys((value.items as object[])[0]!)).to.deep.equal(['name', 'n']);
    expect(parseJsonSafely('{"text":"a constructor is a word"}')).to.deep.equal({ text: 'a constructor is a word' });
  });

  it('from fetch: the widget renders, Object.prototype untouched', async () => {
    stub = stubFetch(json(hostile));
    const el = await fixture<ProbeWidget>(html`<probe-widget src="/api/hostile"></probe-widget>`);
    await until(() => el.state === 'ready');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('Safe: 1.0');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });

  it('as the data property: the widget renders, Object.prototype untouched', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget .data=${JSON.parse(hostile)}></probe-widget>`);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('li')!.textContent).to.equal('Safe: 1.0');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('a payload failing the schema from src: SchemaError with the path, shown and fired', async () => {
    stub = stubFetch(json({ id: 'a', items: [{ name: 7, n: 1 }] }));
    const el = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    const event = oneEvent(el, 'cx-error');
    el.src = '/api/bad-schema';
    const { detail } = await event;
    expect(detail).to.deep.equal({
      kind: 'schema',
      message: 'items[0].name: expected string, got number',
      path: 'items[0].name',
      problems: [{ path: 'items[0].name', message: 'expected string, got number' }],
      src: '/api/bad-schema',
    });
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('items[0].name: expected string, got number');
    expect(stub.calls.length).to.equal(1); // invalid data is not retried
  });
});
