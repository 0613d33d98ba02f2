import type {
  Journey, NpsCounts, NpsTrend, ScoreSeries, SegmentFigures, Touchpoint, Transition, Voc,
} from '../../src/data/schemas/index.js';
import { days, months, monthLabel, MONTHS, PERIOD_MONTHS, periodMonths } from './calendar.js';
import type { InsightDef } from './insights.js';
import type { JourneyModel, MonthFigures } from './model.js';
import type { Rng } from './rng.js';
import { BASE_SEGMENTS } from './segments.js';
import { type Lang, tr, type TouchpointDef } from './types.js';
import { addCounts, addNps, sentimentOf } from './voc.js';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const ZERO: MonthFigures = { nps: { promoters: 0, passives: 0, detractors: 0 }, csat: { counts: [0, 0, 0, 0, 0] }, ces: { counts: [0, 0, 0, 0, 0, 0, 0] } };

function sum(list: readonly MonthFigures[]): MonthFigures {
  return list.reduce((a, b) => ({ nps: addNps(a.nps, b.nps), csat: addCounts(a.csat, b.csat), ces: addCounts(a.ces, b.ces) }), ZERO);
}

/** The all-customer figures of one touchpoint per month: private + business. */
export function touchpointMonths(model: JourneyModel, id: string): MonthFigures[] | undefined {
  const bySeg = model.touchpointVoc.get(id);
  if (!bySeg) return undefined;
  return months.map((_, i) => sum(BASE_SEGMENTS.map((s) => bySeg.get(s.id)![i])));
}

/** The journey-level figures per month for all customers. */
export function journeyMonths(model: JourneyModel): MonthFigures[] {
  return months.map((_, i) => sum(BASE_SEGMENTS.map((s) => model.journeyMonthly.get(s.id)![i])));
}

const lastPeriod = <T>(list: readonly T[]) => list.slice(MONTHS - PERIOD_MONTHS);

/** Verbatim dates are fixed per touchpoint so both languages match. */
function verbatimDate(rng: Rng, monthsAgo: number): string {
  const m = months[MONTHS - 1 - monthsAgo];
  return `${m.start.slice(0, 8)}${String(1 + Math.floor(rng.next() * (m.days - 1))).padStart(2, '0')}`;
}

export interface RenderExtras {
  /** Precomputed (real) process figures by touchpoint. */
  process?: Map<string, NonNullable<Touchpoint['process']>>;
  transitions?: Transition[];
  period?: { start: string; end: string };
  /** Verbatim dates drawn once, by touchpoint id and index. */
  verbatimDates: Map<string, string[]>;
}

export function drawVerbatimDates(model: JourneyModel, rng: Rng): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const tp of model.def.touchpoints) if (tp.verbatims) out.set(tp.id, tp.verbatims.map((v) => verbatimDate(rng, v.monthsAgo)));
  return out;
}

function vocOf(figures: readonly MonthFigures[], tp: TouchpointDef, lang: Lang, dates: string[] | undefined): Voc {
  const total = sum(lastPeriod(figures));
  const voc: Voc = { nps: total.nps, csat: total.csat, ces: total.ces, sentiment: sentimentOf(total.nps) };
  if (tp.verbatims?.length) {
    voc.verbatims = tp.verbatims.map((v, i) => ({ text: tr(v.text, lang), score: v.score, date: dates![i], ...(v.channel ? { channel: v.channel } : {}) }));
  }
  return voc;
}

function processOf(model: JourneyModel, tp: TouchpointDef, share = 1): NonNullable<Touchpoint['process']> {
  const volume = lastPeriod(model.touchpointVolume.get(tp.id)!).reduce((a, b) => a + b, 0);
  const p: NonNullable<Touchpoint['process']> = { volume: Math.round(volume * share) };
  if (tp.dropOff !== undefined) p.dropOff = tp.dropOff;
  if (tp.slaHours !== undefined) p.slaHours = tp.slaHours;
  if (tp.slaBreach !== undefined) p.slaBreachShare = tp.slaBreach;
  return p;
}

function emotionFor(tp: TouchpointDef, offset: number): number {
  return Math.max(-2, Math.min(2, round(tp.emotion + offset / 20, 1)));
}

