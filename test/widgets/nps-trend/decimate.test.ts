import { expect } from '@open-wc/testing';
import { columnSpans, decimateBand, decimateMinMax } from '../../../src/widgets/nps-trend/decimate.js';

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

  it('gives each pixel column the extent of the polyline in it, edge crossings included', () => {
    // column 0: points y 1 (x .2) and 3 (x .6); the segment to (1.2, 2) leaves it at x 1 with y 3 − (1/0.6)·0.4 = 2.333 → 1…3
    // column 1: enters at 2.333, points 2 (x 1.2) and 6 (x 1.8); the segment to (3.5, 4) has slope −2/1.7 and
    //   leaves at x 2 with 6 − 0.2·2/1.7 = 5.7647 → 2…6
    // column 2 holds no point: the segment crosses it from 5.7647 to 6 − 1.2·2/1.7 = 4.5882 (x 3) → 4.5882…5.7647
    // column 3: enters at 4.5882, point 4 (x 3.5) → 4…4.5882
    const spans = columnSpans([0.2, 0.6, 1.2, 1.8, 3.5], [1, 3, 2, 6, 4]);
    expect(spans.count).to.equal(4);
    expect(Array.from(spans.col.subarray(0, 4))).to.deep.equal([0, 1, 2, 3]);
    const lo = Array.from(spans.lo.subarray(0, 4));
    const hi = Array.from(spans.hi.subarray(0, 4));
    [1, 2, 4.5882, 4].forEach((v, i) => expect(lo[i]).to.be.closeTo(v, 1e-4));
    [3, 6, 5.7647, 4.5882].forEach((v, i) => expect(hi[i]).to.be.closeTo(v, 1e-4));
    expect(spans.lone).to.deep.equal([]);
  });

  it('never joins runs across a gap and reports lone points', () => {
    // 5 | gap | 2 → 3 (crossing x 3 at 3: column 2 is 2…3, column 3 is 3) | gap | 7
    const spans = columnSpans([0, 1, 2, 3, 4, 5], [5, NaN, 2, 3, NaN, 7]);
    expect(Array.from(spans.col.subarray(0, spans.count))).to.deep.equal([0, 2, 3, 5]);
    expect(Array.from(spans.lo.subarray(0, spans.count))).to.deep.equal([5, 2, 3, 7]);
    expect(Array.from(spans.hi.subarray(0, spans.count))).to.deep.equal([5, 3, 3, 7]);
    expect(spans.lone).to.deep.equal([0, 5]);
    // two runs in the same column stay two spans: 1 and 4, not 1…4
    const same = columnSpans([0.1, 0.5, 0.9], [1, NaN, 4]);
    expect(Array.from(same.col.subarray(0, same.count))).to.deep.equal([0, 0]);
    expect(Array.from(same.lo.subarray(0, same.count))).to.deep.equal([1, 4]);
    expect(Array.from(same.hi.subarray(0, same.count))).to.deep.equal([1, 4]);
    expect(same.lone).to.deep.equal([0, 2]);
  });

  it('reduces 100,000 points to one span per column and keeps the extremes', () => {
    const n = 100_000;
    const xs = Float64Array.from({ length: n }, (_, i) => (i / n) * 500);
    const ys = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
    const spans = columnSpans(xs, ys);
    // 500 columns (x 0 … 499.995), no gaps
    expect(spans.count).to.equal(500);
    expect(Math.min(...spans.lo.subarray(0, 500))).to.equal(Math.min(...ys));
    expect(Math.max(...spans.hi.subarray(0, 500))).to.equal(Math.max(...ys));
  });

  it('makes room for more spans than pixels when gaps split a column many times', () => {
    // 100 points at x 0, 0.01 … 0.99 (all in column 0); every odd one is a gap → 50 runs of one point each:
    // 50 spans in column 0 with lo = hi = the point's value (its index), and all 50 are lone
    const xs = Array.from({ length: 100 }, (_, i) => i / 100);
    const ys = xs.map((_, i) => (i % 2 ? NaN : i));
    const spans = columnSpans(xs, ys);
    const even = Array.from({ length: 50 }, (_, j) => 2 * j);
    expect(spans.count).to.equal(50);
    expect(Array.from(spans.col.subarray(0, 50))).to.deep.equal(even.map(() => 0));
    expect(Array.from(spans.lo.subarray(0, 50))).to.deep.equal(even);
    expect(Array.from(spans.hi.subarray(0, 50))).to.deep.equal(even);
    expect(spans.lone).to.deep.equal(even);
  });

  it('makes room for more band columns than pixels when gaps split a column many times', () => {
    // 100 points at x 0, 0.01 … 0.99 (one pixel column), every odd one a gap, NPS = index ± 1:
    // point 0, break, point 2, break, … point 98 (the trailing break is dropped) → 99 entries,
    // entry k = point k for even k (x k/100, lo k − 1, hi k + 1), a break (NaN) for odd k
    const xs = Array.from({ length: 100 }, (_, i) => i / 100);
    const band = decimateBand(
      xs,
      xs.map((_, i) => (i % 2 ? NaN : i)),
      xs.map(() => 1),
    );
    expect(band.count).to.equal(99);
    for (let k = 0; k < 99; k++) {
      if (k % 2) expect(band.x[k]).to.be.NaN;
      else {
        expect(band.x[k]).to.equal(k / 100);
        expect(band.lo[k]).to.equal(k - 1);
        expect(band.hi[k]).to.equal(k + 1);
      }
    }
  });
});
