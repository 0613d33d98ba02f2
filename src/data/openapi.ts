/**
 * The OpenAPI 3.1 document of the kit's JSON API, built from the zod schemas
 * (the one source of truth). Pure: no I/O; `scripts/gen-openapi.ts` writes the
 * result to docs/openapi.json and a test compares the two.
 *
 * Response bodies are documented as open objects (no `additionalProperties:
 * false`): clients must tolerate unknown fields, and the kit's parsers drop
 * them. Types are strict: a wrong type fails validation.
 */
import { z } from './zod.js';
import * as S from './schemas/index.js';
import { EXAMPLES } from './openapi-examples.js';
import { ApiError, ResourceIndex, VersionConflict } from './openapi-schemas.js';

export { ApiError, ResourceIndex, VersionConflict };

/** The schemas published under components.schemas, by name (order = document order). */
export const apiSchemas = {
  Metric: S.Metric,
  NpsCounts: S.NpsCounts,
  CsatCounts: S.CsatCounts,
  CesCounts: S.CesCounts,
  Sentiment: S.Sentiment,
  Verbatim: S.Verbatim,
  Voc: S.Voc,
  Target: S.Target,
  Audit: S.Audit,
  LaneKind: S.LaneKind,
  Stage: S.Stage,
  Lane: S.Lane,
  Process: S.Process,
  SegmentFigures: S.SegmentFigures,
  Touchpoint: S.Touchpoint,
  Transition: S.Transition,
  Segment: S.Segment,
  InsightRef: S.InsightRef,
  Journey: S.Journey,
  JourneyIndex: S.JourneyIndex,
  ScorePeriod: S.ScorePeriod,
  ScoreSeries: S.ScoreSeries,
  Interval: S.Interval,
  NpsPoint: S.NpsPoint,
  NpsSeriesItem: S.NpsSeriesItem,
  Annotation: S.Annotation,
  NpsTrend: S.NpsTrend,
  InsightStatus: S.InsightStatus,
  InsightKind: S.InsightKind,
  StatusChange: S.StatusChange,
  Insight: S.Insight,
  Scale: S.Scale,
  InsightList: S.InsightList,
  InsightPatch: S.InsightPatch,
  LogEvent: S.LogEvent,
  EventLog: S.EventLog,
  FeedbackEvent: S.FeedbackEvent,
  FeedbackBatch: S.FeedbackBatch,
  ResourceIndex,
  ApiError,
  VersionConflict,
} as const;

export type ApiSchemaName = keyof typeof apiSchemas;

/** Which schema each named example in components.examples illustrates. */
export const exampleSchemas: Record<keyof typeof EXAMPLES, ApiSchemaName> = {
  JourneyIndex: 'JourneyIndex',
  Journey: 'Journey',
  ScoreIndex: 'ResourceIndex',
  ScoreSeries: 'ScoreSeries',
  NpsIndex: 'ResourceIndex',
  NpsTrend: 'NpsTrend',
  InsightList: 'InsightList',
  InsightPatch: 'InsightPatch',
  Insight: 'Insight',
  EventLogIndex: 'ResourceIndex',
  EventLog: 'EventLog',
  FeedbackBatch: 'FeedbackBatch',
  NotFound: 'ApiError',
  Invalid: 'ApiError',
  Conflict: 'VersionConflict',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ref = (name: ApiSchemaName): JsonObject => ({ $ref: `#/components/schemas/${name}` });
const exampleRef = (name: keyof typeof EXAMPLES): JsonObject => ({ $ref: `#/components/examples/${name}` });

function componentSchemas(): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(apiSchemas)) registry.add(schema, { id });
  const out = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    // Input view: objects stay open (no additionalProperties: false), as the API promises.
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
    // The only custom type is the count column of NpsColumns (an array of whole numbers ≥ 0).
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type !== 'custom') return;
      Object.assign(ctx.jsonSchema, { type: 'array', items: { type: 'integer', minimum: 0 } });
    },
  }) as { schemas: Record<string, JsonObject> };
  const schemas: JsonObject = {};
  for (const id of Object.keys(apiSchemas)) {
    const { $schema: _s, $id: _i, ...rest } = out.schemas[id];
    schemas[id] = rest;
  }
  return schemas;
}

