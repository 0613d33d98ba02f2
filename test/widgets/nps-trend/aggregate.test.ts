import { expect } from '@open-wc/testing';
import { addAnswer, aggregate, grow, type RawTrend } from '../../../src/widgets/nps-trend/aggregate.js';
import { figuresAt, growFigures, seriesFigures } from '../../../src/widgets/nps-trend/figures.js';
import { isoWeek, monthOfDay, ordinalOf, parseTime, startOf } from '../../../src/widgets/nps-trend/time.js';

const pt = (date: string, promoters: number, passives: number, detractors: number) => ({ date, promoters, passives, detractors });
const trend = (interval: RawTrend['interval'], ...points: ReturnType<typeof pt>[]): RawTrend => ({
  interval,
  series: [{ id: 'a', name: 'A', points }],
});
const counts = (t: ReturnType<typeof aggregate>, s = 0) =>
  Array.from(t.series[s]!.promoters, (p, i) => [p, t.series[s]!.passives[i]!, t.series[s]!.detractors[i]!]);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('nps-trend time (UTC calendar, ISO weeks)', () => {
  it('parses dates and date-times to UTC instants and rejects impossible dates', () => {
    expect(parseTime('2026-03-01')).to.equal(Date.UTC(2026, 2, 1));
    // 00:30 at +02:00 is 22:30 UTC the day before
    expect(parseTime('2026-03-01T00:30:00+02:00')).to.equal(Date.UTC(2026, 1, 28, 22, 30));
    expect(parseTime('2026-02-30')).to.be.NaN;
    expect(parseTime('2026-13-01')).to.be.NaN;
    // 2028 is a leap year, 2100 is not (divisible by 100, not by 400)
    expect(parseTime('2028-02-29')).to.equal(Date.UTC(2028, 1, 29));
    expect(parseTime('2100-02-29')).to.be.NaN;
    // ten characters but not YYYY-MM-DD
    expect(parseTime('2026/03/01')).to.be.NaN;
    expect(parseTime('2026-3-011')).to.be.NaN;
    expect(parseTime('2026-0a-01')).to.be.NaN;
    expect(parseTime('2026-00-10')).to.be.NaN;
  });

  it('numbers ISO weeks by the week-year of their Thursday', () => {
    // 2026-03-01 is a Sunday: the last day of ISO week 9 (Mon 23 Feb – Sun 1 Mar)
    expect(isoWeek(ordinalOf('week', Date.UTC(2026, 2, 1)))).to.deep.equal({ year: 2026, week: 9 });
    expect(isoWeek(ordinalOf('week', Date.UTC(2026, 2, 2)))).to.deep.equal({ year: 2026, week: 10 });
    // 2021-01-03 (Sunday) still belongs to week 53 of 2020; 2027-01-01 (Friday) to week 53 of 2026
    expect(isoWeek(ordinalOf('week', Date.UTC(2021, 0, 3)))).to.deep.equal({ year: 2020, week: 53 });
    expect(isoWeek(ordinalOf('week', Date.UTC(2027, 0, 1)))).to.deep.equal({ year: 2026, week: 53 });
    // weeks start on Monday
    expect(iso(startOf('week', ordinalOf('week', Date.UTC(2026, 2, 1))))).to.equal('2026-02-23');
  });

  it('finds months and quarters by integer arithmetic, leap days included', () => {
    // 2024-02-29 is day 19782 since 1970-01-01 → month ordinal 2024·12 + 1
    expect(monthOfDay(Date.UTC(2024, 1, 29) / 86_400_000)).to.equal(2024 * 12 + 1);
    expect(monthOfDay(Date.UTC(2024, 2, 1) / 86_400_000)).to.equal(2024 * 12 + 2);
    expect(monthOfDay(Date.UTC(1969, 11, 31) / 86_400_000)).to.equal(1969 * 12 + 11);
    expect(ordinalOf('quarter', Date.UTC(2025, 2, 31))).to.equal(2025 * 4 + 0);
    expect(ordinalOf('quarter', Date.UTC(2025, 3, 1))).to.equal(2025 * 4 + 1);
    expect(iso(startOf('quarter', 2025 * 4 + 3))).to.equal('2025-10-01');
  });
});

