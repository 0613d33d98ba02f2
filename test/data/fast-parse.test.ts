import { expect } from '@open-wc/testing';
import { hasFastPath, safeParse } from '../../src/data/fast-parse.js';
import { z } from '../../src/data/zod.js';
import { Journey } from '../../src/data/schemas/journey.js';
import { InsightList } from '../../src/data/schemas/insight.js';
import { NpsTrend } from '../../src/data/schemas/nps.js';
import { ScoreSeries } from '../../src/data/schemas/score.js';
import { EventLog } from '../../src/data/schemas/eventlog.js';
import { LenientInsightList } from '../../src/widgets/insight-matrix/schema.js';
import { LenientNpsTrend } from '../../src/widgets/nps-trend/schema.js';
import { manyInsights } from '../../stories/fixtures/insight-matrix.js';
import { generateJourney } from '../../stories/fixtures/journey-map.js';

/** The fast path must give exactly zod's answer: the same output when valid, a failure when not. */
function sameAsZod(schema: z.ZodMiniType, input: unknown): void {
  const ours = safeParse(schema, input);
  const theirs = schema.safeParse(input);
  expect(ours.success, String(JSON.stringify(input)).slice(0, 200)).to.equal(theirs.success);
  if (ours.success && theirs.success) expect(ours.data).to.deep.equal(theirs.data);
  else expect((ours as { error: z.core.$ZodError }).error.issues).to.deep.equal((theirs as { error: z.core.$ZodError }).error.issues);
}

const load = async (path: string): Promise<unknown> => (await fetch(`/demo/api/v1/${path}`)).json();

describe('fast parse (valid data without zod’s per-field bookkeeping)', () => {
  it('gives zod’s output for every sample resource of the demo API', async () => {
    const cases: [z.ZodMiniType, string][] = [
      [Journey, 'journeys/move-in.json'],
      [Journey, 'journeys/fault-report.de.json'],
      [Journey, 'journeys/receipt.json'],
      [InsightList, 'insights.json'],
      [LenientInsightList, 'insights.de.json'],
      [NpsTrend, 'nps/move-in.json'],
      [LenientNpsTrend, 'nps/fault-report-daily.json'],
      [EventLog, 'eventlogs/running-example.json'],
      [ScoreSeries, 'scores/fr-eta-sms.json'],
      [ScoreSeries, 'scores/fault-report.de.json'],
    ];
    for (const [schema, path] of cases) sameAsZod(schema, await load(path));
  });

  it('gives zod’s output for generated journeys and 2,000 insights', () => {
    sameAsZod(Journey, generateJourney({ stages: 12, lanes: 5, touchpoints: 120, seed: 11 }));
    sameAsZod(LenientInsightList, manyInsights(2000));
  });

  it('drops unknown keys, keeps a present undefined, omits a missing optional key, and copies', () => {
    const S = z.object({ a: z.string(), b: z.optional(z.number()), c: z.optional(z.array(z.int())) });
    const input = { a: 'x', b: undefined, extra: 1, c: [1, 2] };
    const out = safeParse(S, input);
    expect(out.success).to.equal(true);
    const data = out.data as Record<string, unknown>;
    expect(Object.keys(data)).to.deep.equal(['a', 'b', 'c']);
    expect('b' in data).to.equal(true);
    expect(data.c).to.deep.equal([1, 2]);
    expect(data.c).not.to.equal(input.c);
    expect(Object.keys(safeParse(S, { a: 'y' }).data as object)).to.deep.equal(['a']);
    sameAsZod(S, input);
  });

  it('fails exactly where zod fails, with zod’s issues', () => {
    const S = z.object({
      id: z.string().check(z.minLength(1), z.maxLength(3)),
      n: z.int().check(z.minimum(0)),
      share: z.number().check(z.minimum(0), z.maximum(1)),
      when: z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
      kind: z.enum(['a', 'b']),
      list: z.array(z.number()).check(z.length(2)),
      flag: z.optional(z.boolean()),
    });
    const good = { id: 'ab', n: 0, share: 1, when: '2026-02-28', kind: 'a', list: [1, 2] };
    sameAsZod(S, good);
    sameAsZod(S, { ...good, when: '2026-03-01T08:00:00+01:00' });
    const bad: Record<string, unknown>[] = [
      { id: '' }, { id: 'abcd' }, { id: 3 }, { n: -1 }, { n: 1.5 }, { n: 2 ** 60 }, { share: 1.01 }, { share: NaN }, { share: Infinity },
      { when: '2026-02-29' }, { when: '2026-03-01T08:00:00' }, { when: '1.3.2026' }, { kind: 'c' }, { list: [1] }, { list: [1, '2'] },
      { flag: 'yes' }, { list: null },
    ];
    for (const change of bad) sameAsZod(S, { ...good, ...change });
    for (const input of [null, [], 'x', 1, undefined, { ...good, id: undefined }]) sameAsZod(S, input);
  });

  it('takes the fast path for the kit’s resources', () => {
    const fast = { Journey, InsightList, LenientInsightList, ScoreSeries, EventLog, NpsTrend, LenientNpsTrend };
    expect(Object.entries(fast).filter(([, s]) => !hasFastPath(s)).map(([name]) => name)).to.deep.equal([]);
  });

  it('runs refinements on the parsed value and leaves schemas it does not know entirely to zod', () => {
    expect(hasFastPath(z.object({ e: z.email() }))).to.equal(false);
    const columns = (n: number[]) => ({ id: 'j', interval: 'day', series: [{ id: 's', name: 'S', columns: { start: '2026-01-01', promoters: [1, 2], passives: [1, 2], detractors: n } }] });
    sameAsZod(LenientNpsTrend, columns([1, 2]));
    sameAsZod(LenientNpsTrend, columns([1])); // the three arrays must have the same length (a refinement)
    const refined = z.object({ a: z.number().check(z.refine((v) => v % 2 === 0)) });
    sameAsZod(refined, { a: 2 });
    sameAsZod(refined, { a: 3 });
    const email = z.object({ e: z.email() });
    sameAsZod(email, { e: 'a@b.de' });
    sameAsZod(email, { e: 'not an address' });
  });
});
