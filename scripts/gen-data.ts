/**
 * Writes the demo data set under demo/api/v1/ (English `<id>.json`, German `<id>.de.json`).
 * Deterministic: one seeded PRNG, no clock. Every file is validated against its zod
 * schema and cross-checked (ids, references) before anything is written; any
 * problem stops the run with a non-zero exit code.
 *
 *   npx tsx scripts/gen-data.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { groupCases, parseCsvRecords, recordsToEvents } from '../src/analytics/index.js';
import { ResourceIndex } from '../src/data/openapi-schemas.js';
import {
  EventLog, InsightList, Journey, JourneyIndex, NpsTrend, ScoreSeries,
} from '../src/data/schemas/index.js';
import type { ResourceIndex as ResourceIndexT } from '../src/data/openapi-schemas.js';
import { formatPath } from '../src/data/validate.js';
import type { z } from '../src/data/zod.js';
import { faultReport } from './data/fault-report.js';
import { drawHistory, renderInsight } from './data/history.js';
import { INSIGHTS } from './data/insights.js';
import { buildModel, type JourneyModel } from './data/model.js';
import { moveIn } from './data/move-in.js';
import { receiptJourney } from './data/receipt.js';
import {
  drawVerbatimDates, renderJourney, renderJourneyNps, renderJourneyNpsDaily, renderJourneyScore, renderTouchpointNps,
  renderTouchpointScore, type RenderExtras,
} from './data/render.js';
import { Rng } from './data/rng.js';
import { type Lang, tr } from './data/types.js';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'demo/api/v1');
const LOGS = join(root, '../shared/data/eventlogs');
const LANGS: Lang[] = ['en', 'de'];

const problems: string[] = [];
const files = new Map<string, string>();

function check<T>(schema: z.ZodMiniType<T>, value: unknown, file: string): void {
  const r = schema.safeParse(value);
  if (!r.success) for (const issue of r.error.issues.slice(0, 10)) problems.push(`${file}: ${formatPath(issue.path)}: ${issue.code} ${issue.message}`);
}

function put<T>(schema: z.ZodMiniType<T>, path: string, value: T, compact = false): void {
  check(schema, value, path);
  files.set(path, `${compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`);
}

const ext = (lang: Lang) => (lang === 'en' ? '.json' : '.de.json');

// ---- event logs (real) ------------------------------------------------------
function readLog(file: string) {
  const { events, skipped } = recordsToEvents(parseCsvRecords(readFileSync(join(LOGS, file), 'utf8')));
  if (skipped.length) problems.push(`${file}: ${skipped.length} rows skipped (${skipped[0].reason})`);
  return events;
}
const receiptEvents = readLog('receipt.csv');
const runningEvents = readLog('running-example.csv');
put(EventLog, 'eventlogs/receipt.json', {
  id: 'receipt',
  name: 'BPIC 2012 permit applications – receipt phase (Dutch municipality)',
  events: receiptEvents,
}, true);
put(EventLog, 'eventlogs/running-example.json', {
  id: 'running-example',
  name: 'Running example: compensation requests (van der Aalst, Process Mining)',
  events: runningEvents,
});
put(ResourceIndex, 'eventlogs/index.json', {
  items: [
    { id: 'receipt', name: 'BPIC 2012 permit applications – receipt phase', journeyId: 'receipt', href: 'receipt.json' },
    { id: 'running-example', name: 'Running example: compensation requests', href: 'running-example.json' },
  ],
});

// ---- models: one PRNG, drawn in a fixed order --------------------------------
const rng = new Rng(20261124);
const receipt = receiptJourney(groupCases(receiptEvents));
const defs = [moveIn, faultReport, receipt.def];
const models: JourneyModel[] = defs.map((d) => buildModel(d, rng));
const extras: RenderExtras[] = models.map((m) => ({ verbatimDates: drawVerbatimDates(m, rng) }));
extras[2] = { ...extras[2], process: receipt.process, transitions: receipt.transitions, period: receipt.period };
const histories = new Map(INSIGHTS.map((i) => [i.id, drawHistory(i, rng)]));

/** Key touchpoints with their own score series and live answers. */
const KEY_TOUCHPOINTS = ['mi-contract-confirm', 'mi-meter-submit', 'mi-app-register', 'mi-first-bill', 'fr-hotline-agent', 'fr-eta-sms', 'rc-t05-print-and-send-confirmation-of-receipt'];
const MOVE_IN_SERIES = ['mi-signup-online', 'mi-contract-confirm', 'mi-meter-submit', 'mi-welcome-letter', 'mi-app-register', 'mi-first-bill', 'mi-bill-hotline', 'mi-instalment'];

