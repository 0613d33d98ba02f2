import { expect } from '@open-wc/testing';
import { csatFromCounts, cesFromCounts } from '../../src/stats/rating.js';
import { metricValue } from '../../src/stats/metric.js';

describe('CSAT and CES from rating counts', () => {
  it('CSAT mean and top-2-box (hand-computed)', () => {
    // ratings 1..5 with counts 5,5,10,40,40 (n=100): sum = 5+10+30+160+200 = 405 → mean 4.05; top-2 = 80/100
    const r = csatFromCounts([5, 5, 10, 40, 40])!;
    expect(r.n).to.equal(100);
    expect(r.mean).to.be.closeTo(4.05, 1e-12);
    expect(r.topTwo).to.be.closeTo(0.8, 1e-12);
    // Σc(x−m)² = 5·9.3025 + 5·4.2025 + 10·1.1025 + 40·0.0025 + 40·0.9025 = 46.5125+21.0125+11.025+0.1+36.1 = 114.75
    // sd = √(114.75/99) = 1.07661; se = 0.107661
    expect(r.se).to.be.closeTo(0.107661, 1e-5);
  });

  it('CES on the 1–7 scale', () => {
    // counts for 1..7: 0,0,0,10,0,0,10 → mean (40 + 70)/20 = 5.5, top-2 (6,7) = 10/20
    const r = cesFromCounts([0, 0, 0, 10, 0, 0, 10])!;
    expect(r.mean).to.equal(5.5);
    expect(r.topTwo).to.equal(0.5);
    expect(r.small).to.equal(true);
  });

  it('no answers → undefined', () => {
    expect(csatFromCounts([0, 0, 0, 0, 0])).to.equal(undefined);
  });

  it('metricValue picks the metric and reports a missing one as undefined', () => {
    const voc = { nps: { promoters: 100, passives: 70, detractors: 30 } };
    expect(metricValue(voc, 'nps')!.value).to.equal(35);
    expect(metricValue(voc, 'csat')).to.equal(undefined);
  });
});