export function renderJourney(model: JourneyModel, lang: Lang, insights: readonly InsightDef[], extras: RenderExtras): Journey {
  const { def } = model;
  const lane = new Map(def.lanes.map((l) => [l.id, l]));
  const mine = insights.filter((i) => i.journey === def.id);
  const touchpoints: Touchpoint[] = def.touchpoints.map((tp) => {
    const t: Touchpoint = { id: tp.id, stageId: tp.stage, laneId: tp.lane, name: tr(tp.name, lang) };
    if (tp.description) t.description = tr(tp.description, lang);
    t.channel = tp.channel;
    t.owner = tr(tp.owner, lang);
    const figures = touchpointMonths(model, tp.id);
    if (figures) t.emotion = tp.emotion;
    if (tp.expectation) t.expectation = tr(tp.expectation, lang);
    if (tp.mtm) t.momentThatMatters = true;
    if (tp.pain) t.painPoint = tr(tp.pain, lang);
    if (figures) t.voc = vocOf(figures, tp, lang, extras.verbatimDates.get(tp.id));
    t.process = extras.process?.get(tp.id) ?? processOf(model, tp);
    if (tp.target) t.target = { metric: 'nps', value: tp.target.value, ...(tp.target.warnBelow !== undefined ? { warnBelow: tp.target.warnBelow } : {}) };
    if (tp.audit) t.audit = { metric: 'nps', value: tp.audit.value, date: '2026-09-15', note: tr(tp.audit.note, lang) };
    const bySeg = model.touchpointVoc.get(tp.id);
    if (bySeg) {
      t.segments = model.segments.map((seg): SegmentFigures => {
        const f = sum(lastPeriod(bySeg.get(seg.id)!));
        const share = seg.kind === 'persona' ? BASE_SEGMENTS[0].share * seg.share : seg.share;
        const offset = (seg.offset[tp.channel] ?? seg.offset['*'] ?? 0) + (seg.touchpoint?.[tp.id] ?? 0);
        const base = extras.process?.get(tp.id) ?? processOf(model, tp);
        return {
          segmentId: seg.id,
          voc: { nps: f.nps, csat: f.csat, ces: f.ces },
          process: { ...base, volume: Math.round((base.volume ?? 0) * share) },
          emotion: emotionFor(tp, offset),
        };
      });
    }
    const ids = mine.filter((i) => i.touchpoints.includes(tp.id)).map((i) => i.id);
    if (ids.length) t.insightIds = ids;
    return t;
  });
  const transitions: Transition[] =
    extras.transitions ??
    def.steps.map((s) => {
      const from = def.touchpoints.find((t) => t.id === s.from)!;
      const to = def.touchpoints.find((t) => t.id === s.to)!;
      const fromVolume = lastPeriod(model.touchpointVolume.get(s.from)!).reduce((a, b) => a + b, 0);
      const handover = from.owner[0] !== to.owner[0] && lane.get(from.lane)!.kind !== 'customer' && lane.get(to.lane)!.kind !== 'customer';
      const tr0: Transition = { from: s.from, to: s.to, volume: Math.round(fromVolume * s.share), medianHours: s.median, p90Hours: s.p90, handover };
      if (handover && s.waiting !== undefined) tr0.waitingHours = s.waiting;
      return tr0;
    });
  return {
    id: def.id,
    name: tr(def.name, lang),
    description: tr(def.description, lang),
    period: extras.period ?? { start: periodMonths[0].start, end: periodMonths[periodMonths.length - 1].end },
    stages: def.stages.map((s) => ({ id: s.id, name: tr(s.name, lang), ...(s.description ? { description: tr(s.description, lang) } : {}) })),
    lanes: def.lanes.map((l) => ({ id: l.id, name: tr(l.name, lang), kind: l.kind })),
    touchpoints,
    transitions,
    segments: model.segments.map((s) => ({ id: s.id, name: tr(s.name, lang), kind: s.kind, description: tr(s.description, lang) })),
    insights: mine.map((i) => ({ id: i.id, title: tr(i.title, lang), status: i.status })),
  };
}

function periods(figures: readonly MonthFigures[], lang: Lang): ScoreSeries['periods'] {
  return months.map((m, i) => ({ start: m.start, end: m.end, label: monthLabel(m, lang), nps: figures[i].nps, csat: figures[i].csat, ces: figures[i].ces }));
}