const stageOfTouchpoint = new Map(defs.flatMap((d) => d.touchpoints.map((t) => [t.id, t.stage] as const)));

for (const lang of LANGS) {
  const e = ext(lang);
  // journeys
  const journeys = models.map((m, i) => renderJourney(m, lang, INSIGHTS, extras[i]));
  for (const j of journeys) put(Journey, `journeys/${j.id}${e}`, j);
  put(JourneyIndex, `journeys/index${e}`, {
    items: journeys.map((j) => ({ id: j.id, name: j.name, description: j.description, href: `${j.id}${e}` })),
  });
  // scores
  const scoreIndex: ResourceIndex['items'] = [];
  for (const m of models) {
    const s = renderJourneyScore(m, lang);
    put(ScoreSeries, `scores/${s.id}${e}`, s);
    scoreIndex.push({ id: s.id, name: s.name, journeyId: m.def.id, href: `${s.id}${e}` });
  }
  for (const id of KEY_TOUCHPOINTS) {
    const m = models.find((x) => x.def.touchpoints.some((t) => t.id === id))!;
    const s = renderTouchpointScore(m, m.def.touchpoints.find((t) => t.id === id)!, lang);
    put(ScoreSeries, `scores/${s.id}${e}`, s);
    scoreIndex.push({ id: s.id, name: s.name, journeyId: m.def.id, touchpointId: id, href: `${s.id}${e}` });
  }
  put(ResourceIndex, `scores/index${e}`, { items: scoreIndex });
  // nps
  const npsIndex: ResourceIndex['items'] = [];
  const addNps = (t: NpsTrend, journeyId: string) => {
    put(NpsTrend, `nps/${t.id}${e}`, t, t.interval === 'day');
    npsIndex.push({ id: t.id, name: t.name, journeyId, interval: t.interval, href: `${t.id}${e}` });
  };
  for (const m of models) addNps(renderJourneyNps(m, lang), m.def.id);
  addNps(renderTouchpointNps(models[0], MOVE_IN_SERIES, lang), 'move-in');
  addNps(renderJourneyNpsDaily(models[1], lang), 'fault-report');
  put(ResourceIndex, `nps/index${e}`, { items: npsIndex });
  // insights
  put(InsightList, `insights${e}`, {
    items: INSIGHTS.map((i) => renderInsight(i, histories.get(i.id)!, lang, (tp) => stageOfTouchpoint.get(tp))),
    scales: {
      difficulty: { min: 1, max: 5, step: 0.5, label: lang === 'en' ? 'Difficulty (effort)' : 'Schwierigkeit (Aufwand)' },
      impact: { min: 1, max: 5, step: 0.5, label: lang === 'en' ? 'Impact on customers' : 'Wirkung für Kunden' },
    },
    editable: true,
  });
  // cross-checks
  for (const j of journeys) {
    const stages = new Set(j.stages.map((s) => s.id));
    const lanes = new Set(j.lanes.map((l) => l.id));
    const tps = new Set(j.touchpoints.map((t) => t.id));
    if (j.stages.length < 5 || j.stages.length > 8) problems.push(`${j.id}: ${j.stages.length} stages`);
    if (j.touchpoints.length < 20 || j.touchpoints.length > 40) problems.push(`${j.id}: ${j.touchpoints.length} touchpoints`);
    if (tps.size !== j.touchpoints.length) problems.push(`${j.id}: duplicate touchpoint ids`);
    for (const t of j.touchpoints) {
      if (!stages.has(t.stageId)) problems.push(`${j.id}/${t.id}: unknown stage ${t.stageId}`);
      if (!lanes.has(t.laneId)) problems.push(`${j.id}/${t.id}: unknown lane ${t.laneId}`);
    }
    for (const tr0 of j.transitions ?? []) {
      if (!tps.has(tr0.from) || !tps.has(tr0.to)) problems.push(`${j.id}: transition ${tr0.from} → ${tr0.to} unknown`);
      if (tr0.from === tr0.to) problems.push(`${j.id}: transition ${tr0.from} → itself`);
    }
  }
  for (const i of INSIGHTS) for (const tp of i.touchpoints) if (!stageOfTouchpoint.has(tp)) problems.push(`${i.id}: unknown touchpoint ${tp}`);
}

