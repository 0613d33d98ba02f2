import { expect } from '@open-wc/testing';
import { difference, npsDifference, npsFromCounts, npsSeries, sumNpsCounts } from '../../src/stats/nps.js';
import { normalCdf } from '../../src/stats/normal.js';

describe('npsFromCounts', () => {
  it('computes NPS 35 ± 10.1 for n=200, 100 promoters, 30 detractors (hand-computed)', () => {
    // p = .5, d = .15 → NPS = 35; var = .65 − .35² = .5275; SE = 100·√(.5275/200) = 5.1357; MOE = 1.96·SE = 10.07
    const r = npsFromCounts({ promoters: 100, passives: 70, detractors: 30 })!;
    expect(r.n).to.equal(200);
    expect(r.nps).to.equal(35);
    expect(r.se).to.be.closeTo(5.1357, 1e-4);
    expect(r.moe).to.be.closeTo(10.066, 1e-3);
    expect(r.small).to.equal(false);
  });

  it('is undefined for n = 0 (never NaN)', () => {
    expect(npsFromCounts({ promoters: 0, passives: 0, detractors: 0 })).to.equal(undefined);
  });

  it('has zero error when everybody agrees', () => {
    const r = npsFromCounts({ promoters: 40, passives: 0, detractors: 0 })!;
    expect(r.nps).to.equal(100);
    expect(r.se).to.equal(0);
  });

  it('flags small samples below 30 answers', () => {
    // n = 20: p = .5, d = .25 → NPS 25; var = .75 − .0625 = .6875; SE = 100·√(.6875/20) = 18.54
    const r = npsFromCounts({ promoters: 10, passives: 5, detractors: 5 })!;
    expect(r.nps).to.equal(25);
    expect(r.se).to.be.closeTo(18.5405, 1e-3);
    expect(r.small).to.equal(true);
  });

  it('adds counts instead of averaging scores', () => {
    // 10/0/0 (NPS 100) + 0/0/90 (NPS −100): average of scores would be 0, true NPS = (10 − 90)/100 = −80
    const sum = sumNpsCounts([{ promoters: 10, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 90 }]);
    expect(npsFromCounts(sum)!.nps).to.equal(-80);
  });
});

describe('npsDifference', () => {
  it('tests the change between two periods (z test on independent samples)', () => {
    // A: 100/70/30 → 35, SE 5.1357. B: 80/60/60 (n 200) → p=.4, d=.3, NPS 10, var = .7 − .01 = .69, SE = 100·√(.69/200) = 5.8737
    // SE diff = √(5.1357² + 5.8737²) = √(26.375 + 34.5) = 7.8022; z = 25 / 7.8022 = 3.2042 → p ≈ 0.00135
    const a = npsFromCounts({ promoters: 100, passives: 70, detractors: 30 })!;
    const b = npsFromCounts({ promoters: 80, passives: 60, detractors: 60 })!;
    const d = npsDifference(a, b);
    expect(d.delta).to.be.closeTo(25, 1e-9);
    expect(d.se).to.be.closeTo(7.8022, 1e-3);
    expect(d.z).to.be.closeTo(3.2042, 1e-3);
    expect(d.p).to.be.closeTo(0.00135, 1e-4);
    expect(d.significant).to.equal(true);
  });

  it('calls a small change on small samples not significant', () => {
    const d = difference({ value: 12, se: 10 }, { value: 5, se: 10 });
    // z = 7 / 14.142 = 0.495 → p ≈ 0.62
    expect(d.significant).to.equal(false);
    expect(d.p).to.be.closeTo(0.6206, 1e-3);
  });

  it('never calls a change significant when one period has all its answers alike (SE 0)', () => {
    // 1 detractor: NPS −100, SE 0. Then 2 promoters, 1 detractor: NPS 33.3, SE = 100·√((1 − (1/3)²)/3) = 54.43.
    // Δ = 133.3, z = 133.3 / 54.43 = 2.449 → p ≈ 0.014, which alone would read "significant"
    const d = npsDifference(npsFromCounts({ promoters: 2, passives: 0, detractors: 1 })!, npsFromCounts({ promoters: 0, passives: 0, detractors: 1 })!);
    expect(d.delta).to.be.closeTo(133.333, 1e-3);
    expect(d.z).to.be.closeTo(2.4495, 1e-3);
    expect(d.p).to.be.below(0.05);
    expect(d.significant).to.equal(false);
  });

  it('normal CDF matches table values', () => {
    expect(normalCdf(0)).to.be.closeTo(0.5, 1e-7);
    expect(normalCdf(1.96)).to.be.closeTo(0.975, 1e-4);
    expect(normalCdf(-1)).to.be.closeTo(0.158655, 1e-5);
  });
});

describe('npsSeries (bulk)', () => {
  it('gives the same figures as npsFromCounts per period, NaN for empty periods', () => {
    // Period 0: 100/70/30 → NPS 35, MOE 1.96·5.1357 = 10.066; period 1: no answers; period 2: 10/5/5 → 25, SE 18.5405, MOE 36.339
    const r = npsSeries([100, 0, 10], [70, 0, 5], [30, 0, 5]);
    expect(r.nps[0]).to.be.closeTo(35, 1e-9);
    expect(r.moe[0]).to.be.closeTo(10.066, 1e-3);
    expect(r.n[0]).to.equal(200);
    expect(Number.isNaN(r.nps[1])).to.equal(true);
    expect(r.n[1]).to.equal(0);
    expect(r.nps[2]).to.be.closeTo(25, 1e-9);
    expect(r.moe[2]).to.be.closeTo(36.339, 1e-3);
  });
});
