import { expect } from '@open-wc/testing';
import type { ScoreSeries } from '../../../src/data/schemas/score.js';
import { addAnswer, scoreModel, statusOf } from '../../../src/widgets/touchpoint-score/model.js';

const nps = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });
const series = (periods: ScoreSeries['periods'], extra: Partial<ScoreSeries> = {}): ScoreSeries => ({ id: 's', name: 'S', periods, ...extra });
const two = series([
  { start: '2026-10-05', label: 'W41', nps: nps(50, 30, 20) },
  { start: '2026-10-12', label: 'W42', nps: nps(120, 50, 30) },
]);

describe('scoreModel: statistics', () => {
  it('takes the newest period and tests the change vs. the one before (hand-computed)', () => {
    // W42: n = 200, p = .6, d = .15 → NPS 45; var = .75 − .45² = .5475; SE = 100·√(.5475/200) = 5.2321; MOE = 1.96·SE = 10.2548
    // W41: n = 100, p = .5, d = .2 → NPS 30; var = .7 − .3² = .61; SE = 100·√(.61/100) = 7.8102
    // Δ = 15; SE(Δ) = √(7.8102² + 5.2321²) = √(61 + 27.375) = 9.4008; z = 1.5956; p = 0.1106 → not significant
    const m = scoreModel(two, 'nps');
    expect(m.current!.label).to.equal('W42');
    expect(m.current!.stat.n).to.equal(200);
    expect(m.current!.stat.value).to.be.closeTo(45, 1e-9);
    expect(m.current!.stat.moe).to.be.closeTo(10.2548, 1e-3);
    expect(m.previous!.label).to.equal('W41');
    expect(m.change!.delta).to.be.closeTo(15, 1e-9);
    expect(m.change!.se).to.be.closeTo(9.4008, 1e-3);
    expect(m.change!.z).to.be.closeTo(1.5956, 1e-3);
    expect(m.change!.p).to.be.closeTo(0.1106, 1e-3);
    expect(m.change!.significant).to.equal(false);
    expect(m.issues).to.deep.equal([]);
  });

  it('marks a large change as significant (hand-computed)', () => {
    // 40/30/30 (n 100): NPS 10, var = .7 − .1² = .69, SE 8.3066; 130/50/20 (n 200): NPS 55, var = .75 − .55² = .4475, SE 4.7302
    // Δ = 45; SE(Δ) = √(69 + 22.375) = 9.5590; z = 4.7076 → p < .001
    const m = scoreModel(series([{ start: '2026-10-05', nps: nps(40, 30, 30) }, { start: '2026-10-12', nps: nps(130, 50, 20) }]), 'nps');
    expect(m.change!.delta).to.be.closeTo(45, 1e-9);
    expect(m.change!.z).to.be.closeTo(4.7076, 1e-3);
    expect(m.change!.significant).to.equal(true);
  });

  it('computes CSAT from counts per rating (hand-computed)', () => {
    // counts 1…5 = 0,0,10,20,10: n 40; mean = (3·10 + 4·20 + 5·10)/40 = 160/40 = 4.0
    // squares = 10·1² + 20·0² + 10·1² = 20; sd = √(20/39) = .71611; SE = sd/√40 = .11323; MOE = .22192; top two = 30/40 = .75
    const m = scoreModel(series([{ start: '2026-10-12', csat: { counts: [0, 0, 10, 20, 10] } }]), 'csat');
    expect(m.digits).to.equal(2);
    expect(m.current!.stat.value).to.equal(4);
    expect(m.current!.stat.se).to.be.closeTo(0.11323, 1e-4);
    expect(m.current!.stat.moe).to.be.closeTo(0.22192, 1e-4);
    expect(m.current!.topTwo).to.equal(0.75);
  });

  it('adds live answers to the newest period only', () => {
    // W42 120/50/30 + 1 promoter + 1 detractor → 121/50/31, n 202: NPS = (121 − 31)/202 = 44.554…
    const extra = addAnswer(addAnswer(undefined, 10), 3);
    expect(extra).to.deep.equal(nps(1, 0, 1));
    expect(addAnswer(undefined, 7)).to.deep.equal(nps(0, 1, 0));
    expect(addAnswer(undefined, 8)).to.deep.equal(nps(0, 1, 0));
    expect(addAnswer(undefined, 9)).to.deep.equal(nps(1, 0, 0));
    expect(addAnswer(undefined, 6)).to.deep.equal(nps(0, 0, 1));
    const m = scoreModel(two, 'nps', { extra });
    expect(m.current!.stat.n).to.equal(202);
    expect(m.current!.stat.value).to.be.closeTo((90 / 202) * 100, 1e-9);
    expect(m.previous!.stat.n).to.equal(100);
  });

  it('keeps at most 104 periods in the trend', () => {
    const periods = Array.from({ length: 110 }, (_, i) => ({ start: new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10), nps: nps(i + 1, 0, 0) }));
    const m = scoreModel(series(periods), 'nps');
    expect(m.trend.length).to.equal(104);
    expect(m.rows[0]!.stat!.n).to.equal(7); // the 7th period (index 6) is the oldest of the last 104
  });
});