// ---- examples for the OpenAPI document: small excerpts of the English files ----
const read = <T>(path: string): T => JSON.parse(files.get(path)!) as T;
const journey = read<Journey>('journeys/move-in.json');
const excerptTps = journey.touchpoints.filter((t) => t.id === 'mi-first-bill' || t.id === 'mi-bill-run');
const examples = {
  JourneyIndex: read<JourneyIndex>('journeys/index.json'),
  Journey: {
    ...journey,
    stages: journey.stages.filter((s) => s.id === 'mi-firstbill'),
    lanes: journey.lanes.filter((l) => excerptTps.some((t) => t.laneId === l.id)),
    touchpoints: excerptTps.map((t) => ({ ...t, segments: t.segments?.slice(0, 1), voc: t.voc && { ...t.voc, verbatims: t.voc.verbatims?.slice(0, 1) } })),
    transitions: journey.transitions?.filter((t) => t.from === 'mi-bill-run' && t.to === 'mi-first-bill'),
    segments: journey.segments?.slice(0, 2),
    insights: journey.insights?.filter((i) => excerptTps.some((t) => t.insightIds?.includes(i.id))),
  },
  ScoreIndex: { items: read<ResourceIndexT>('scores/index.json').items.slice(0, 4) },
  ScoreSeries: (() => {
    const s = read<ScoreSeries>('scores/mi-first-bill.json');
    return { ...s, periods: s.periods.slice(-2) };
  })(),
  NpsIndex: read<ResourceIndexT>('nps/index.json'),
  NpsTrend: (() => {
    const n = read<NpsTrend>('nps/move-in.json');
    return { ...n, annotations: n.annotations?.slice(0, 1), series: n.series.slice(1, 3).map((x) => ({ ...x, points: x.points.slice(-3) })) };
  })(),
  InsightList: (() => {
    const l = read<InsightList>('insights.json');
    return { ...l, items: l.items.slice(0, 2) };
  })(),
  InsightPatch: { status: 'in-progress', impact: 4.5, version: 2 },
  Insight: (() => {
    const i = read<InsightList>('insights.json').items.find((x) => x.id === 'ins-002')!;
    return { ...i, status: 'in-progress', impact: 4.5, version: 3, updatedAt: '2026-11-24T09:30:00+01:00', history: [...(i.history ?? []), { status: 'in-progress', date: '2026-11-24T09:30:00+01:00' }] };
  })(),
  EventLogIndex: read<ResourceIndexT>('eventlogs/index.json'),
  EventLog: (() => {
    const l = read<EventLog>('eventlogs/running-example.json');
    return { ...l, events: l.events.filter((e) => e['case:concept:name'] === '2') };
  })(),
  FeedbackBatch: {
    items: [
      { id: '41', time: '2026-11-24T09:14:57.000Z', journeyId: 'move-in', touchpointId: 'mi-first-bill', seriesId: 'move-in-private', score: 3, text: 'Back-payment of € 412 after six weeks – why?' },
      { id: '42', time: '2026-11-24T09:15:00.000Z', journeyId: 'fault-report', touchpointId: 'fr-eta-sms', seriesId: 'fault-report-business', score: 9 },
    ],
  },
  NotFound: { error: 'No insight with id "ins-999".' },
  Invalid: { error: 'The body is no valid InsightPatch.', issues: [{ path: 'status', message: 'expected one of "new", "planned", "in-progress", "done", "rejected"' }] },
  Conflict: { error: 'Version 1 is stale; the insight is at version 2.', current: read<InsightList>('insights.json').items.find((x) => x.id === 'ins-002')! },
};
const examplesTs = `// Generated by scripts/gen-data.ts from the demo data – do not edit.\n// Excerpts of demo/api/v1 used as examples in the OpenAPI document (src/data/openapi.ts).\n\nexport const EXAMPLES = ${JSON.stringify(examples, null, 2)} as const;\n`;

if (problems.length) {
  console.error(`gen-data: ${problems.length} problem(s), nothing written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
let bytes = 0;
for (const [path, text] of files) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
  bytes += text.length;
}
writeFileSync(join(root, 'src/data/openapi-examples.ts'), examplesTs);
console.log(`gen-data: ${files.size} files, ${(bytes / 1024).toFixed(0)} KiB under demo/api/v1 (${tr(moveIn.name, 'en')}, ${tr(faultReport.name, 'en')}, receipt log)`);
