import { expect } from '@open-wc/testing';
import { sparkline } from '../../../src/widgets/touchpoint-score/layout.js';

describe('sparkline layout', () => {
  it('maps values onto the box and breaks the line at gaps (hand-computed)', () => {
    // domain [10, 30]; x = i·100/3 → 0, 33.33, (66.67), 100; y = (30 − v)/20·40 → 10 → 40, 20 → 20, 30 → 0
    const g = sparkline([10, 20, undefined, 30], { width: 100, height: 40, inset: 0 });
    expect(g.domain).to.deep.equal([10, 30]);
    expect(g.points.map((p) => [p.index, p.x, p.y])).to.deep.equal([
      [0, 0, 40],
      [1, 33.33, 20],
      [3, 100, 0],
    ]);
    expect(g.line).to.equal('M0,40L33.33,20M100,0');
    expect(g.area).to.equal('M0,40L0,40L33.33,20L33.33,40ZM100,40L100,0L100,40Z');
    expect(g.targetY).to.equal(undefined);
  });

  it('includes the target in the domain', () => {
    // domain [10, 50]; y = (50 − v)/40·40 → 10 → 40, 30 → 20; target 50 → 0
    const g = sparkline([10, 30], { width: 100, height: 40, inset: 0 }, 50);
    expect(g.domain).to.deep.equal([10, 50]);
    expect(g.points.map((p) => p.y)).to.deep.equal([40, 20]);
    expect(g.targetY).to.equal(0);
  });

  it('keeps a flat series in the middle and respects the inset', () => {
    // domain [4, 6]; y = 2 + (6 − 5)/2·(40 − 4) = 20
    const g = sparkline([5, 5], { width: 100, height: 40, inset: 2 });
    expect(g.domain).to.deep.equal([4, 6]);
    expect(g.line).to.equal('M0,20L100,20');
  });

  it('centres a single value and never produces NaN', () => {
    const one = sparkline([7], { width: 100, height: 40 });
    expect(one.points[0]!.x).to.equal(50);
    const none = sparkline([undefined, undefined], { width: 100, height: 40 });
    expect(none.line).to.equal('');
    expect(none.points).to.deep.equal([]);
    expect(JSON.stringify([one, none])).not.to.match(/NaN|Infinity|null/);
  });
});
