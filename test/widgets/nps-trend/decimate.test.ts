import { expect } from '@open-wc/testing';
import { decimateBand, decimateMinMax } from '../../../src/widgets/nps-trend/decimate.js';

describe('nps-trend decimation', () => {
  it('keeps first, lowest, highest and last point of each pixel column', () => {
    // column 0: x 0, 0.2, 0.4, 0.6, 0.8 with y 1, 5, −2, 3, 2 → first 0, max 1, min 2, last 4 (index 3 dropped)
    // column 1: x 1.1, 1.5 with y 4, 0 → 5 and 6 (first = max, last = min)
    const xs = [0, 0.2, 0.4, 0.6, 0.8, 1.1, 1.5];
    const ys = [1, 5, -2, 3, 2, 4, 0];
    expect(Array.from(decimateMinMax(xs, ys))).to.deep.equal([0, 1, 2, 4, 5, 6]);
  });

  it('keeps everything when each point has its own column', () => {
    expect(Array.from(decimateMinMax([0, 1, 2, 3], [4, 3, 2, 1]))).to.deep.equal([0, 1, 2, 3]);
  });

  it('turns gaps into a single break and drops breaks at the ends', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6];
    const ys = [NaN, 1, NaN, NaN, 2, 3, NaN];
    expect(Array.from(decimateMinMax(xs, ys))).to.deep.equal([1, -1, 4, 5]);
  });

  it('reduces 100,000 points to at most 4 per column', () => {
    const n = 100_000;
    const xs = Float64Array.from({ length: n }, (_, i) => (i / n) * 500);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
    const keep = decimateMinMax(xs, ys);
    expect(keep.length).to.be.at.most(500 * 4);
    expect(keep.length).to.be.at.least(500 * 2);
    // the extremes of the whole series survive
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      if (ys[i]! < ys[lo]!) lo = i;
      if (ys[i]! > ys[hi]!) hi = i;
    }
    expect(Array.from(keep)).to.include(lo).and.to.include(hi);
  });

  it('builds the band envelope per column and breaks it at gaps', () => {
    // column 0: x 0 and 0.5; NPS 3 ± 2 → 1…5 and 3.5 ± 0.5 → 3…4: envelope x 0.25, lo 1, hi 5
    // then a gap (NaN); column 3: x 3, NPS 4 ± 2 → 2…6
    const band = decimateBand([0, 0.5, 2, 3], [3, 3.5, NaN, 4], [2, 0.5, 1, 2]);
    expect(band.count).to.equal(3);
    expect(Array.from(band.x.subarray(0, 3))).to.deep.equal([0.25, NaN, 3]);
    expect(band.lo[0]).to.equal(1);
    expect(band.hi[0]).to.equal(5);
    expect(band.lo[2]).to.equal(2);
    expect(band.hi[2]).to.equal(6);
  });
});