export function renderTouchpointScore(model: JourneyModel, tp: TouchpointDef, lang: Lang): ScoreSeries {
  const s: ScoreSeries = {
    id: tp.id,
    name: tr(tp.name, lang),
    touchpointId: tp.id,
    journeyId: model.def.id,
    periods: periods(touchpointMonths(model, tp.id)!, lang),
    targets: [
      { metric: 'nps', value: tp.target?.value ?? 20, ...(tp.target?.warnBelow !== undefined ? { warnBelow: tp.target.warnBelow } : {}) },
      { metric: 'csat', value: 3.8, warnBelow: 4 },
      { metric: 'ces', value: 5, warnBelow: 5.3 },
    ],
  };
  if (tp.audit) s.audits = [{ metric: 'nps', value: tp.audit.value, date: '2026-09-15', note: tr(tp.audit.note, lang) }];
  return s;
}

export function renderJourneyScore(model: JourneyModel, lang: Lang): ScoreSeries {
  const { def } = model;
  return {
    id: def.id,
    name: tr(def.name, lang),
    journeyId: def.id,
    periods: periods(journeyMonths(model), lang),
    targets: [
      { metric: 'nps', value: def.target, warnBelow: def.target + 5 },
      { metric: 'csat', value: 3.8, warnBelow: 4 },
      { metric: 'ces', value: 5, warnBelow: 5.3 },
    ],
  };
}

const ALL: [string, string] = ['All customers', 'Alle Kunden'];

function annotations(model: JourneyModel, lang: Lang): NpsTrend['annotations'] {
  return model.def.annotations.map((a) => ({ date: a.date, label: tr(a.label, lang), ...(a.description ? { description: tr(a.description, lang) } : {}) }));
}

/** The journey NPS by segment per month (all, private, business). */
export function renderJourneyNps(model: JourneyModel, lang: Lang): NpsTrend {
  const { def } = model;
  const total = journeyMonths(model);
  const point = (i: number, c: NpsCounts) => ({ date: months[i].start, ...c });
  return {
    id: def.id,
    name: `${tr(def.name, lang)} – NPS`,
    interval: 'month',
    target: def.target,
    benchmark: { value: def.benchmark.value, label: tr(def.benchmark.label, lang) },
    annotations: annotations(model, lang),
    series: [
      { id: `${def.id}-all`, name: tr(ALL, lang), includes: BASE_SEGMENTS.map((s) => `${def.id}-${s.id}`), points: total.map((f, i) => point(i, f.nps)) },
      ...BASE_SEGMENTS.map((s) => ({
        id: `${def.id}-${s.id}`,
        name: tr(s.name, lang),
        points: model.journeyMonthly.get(s.id)!.map((f, i) => point(i, f.nps)),
      })),
    ],
  };
}

/** The same journey NPS per day (two years) for the day/week demo. */
export function renderJourneyNpsDaily(model: JourneyModel, lang: Lang): NpsTrend {
  const { def } = model;
  const seg = BASE_SEGMENTS.map((s) => model.journeyDaily.get(s.id)!);
  return {
    id: `${def.id}-daily`,
    name: `${tr(def.name, lang)} – ${lang === 'en' ? 'NPS per day' : 'NPS pro Tag'}`,
    interval: 'day',
    target: def.target,
    benchmark: { value: def.benchmark.value, label: tr(def.benchmark.label, lang) },
    annotations: annotations(model, lang),
    series: [
      { id: `${def.id}-all`, name: tr(ALL, lang), includes: BASE_SEGMENTS.map((s) => `${def.id}-${s.id}`), points: days.map((d, i) => ({ date: d.date, ...seg.reduce((a, s) => addNps(a, s[i]), { promoters: 0, passives: 0, detractors: 0 }) })) },
      ...BASE_SEGMENTS.map((s, k) => ({ id: `${def.id}-${s.id}`, name: tr(s.name, lang), points: days.map((d, i) => ({ date: d.date, ...seg[k][i] })) })),
    ],
  };
}

/** Up to eight touchpoints of a journey as NPS series (series id = touchpoint id). */
export function renderTouchpointNps(model: JourneyModel, ids: readonly string[], lang: Lang): NpsTrend {
  const { def } = model;
  return {
    id: `${def.id}-touchpoints`,
    name: `${tr(def.name, lang)} – ${lang === 'en' ? 'NPS by touchpoint' : 'NPS nach Touchpoint'}`,
    interval: 'month',
    target: def.target,
    benchmark: { value: def.benchmark.value, label: tr(def.benchmark.label, lang) },
    annotations: annotations(model, lang),
    series: ids.map((id) => {
      const tp = def.touchpoints.find((t) => t.id === id)!;
      return { id, name: tr(tp.name, lang), points: touchpointMonths(model, id)!.map((f, i) => ({ date: months[i].start, ...f.nps })) };
    }),
  };
}

export { round };
