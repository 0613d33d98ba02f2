import { expect } from '@open-wc/testing';
import { ResourceIndex } from '../../src/data/openapi-schemas.js';
import {
  EventLog, InsightList, Journey, JourneyIndex, type NpsCounts, NpsTrend, ScoreSeries,
} from '../../src/data/schemas/index.js';
import { formatPath } from '../../src/data/validate.js';
import type { z } from '../../src/data/zod.js';

const BASE = '/demo/api/v1/';

async function get<T>(schema: z.ZodMiniType<T>, path: string): Promise<T> {
  const res = await fetch(BASE + path);
  expect(res.status, path).to.equal(200);
  const body: unknown = await res.json();
  const r = schema.safeParse(body);
  const issue = r.success ? '' : `${formatPath(r.error.issues[0].path)} ${r.error.issues[0].code}`;
  expect(r.success, `${path}: ${issue}`).to.equal(true);
  return r.data as T;
}

const both = (path: string) => [`${path}.json`, `${path}.de.json`];
const add = (a: NpsCounts, b: NpsCounts): NpsCounts => ({
  promoters: a.promoters + b.promoters,
  passives: a.passives + b.passives,
  detractors: a.detractors + b.detractors,
});
const ZERO: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };

describe('sample data under demo/api/v1 (npm run gen:data)', () => {
  it('every journey file (en + de) validates and is coherent', async () => {
    const index = await get(JourneyIndex, 'journeys/index.json');
    await get(JourneyIndex, 'journeys/index.de.json');
    expect(index.items.map((i) => i.id)).to.include.members(['move-in', 'fault-report', 'receipt']);
    for (const { id } of index.items) {
      const [en, de] = await Promise.all(both(`journeys/${id}`).map((p) => get(Journey, p)));
      expect(en.stages.length, id).to.be.within(5, 8);
      expect(en.touchpoints.length, id).to.be.within(20, 40);
      const stages = new Set(en.stages.map((s) => s.id));
      const lanes = new Set(en.lanes.map((l) => l.id));
      const tps = new Set(en.touchpoints.map((t) => t.id));
      for (const t of en.touchpoints) {
        expect(stages.has(t.stageId), t.id).to.equal(true);
        expect(lanes.has(t.laneId), t.id).to.equal(true);
      }
      for (const tr of en.transitions ?? []) {
        expect(tps.has(tr.from) && tps.has(tr.to), `${tr.from}→${tr.to}`).to.equal(true);
        expect(tr.from, 'no transition from a touchpoint to itself').to.not.equal(tr.to);
      }
      // Same figures in both languages, different text.
      expect(de.touchpoints.map((t) => t.voc?.nps)).to.deep.equal(en.touchpoints.map((t) => t.voc?.nps));
      expect(de.transitions).to.deep.equal(en.transitions);
      expect(de.name).to.not.equal(en.name);
    }
  });

  it('move-in and fault-report cover all five lane kinds, pain points, moments that matter and hand-overs', async () => {
    for (const id of ['move-in', 'fault-report']) {
      const j = await get(Journey, `journeys/${id}.json`);
      expect(new Set(j.lanes.map((l) => l.kind)).size, id).to.equal(5);
      expect(j.touchpoints.filter((t) => t.painPoint).length, id).to.be.greaterThan(3);
      expect(j.touchpoints.some((t) => t.momentThatMatters), id).to.equal(true);
      expect(j.touchpoints.some((t) => t.audit), id).to.equal(true);
      expect((j.transitions ?? []).some((t) => t.handover && t.waitingHours !== undefined), id).to.equal(true);
      // The emotion dips at the pain points: their mean emotion is below the others'.
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const withEmotion = j.touchpoints.filter((t) => t.emotion !== undefined);
      expect(mean(withEmotion.filter((t) => t.painPoint).map((t) => t.emotion!))).to.be.lessThan(mean(withEmotion.filter((t) => !t.painPoint).map((t) => t.emotion!)));
    }
  });

  it('the receipt journey carries the real figures of receipt.csv', async () => {
    const j = await get(Journey, 'journeys/receipt.json');
    const intake = j.touchpoints.find((t) => t.id === 'rc-confirmation-of-receipt')!;
    // `grep -c ",Confirmation of receipt," receipt.csv` → 1434 events (one per case);
    // `grep -c "T05 Print and send confirmation of receipt" receipt.csv` → 1300.
    expect(intake.process?.volume).to.equal(1434);
    expect(j.touchpoints.find((t) => t.id === 'rc-t05-print-and-send-confirmation-of-receipt')!.process?.volume).to.equal(1300);
    expect(j.description).to.match(/SYNTHESIZED/);
  });

  it('every score series validates; touchpoint series match the journeys (last 3 months = the journey period)', async () => {
    const index = await get(ResourceIndex, 'scores/index.json');
    await get(ResourceIndex, 'scores/index.de.json');
    const journeys = new Map<string, Journey>();
    for (const item of index.items) {
      const [en] = await Promise.all(both(`scores/${item.id}`).map((p) => get(ScoreSeries, p)));
      expect(en.periods).to.have.length(24);
      if (!item.touchpointId) continue;
      const j = journeys.get(item.journeyId!) ?? (await get(Journey, `journeys/${item.journeyId}.json`));
      journeys.set(j.id, j);
      const tp = j.touchpoints.find((t) => t.id === item.touchpointId)!;
      const last3 = en.periods.slice(-3).reduce((a, p) => add(a, p.nps!), ZERO);
      expect(tp.voc?.nps, item.id).to.deep.equal(last3);
    }
  });

  it('every NPS trend validates; touchpoint series match the journey; monthly = sum of daily', async () => {
    const index = await get(ResourceIndex, 'nps/index.json');
    await get(ResourceIndex, 'nps/index.de.json');
    for (const item of index.items) for (const p of both(`nps/${item.id}`)) await get(NpsTrend, p);
    const tps = await get(NpsTrend, 'nps/move-in-touchpoints.json');
    expect(tps.series).to.have.length(8);
    const journey = await get(Journey, 'journeys/move-in.json');
    for (const s of tps.series) {
      const last3 = s.points.slice(-3).reduce((a, p) => add(a, p), ZERO);
      expect(journey.touchpoints.find((t) => t.id === s.id)?.voc?.nps, s.id).to.deep.equal(last3);
    }
    const daily = await get(NpsTrend, 'nps/fault-report-daily.json');
    const monthly = await get(NpsTrend, 'nps/fault-report.json');
    expect(daily.series[0].points).to.have.length(730);
    for (const s of monthly.series) {
      const d = daily.series.find((x) => x.id === s.id)!;
      for (const p of s.points) {
        const month = p.date.slice(0, 7);
        const sum = d.points.filter((x) => x.date.startsWith(month)).reduce((a, x) => add(a, x), ZERO);
        expect({ promoters: p.promoters, passives: p.passives, detractors: p.detractors }, `${s.id} ${month}`).to.deep.equal(sum);
      }
    }
  });

  it('insights validate, are editable, use every status and kind, and link to existing touchpoints', async () => {
    const [en] = await Promise.all(['insights.json', 'insights.de.json'].map((p) => get(InsightList, p)));
    expect(en.editable).to.equal(true);
    expect(en.items.length).to.be.within(35, 45);
    expect(new Set(en.items.map((i) => i.status)).size).to.equal(5);
    expect(new Set(en.items.map((i) => i.kind)).size).to.equal(4);
    const ids = new Set<string>();
    for (const id of ['move-in', 'fault-report', 'receipt']) (await get(Journey, `journeys/${id}.json`)).touchpoints.forEach((t) => ids.add(t.id));
    for (const i of en.items) {
      for (const t of i.touchpointIds ?? []) expect(ids.has(t), `${i.id} → ${t}`).to.equal(true);
      expect(i.version, i.id).to.equal(i.history?.length);
      expect(i.history?.[i.history.length - 1].status, i.id).to.equal(i.status);
    }
  });

  it('event logs validate with exact timestamps', async () => {
    const index = await get(ResourceIndex, 'eventlogs/index.json');
    expect(index.items.map((i) => i.id)).to.deep.equal(['receipt', 'running-example']);
    const running = await get(EventLog, 'eventlogs/running-example.json');
    expect(running.events).to.have.length(42);
    expect(running.events[41]['time:timestamp']).to.equal('2011-01-12T15:44:00+01:00');
    const receipt = await get(EventLog, 'eventlogs/receipt.json');
    // receipt.csv: 8,578 lines = header + 8,577 events; row 1 at 2011-10-11 13:45:40.276000+02:00.
    expect(receipt.events).to.have.length(8577);
    expect(receipt.events[0]['time:timestamp']).to.equal('2011-10-11T13:45:40.276000+02:00');
  });
});
