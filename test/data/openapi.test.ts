import { expect } from '@open-wc/testing';
import { apiSchemas, buildOpenApi, exampleSchemas } from '../../src/data/openapi.js';
import { EXAMPLES } from '../../src/data/openapi-examples.js';
import { Journey } from '../../src/data/schemas/index.js';

type Node = null | boolean | number | string | Node[] | { [key: string]: Node };

function walk(node: Node, visit: (obj: { [key: string]: Node }, path: string) => void, path = '#'): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, visit, `${path}/${i}`));
  else if (node && typeof node === 'object') {
    visit(node, path);
    for (const [k, v] of Object.entries(node)) walk(v, visit, `${path}/${k}`);
  }
}

describe('docs/openapi.json', () => {
  it('equals the document built from the zod schemas (run `npm run gen:openapi` after a schema change)', async () => {
    const published = (await (await fetch('/docs/openapi.json')).json()) as Node;
    // JSON round trip: the built document as it would be written.
    const built = JSON.parse(JSON.stringify(buildOpenApi())) as Node;
    expect(published).to.deep.equal(built);
  });

  it('is OpenAPI 3.1 with the versioned paths of every resource', () => {
    const doc = buildOpenApi() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).to.equal('3.1.0');
    for (const p of ['/v1/journeys', '/v1/journeys/{id}', '/v1/scores/{id}', '/v1/nps/{id}', '/v1/insights', '/v1/eventlogs/{id}', '/v1/live/feedback']) {
      expect(doc.paths[p]?.get, p).to.not.equal(undefined);
    }
    const patch = doc.paths['/v1/insights/{id}'].patch as { responses: Record<string, unknown> };
    expect(Object.keys(patch.responses)).to.include.members(['200', '404', '409', '422']);
    const live = doc.paths['/v1/live/feedback'].get as { responses: { '200': { content: Record<string, unknown> } } };
    expect(Object.keys(live.responses['200'].content)).to.deep.equal(['text/event-stream', 'application/json']);
  });

  it('documents objects as open (no additionalProperties: false) and every $ref resolves', () => {
    const doc = buildOpenApi() as Node;
    const refs: string[] = [];
    const closed: string[] = [];
    walk(doc, (obj, path) => {
      if (obj.additionalProperties === false) closed.push(path);
      if (typeof obj.$ref === 'string') refs.push(obj.$ref);
    });
    expect(closed).to.deep.equal([]);
    const components = (doc as { components: Record<string, Record<string, unknown>> }).components;
    for (const ref of refs) {
      const [, , kind, name] = ref.split('/');
      expect(components[kind]?.[name], ref).to.not.equal(undefined);
    }
    expect(Object.keys(components.schemas)).to.deep.equal(Object.keys(apiSchemas));
  });

  it('has an example per resource, each valid against its schema', () => {
    const doc = buildOpenApi() as { components: { examples: Record<string, { value: unknown }> } };
    expect(Object.keys(doc.components.examples).sort()).to.deep.equal(Object.keys(exampleSchemas).sort());
    for (const [name, schemaName] of Object.entries(exampleSchemas)) {
      const result = apiSchemas[schemaName].safeParse(doc.components.examples[name].value);
      expect(result.success, `${name} as ${schemaName}: ${JSON.stringify(result.error?.issues?.[0])}`).to.equal(true);
    }
  });

  it('the schemas behind it tolerate unknown fields but not wrong types', () => {
    const journey = structuredClone(EXAMPLES.Journey) as unknown as Record<string, unknown>;
    expect(Journey.safeParse({ ...journey, addedInV1_1: { anything: true } }).success).to.equal(true);
    expect(Journey.safeParse({ ...journey, stages: 'none' }).success).to.equal(false);
  });
});