describe('nps-trend aggregate (from counts, never averaged NPS)', () => {
  it('adds counts of days into a month and computes NPS and MOE from the sums', () => {
    const agg = aggregate(trend('day', pt('2026-01-05', 30, 10, 10), pt('2026-01-20', 10, 20, 120)), 'month');
    expect(agg.interval).to.equal('month');
    expect(agg.length).to.equal(1);
    // 30+10 = 40 promoters, 10+20 = 30 passives, 10+120 = 130 detractors
    expect(counts(agg)).to.deep.equal([[40, 30, 130]]);
    const r = figuresAt(agg.series[0]!, 0)!;
    // n = 200; NPS = (40 − 130) / 200 · 100 = −45 (the mean of the two daily NPS, 40 and −73.3, would be −16.7)
    expect(r.n).to.equal(200);
    expect(r.nps).to.be.closeTo(-45, 1e-9);
    // p = 0.2, d = 0.65: variance = 0.85 − 0.45² = 0.6475; SE = 100·√(0.6475/200) = 5.6899; MOE = 1.96·SE = 11.152
    expect(r.se).to.be.closeTo(5.6899, 1e-4);
    expect(r.moe).to.be.closeTo(11.152, 1e-3);
  });

  it('buckets days into ISO weeks (Sunday closes a week, Monday opens the next)', () => {
    const agg = aggregate(trend('day', pt('2026-03-01', 5, 0, 0), pt('2026-03-02', 0, 0, 7), pt('2026-02-23', 1, 1, 1)), 'week');
    // week 9 (23 Feb – 1 Mar): 5+1 promoters, 1 passive, 1 detractor; week 10: 7 detractors
    expect(agg.length).to.equal(2);
    expect(counts(agg)).to.deep.equal([
      [6, 1, 1],
      [0, 0, 7],
    ]);
    expect(iso(startOf('week', agg.first))).to.equal('2026-02-23');
  });

  it('buckets months into quarters and keeps empty quarters in between as gaps', () => {
    const agg = aggregate(trend('month', pt('2025-01-01', 10, 0, 0), pt('2025-03-01', 0, 10, 0), pt('2025-10-01', 0, 0, 4)), 'quarter');
    // Q1 = Jan + Mar; Q2 and Q3 empty; Q4 = Oct
    expect(counts(agg)).to.deep.equal([
      [10, 10, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 4],
    ]);
    const f = seriesFigures(agg.series[0]!);
    // Q1: (10 − 0)/20 → NPS 50; Q2, Q3 without answers → NaN (drawn as gaps); Q4: −100
    expect(f.nps[0]).to.equal(50);
    expect(f.nps[1]).to.be.NaN;
    expect(f.nps[2]).to.be.NaN;
    expect(f.nps[3]).to.equal(-100);
  });

  it('counts a weekly point in the month of its Monday', () => {
    // week of Mon 30 Mar 2026 – Sun 5 Apr 2026 → March
    const agg = aggregate(trend('week', pt('2026-03-30', 3, 2, 1), pt('2026-04-06', 1, 1, 1)), 'month');
    expect(counts(agg)).to.deep.equal([
      [3, 2, 1],
      [1, 1, 1],
    ]);
  });

  it('never splits into finer periods than delivered', () => {
    const agg = aggregate(trend('month', pt('2026-01-01', 1, 1, 1)), 'day');
    expect(agg.interval).to.equal('month');
  });

  it('gives the same result for unsorted dates', () => {
    const sorted = aggregate(trend('day', pt('2026-01-01', 1, 2, 3), pt('2026-01-02', 4, 5, 6), pt('2026-01-10', 7, 8, 9)), 'week');
    const shuffled = aggregate(trend('day', pt('2026-01-10', 7, 8, 9), pt('2026-01-01', 1, 2, 3), pt('2026-01-02', 4, 5, 6)), 'week');
    expect(counts(shuffled)).to.deep.equal(counts(sorted));
    expect(shuffled.first).to.equal(sorted.first);
    expect(shuffled.problems).to.deep.equal([]);
  });

  it('converts different offsets to UTC before bucketing', () => {
    const agg = aggregate(
      trend(
        'day',
        // 2026-03-01T00:30+02:00 = 2026-02-28T22:30Z → February
        pt('2026-03-01T00:30:00+02:00', 1, 0, 0),
        // 2026-02-28T23:30−01:00 = 2026-03-01T00:30Z → March
        pt('2026-02-28T23:30:00-01:00', 0, 0, 1),
        pt('2026-03-15T12:00:00Z', 0, 1, 0),
      ),
      'month',
    );
    expect(iso(startOf('month', agg.first))).to.equal('2026-02-01');
    expect(counts(agg)).to.deep.equal([
      [1, 0, 0],
      [0, 1, 1],
    ]);
  });

  it('adds duplicate periods and reports them', () => {
    const agg = aggregate(trend('month', pt('2026-01-01', 10, 0, 0), pt('2026-01-01', 0, 0, 10)), undefined);
    expect(counts(agg)).to.deep.equal([[10, 0, 10]]);
    expect(agg.problems).to.have.length(1);
    expect(agg.problems[0]!.path).to.equal('series[0].points[1].date');
    expect(agg.problems[0]!.message).to.contain('more than once');
  });

  it('leaves out points with negative counts and reports them', () => {
    const agg = aggregate(trend('month', pt('2026-01-01', 10, 0, 0), pt('2026-02-01', -3, 5, 5)), undefined);
    expect(counts(agg)).to.deep.equal([[10, 0, 0]]);
    expect(agg.problems.map((p) => [p.path, p.message, p.code])).to.deep.equal([['series[0].points[1]', 'negative counts; the point was left out', 'problem.negative']]);
  });

  it('leaves out a point with more answers than 32-bit counts hold and reports it, instead of a wrapped-around count', () => {
    // 3,000,000,000 promoters would wrap to −1,294,967,296 in an Int32Array and read as "no answers"
    const agg = aggregate(trend('month', pt('2026-01-01', 10, 5, 5), pt('2026-02-01', 3_000_000_000, 100, 5), pt('2026-03-01', 50, 30, 20)), undefined);
    expect(counts(agg)).to.deep.equal([
      [10, 5, 5],
      [0, 0, 0],
      [50, 30, 20],
    ]);
    expect(agg.problems.map((p) => p.path)).to.deep.equal(['series[0].points[1]']);
    expect(agg.problems[0]!.message).to.contain('left out');
    // February is marked as left out (the tooltip and the table say its counts were invalid)
    expect(agg.series[0]!.leftOut?.has(agg.first + 1)).to.equal(true);
  });

  it('keeps periods with n = 0 as gaps (no NaN stored in the counts)', () => {
    const agg = aggregate(trend('month', pt('2026-01-01', 1, 0, 0), pt('2026-02-01', 0, 0, 0), pt('2026-03-01', 0, 0, 1)), undefined);
    expect(counts(agg)).to.deep.equal([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 1],
    ]);
    expect(figuresAt(agg.series[0]!, 1)).to.equal(undefined);
  });

  it('aligns series with different extents on one axis; a series without data stays empty', () => {
    const agg = aggregate(
      {
        interval: 'month',
        series: [
          { id: 'a', name: 'A', points: [pt('2026-01-01', 1, 0, 0)] },
          { id: 'b', name: 'B', points: [pt('2026-03-01', 0, 1, 0)] },
          { id: 'c', name: 'C', points: [] },
        ],
      },
      undefined,
    );
    expect(agg.length).to.equal(3);
    expect(counts(agg, 0)).to.deep.equal([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(counts(agg, 1)[2]).to.deep.equal([0, 1, 0]);
    expect(agg.series[2]!.hasData).to.equal(false);
  });

  it('reads the compact columnar form (consecutive periods from start; all-zero = gap)', () => {
    const agg = aggregate(
      {
        interval: 'day',
        series: [{ id: 'a', name: 'A', points: [], columns: { start: '2026-01-30', promoters: [1, 2, 0, 4], passives: [0, 0, 0, 1], detractors: [1, 0, 0, 0] } }],
      },
      'month',
    );
    // 30 + 31 Jan → January: 1+2 promoters, 0 passives, 1 detractor; 1 Feb empty; 2 Feb → 4, 1, 0
    expect(counts(agg)).to.deep.equal([
      [3, 0, 1],
      [4, 1, 0],
    ]);
  });

  it('reads columns that are the whole axis without copying them, and never writes into them', () => {
    const columns = { start: '2026-01-01', promoters: [1, 2, 0], passives: [0, 1, 0], detractors: [3, 0, 0] };
    const agg = aggregate({ interval: 'day', series: [{ id: 'a', name: 'A', points: [], columns }] }, undefined);
    // 1, 2 and 3 January; 3 January had no answers (0 + 0 + 0) and is a gap
    expect(counts(agg)).to.deep.equal([
      [1, 0, 3],
      [2, 1, 0],
      [0, 0, 0],
    ]);
    expect(agg.series[0]!.hasData).to.equal(true);
    // a live 10 on 2 January: promoters there 2 → 3 in the widget; the delivered array stays [1, 2, 0]
    expect(addAnswer(agg, { series: 0, time: Date.UTC(2026, 0, 2, 12), score: 10 })).to.equal(1);
    expect(counts(agg)[1]).to.deep.equal([3, 1, 0]);
    expect(columns.promoters).to.deep.equal([1, 2, 0]);
    // a series whose columns hold only zeros has no data
    const empty = aggregate(
      { interval: 'day', series: [{ id: 'z', name: 'Z', points: [], columns: { start: '2026-01-01', promoters: [0, 0], passives: [0, 0], detractors: [0, 0] } }] },
      undefined,
    );
    expect(empty.series[0]!.hasData).to.equal(false);
  });

  it('opens periods at the end without copying the series again (spare room), in front with a copy', () => {
    const a = grow(Int32Array.of(5, 6), 0, 1);
    expect(Array.from(a)).to.deep.equal([5, 6, 0]);
    a[2] = 7;
    // two more at the end: the same memory, widened; the new periods are empty
    const b = grow(a, 0, 2);
    expect(b.buffer).to.equal(a.buffer);
    expect(Array.from(b)).to.deep.equal([5, 6, 7, 0, 0]);
    // one in front: a new array
    const c = grow(b, 1, 0);
    expect(c.buffer).not.to.equal(b.buffer);
    expect(Array.from(c)).to.deep.equal([0, 5, 6, 7, 0, 0]);
    // the figures alike: new periods have no answers (NaN, NaN, n 0)
    const f1 = growFigures({ nps: Float64Array.of(10), moe: Float64Array.of(2), n: Int32Array.of(5) }, 0, 1);
    expect(Array.from(f1.nps)).to.deep.equal([10, NaN]);
    f1.nps[1] = 20;
    f1.moe[1] = 3;
    f1.n[1] = 8;
    const f2 = growFigures(f1, 0, 1);
    expect(f2.nps.buffer).to.equal(f1.nps.buffer);
    expect(Array.from(f2.nps)).to.deep.equal([10, 20, NaN]);
    expect(Array.from(f2.moe)).to.deep.equal([2, 3, NaN]);
    expect(Array.from(f2.n)).to.deep.equal([5, 8, 0]);
  });

  it('adds live answers by score: 9–10 promoter, 7–8 passive, 0–6 detractor', () => {
    const agg = aggregate(trend('month', pt('2026-01-01', 0, 0, 0), pt('2026-02-01', 1, 1, 1)), undefined);
    const feb = Date.UTC(2026, 1, 10);
    for (const score of [10, 9, 8, 7, 6, 0]) expect(addAnswer(agg, { series: 0, time: feb, score })).to.equal(1);
    // February: 1+2 promoters, 1+2 passives, 1+2 detractors
    expect(counts(agg)[1]).to.deep.equal([3, 3, 3]);
  });

  it('extends the axis for a live answer after the last period (and before the first)', () => {
    const agg = aggregate(trend('month', pt('2026-01-01', 1, 0, 0)), undefined);
    expect(addAnswer(agg, { series: 0, time: Date.UTC(2026, 2, 31, 23), score: 9 })).to.equal(2);
    expect(agg.length).to.equal(3);
    expect(counts(agg)).to.deep.equal([
      [1, 0, 0],
      [0, 0, 0],
      [1, 0, 0],
    ]);
    expect(addAnswer(agg, { series: 0, time: Date.UTC(2025, 11, 1), score: 3 })).to.equal(0);
    expect(agg.length).to.equal(4);
    expect(counts(agg)[0]).to.deep.equal([0, 0, 1]);
    expect(iso(startOf('month', agg.first))).to.equal('2025-12-01');
  });

  it('re-aggregation includes live answers at the new interval', () => {
    const raw = trend('day', pt('2026-01-05', 1, 0, 0));
    const live = [{ series: 0, time: Date.UTC(2026, 0, 6, 12), score: 2 }];
    const agg = aggregate(raw, 'week', live);
    // Mon 5 Jan and Tue 6 Jan 2026 share ISO week 2
    expect(counts(agg)).to.deep.equal([[1, 0, 1]]);
  });
});

describe('nps-trend time: leap years', () => {
  it('knows 29 February only in leap years (every 4th year, not centuries unless divisible by 400)', () => {
    expect(parseTime('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
    expect(parseTime('2000-02-29')).to.equal(Date.UTC(2000, 1, 29));
    expect(parseTime('2100-02-29')).to.be.NaN;
    expect(parseTime('2025-02-29')).to.be.NaN;
    expect(parseTime('2025-04-31')).to.be.NaN;
    expect(parseTime('2025-12-31')).to.equal(Date.UTC(2025, 11, 31));
  });
});