const json = (schema: JsonObject, example?: keyof typeof EXAMPLES): JsonObject => ({
  'application/json': { schema, ...(example ? { examples: { [example]: exampleRef(example) } } : {}) },
});

const errors = {
  '404': { $ref: '#/components/responses/NotFound' },
  '5XX': { $ref: '#/components/responses/ServerError' },
};

function getItem(operationId: string, tag: string, summary: string, schema: ApiSchemaName, example: keyof typeof EXAMPLES, withId = true): JsonObject {
  return {
    get: {
      tags: [tag],
      summary,
      operationId,
      parameters: [...(withId ? [{ $ref: '#/components/parameters/Id' }] : []), { $ref: '#/components/parameters/AcceptLanguage' }],
      responses: {
        '200': { description: 'OK', headers: { ETag: { $ref: '#/components/headers/ETag' } }, content: json(ref(schema), example) },
        '304': { description: 'Not modified (If-None-Match matched the ETag).' },
        ...errors,
      },
    },
  };
}

/** Builds the OpenAPI 3.1 document (deterministic: same input, same output). */
export function buildOpenApi(): JsonObject {
  const examples: JsonObject = {};
  for (const [name, value] of Object.entries(EXAMPLES)) examples[name] = { summary: `${name} (excerpt of the demo data)`, value: value as Json };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'cx-journey-kit API',
      version: '1.0.0',
      summary: 'Customer journeys with Voice-of-Customer and process data, as read by the cx-journey-kit widgets.',
      description:
        'Versioned under /v1. Responses are tolerant of unknown fields (clients ignore them) and strict about wrong types. ' +
        'Texts are localised by Accept-Language (en, de). Authentication is up to the host: the widgets send what `configure({ fetch, headers })` adds. See docs/api.md.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: '/demo/api', description: 'The demo server of `npm start` (static sample data, PATCH and live stream in memory).' },
      { url: 'https://api.example.com', description: 'Your API.' },
    ],
    tags: [
      { name: 'journeys', description: 'Journey maps: stages, lanes, touchpoints with VoC and process figures, transitions.' },
      { name: 'scores', description: 'KPI series (NPS, CSAT, CES counts per period) of a journey or touchpoint.' },
      { name: 'nps', description: 'NPS counts over time by segment or touchpoint.' },
      { name: 'insights', description: 'Pain points, ideas, requirements and cases on a difficulty × impact scale.' },
      { name: 'eventlogs', description: 'Raw event logs in XES naming.' },
      { name: 'live', description: 'New survey answers as Server-Sent Events, with a JSON polling fallback.' },
    ],
    paths: {
      '/v1/journeys': getItem('listJourneys', 'journeys', 'List the journeys', 'JourneyIndex', 'JourneyIndex', false),
      '/v1/journeys/{id}': getItem('getJourney', 'journeys', 'One journey', 'Journey', 'Journey'),
      '/v1/scores': getItem('listScores', 'scores', 'List the score series', 'ResourceIndex', 'ScoreIndex', false),
      '/v1/scores/{id}': getItem('getScoreSeries', 'scores', 'One score series (journey or touchpoint)', 'ScoreSeries', 'ScoreSeries'),
      '/v1/nps': getItem('listNpsTrends', 'nps', 'List the NPS trends', 'ResourceIndex', 'NpsIndex', false),
      '/v1/nps/{id}': getItem('getNpsTrend', 'nps', 'One NPS trend', 'NpsTrend', 'NpsTrend'),
      '/v1/insights': getItem('listInsights', 'insights', 'List the insights', 'InsightList', 'InsightList', false),
      '/v1/insights/{id}': {
        patch: {
          tags: ['insights'],
          summary: 'Change the difficulty, impact or status of an insight',
          description:
            'Only the fields sent change. Send the `version` you read: a stale version answers 409 with the current insight. ' +
            'The answer is the updated insight with `version` + 1 and a new `updatedAt`; a status change appends to `history`.',
          operationId: 'patchInsight',
          parameters: [{ $ref: '#/components/parameters/Id' }],
          requestBody: { required: true, content: json(ref('InsightPatch'), 'InsightPatch') },
          responses: {
            '200': { description: 'The updated insight.', content: json(ref('Insight'), 'Insight') },
            '404': { description: 'No insight with this id.', content: json(ref('ApiError'), 'NotFound') },
            '409': { description: 'The version is stale; `current` holds the stored insight.', content: json(ref('VersionConflict'), 'Conflict') },
            '422': { description: 'The body is no valid InsightPatch (wrong type or unknown status).', content: json(ref('ApiError'), 'Invalid') },
            '5XX': { $ref: '#/components/responses/ServerError' },
          },
        },
      },
      '/v1/eventlogs': getItem('listEventLogs', 'eventlogs', 'List the event logs', 'ResourceIndex', 'EventLogIndex', false),
      '/v1/eventlogs/{id}': getItem('getEventLog', 'eventlogs', 'One event log', 'EventLog', 'EventLog'),
      '/v1/live/feedback': {
        get: {
          tags: ['live'],
          summary: 'New survey answers: SSE stream, or JSON for polling',
          description:
            'With `Accept: text/event-stream` the server streams `event: feedback` messages; `id:` increases, `data:` is one FeedbackEvent as JSON. ' +
            'A reconnecting client sends `Last-Event-ID` (or `?lastEventId=`) and gets the missed events again from a bounded history, without duplicates. ' +
            'With `Accept: application/json` or `?since=<id>` the answer is `{ items }`: the events after that id (polling fallback).',
          operationId: 'getLiveFeedback',
          parameters: [
            { name: 'Last-Event-ID', in: 'header', required: false, description: 'Resume after this event id (sent by EventSource on reconnect).', schema: { type: 'string' } },
            { name: 'lastEventId', in: 'query', required: false, description: 'Resume after this event id (for a fresh EventSource).', schema: { type: 'string' } },
            { name: 'since', in: 'query', required: false, description: 'Polling: return the events after this id as JSON.', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'The stream, or a batch of events.',
              content: {
                'text/event-stream': {
                  schema: { type: 'string', description: 'Server-Sent Events: `id`, `event: feedback`, `data` = FeedbackEvent JSON.' },
                  example:
                    'retry: 3000\n\nid: 42\nevent: feedback\ndata: {"id":"42","time":"2026-11-24T09:15:03.000Z","journeyId":"move-in","touchpointId":"mi-first-bill","seriesId":"move-in-private","score":3}\n\n',
                },
                'application/json': { schema: ref('FeedbackBatch'), examples: { FeedbackBatch: exampleRef('FeedbackBatch') } },
              },
            },
            ...errors,
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      parameters: {
        Id: { name: 'id', in: 'path', required: true, description: 'The resource id (see the list endpoint).', schema: { type: 'string', minLength: 1, maxLength: 200 } },
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'en (default) or de. The static demo files are `<id>.json` and `<id>.de.json`.',
          schema: { type: 'string', examples: ['de'] },
        },
      },
      headers: {
        ETag: { description: 'Version of the representation, for If-None-Match.', schema: { type: 'string' } },
      },
      responses: {
        NotFound: { description: 'Unknown id.', content: json(ref('ApiError'), 'NotFound') },
        ServerError: {
          description: 'Server error or overload. Clients retry 5xx and 429 with backoff (honouring Retry-After).',
          headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } },
          content: json(ref('ApiError')),
        },
      },
      examples,
    },
  };
}