describe('scoreModel: target and status', () => {
  it('is missed below the target, at risk below warnBelow, met otherwise', () => {
    expect(statusOf(29.9, 30, 40)).to.equal('missed');
    expect(statusOf(30, 30, 40)).to.equal('risk');
    expect(statusOf(39.9, 30, 40)).to.equal('risk');
    expect(statusOf(40, 30, 40)).to.equal('met');
    expect(statusOf(30, 30)).to.equal('met');
  });

  it('uses the data rule, and the attributes over it', () => {
    const data = { ...two, targets: [{ metric: 'csat' as const, value: 4 }, { metric: 'nps' as const, value: 40, warnBelow: 50 }] };
    expect(scoreModel(data, 'nps').status).to.equal('risk'); // 45 in [40, 50)
    expect(scoreModel(data, 'nps', { target: 46 }).status).to.equal('missed');
    expect(scoreModel(data, 'nps', { target: 30 }).warnBelow).to.equal(undefined); // the data's warnBelow belongs to its own target
    expect(scoreModel(data, 'nps', { warnBelow: 45 }).status).to.equal('met');
  });

  it('compares the number as shown (one decimal): 39.96 shows as 40.0 and meets 40', () => {
    // 1249 promoters, 1001 passives, 250 detractors: (1249 − 250)/2500 = 39.96 %
    const m = scoreModel(series([{ start: '2026-10-12', nps: nps(1249, 1001, 250) }], { targets: [{ metric: 'nps', value: 40 }] }), 'nps');
    expect(m.current!.stat.value).to.be.closeTo(39.96, 1e-9);
    expect(m.status).to.equal('met');
  });
});

describe('scoreModel: bad input', () => {
  const codes = (m: ReturnType<typeof scoreModel>) => m.issues.map((i) => `${i.code}@${i.path}:${i.wrong}`);

  it('n = 0: no current value, a "no answers" note that is not a data error', () => {
    const m = scoreModel(series([{ start: '2026-10-12', nps: nps(0, 0, 0) }]), 'nps');
    expect(m.current).to.equal(undefined);
    expect(m.trend).to.deep.equal([undefined]);
    expect(codes(m)).to.deep.equal(['noAnswers@periods:false']);
  });

  it('counts that do not add up to the stated n', () => {
    const m = scoreModel(series([{ start: '2026-10-05', nps: { ...nps(50, 30, 20), n: 100 } }, { start: '2026-10-12', nps: { ...nps(50, 30, 15), n: 100 } }]), 'nps');
    expect(codes(m)).to.deep.equal(['nMismatch@periods[1].nps.n:true']);
    expect(m.issues[0]!.values).to.deep.equal({ n: 100, sum: 95 });
    expect(m.current!.stat.n).to.equal(95); // the counts are what the statistics use
  });

  it('percentages: unit "percent" blocks the number; counts of exactly 100 in every period are flagged', () => {
    const blocked = scoreModel({ ...two, unit: 'percent' }, 'nps');
    expect(blocked.current).to.equal(undefined);
    expect(blocked.trend).to.deep.equal([]);
    expect(codes(blocked)).to.deep.equal(['percent@unit:true']);
    const hundred = ['2026-10-05', '2026-10-12', '2026-10-19'].map((start) => ({ start, nps: nps(45, 35, 20) }));
    const flagged = scoreModel(series(hundred), 'nps');
    expect(codes(flagged)).to.deep.equal(['looksPercent@periods:true']);
    expect(flagged.current!.stat.value).to.equal(25);
    expect(codes(scoreModel(series(hundred.slice(0, 2)), 'nps'))).to.deep.equal([]); // two periods of 100 answers are plausible
  });

  it('a metric the data lacks', () => {
    const m = scoreModel(two, 'ces');
    expect(m.current).to.equal(undefined);
    expect(codes(m)).to.deep.equal(['noMetric@periods:true']);
  });

  it('a target outside the scale is ignored and reported', () => {
    const m = scoreModel({ ...two, targets: [{ metric: 'nps', value: 150 }] }, 'nps');
    expect(m.target).to.equal(undefined);
    expect(m.status).to.equal(undefined);
    expect(codes(m)).to.deep.equal(['targetScale@targets[0].value:true']);
    expect(codes(scoreModel(two, 'nps', { target: -101 }))).to.deep.equal(['targetScale@target:true']);
    expect(codes(scoreModel(series([{ start: '2026-10-12', csat: { counts: [1, 1, 1, 1, 1] } }]), 'csat', { target: 0.5 }))).to.deep.equal(['targetScale@target:true']);
    expect(codes(scoreModel(two, 'nps', { target: 40, warnBelow: 30 }))).to.deep.equal(['warnBelow@warn-below:true']);
  });

  it('a missing previous period: no change, no issue', () => {
    const m = scoreModel(series([{ start: '2026-10-12', nps: nps(5, 5, 5) }]), 'nps');
    expect(m.previous).to.equal(undefined);
    expect(m.change).to.equal(undefined);
    expect(m.issues).to.deep.equal([]);
  });

  it('periods out of order are sorted and reported', () => {
    const m = scoreModel(series([two.periods[1]!, two.periods[0]!]), 'nps');
    expect(m.current!.label).to.equal('W42');
    expect(m.current!.index).to.equal(0);
    expect(codes(m)).to.deep.equal(['order@periods:true']);
  });

  it('a newest period without answers shows the one before and says so', () => {
    const m = scoreModel(series([...two.periods, { start: '2026-10-19', label: 'W43' }]), 'nps');
    expect(m.current!.label).to.equal('W42');
    expect(m.trend.length).to.equal(3);
    expect(m.trend[2]).to.equal(undefined);
    expect(codes(m)).to.deep.equal(['latestEmpty@periods:false']);
  });

  it('picks the newest audit of the metric and rejects one outside the scale', () => {
    const audits = [
      { metric: 'nps' as const, value: 50, date: '2026-09-01' },
      { metric: 'nps' as const, value: 60, date: '2026-10-01' },
      { metric: 'nps' as const, value: 55, date: '2026-08-01' },
      { metric: 'csat' as const, value: 4 },
      { metric: 'nps' as const, value: 120, date: '2026-11-01' },
    ];
    const m = scoreModel({ ...two, audits }, 'nps');
    expect(m.audit!.value).to.equal(60);
    expect(codes(m)).to.deep.equal(['auditScale@audits[4].value:true']);
  });
});
