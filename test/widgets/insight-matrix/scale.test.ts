import { expect } from '@open-wc/testing';
import { quadrantOf, resolveScale, snap, stepsOf } from '../../../src/widgets/insight-matrix/scale.js';
import { inferStep } from '../../../src/widgets/insight-matrix/model.js';
import { patchUrl } from '../../../src/widgets/insight-matrix/writeback.js';
import { step } from '../../../src/widgets/insight-matrix/nav.js';

describe('insight-matrix scales', () => {
  it('defaults to 1–5 in steps of 1, split at the edge between 3 and 4', () => {
    // mid = (1+5)/2 = 3 is itself a step → split moves half a step up: 3.5
    expect(resolveScale(undefined)).to.deep.equal({ min: 1, max: 5, step: 1, split: 3.5, label: undefined });
  });

  it('splits half-way when the half-way point falls between steps', () => {
    // 1–10: mid 5.5, (5.5−1)/1 = 4.5 steps → not on a step → split 5.5
    expect(resolveScale({ min: 1, max: 10 })!.split).to.equal(5.5);
    // 0–100: range > 10 → step = tickStep(0,100,10) = 10; mid 50 = 5 steps → split 55
    expect(resolveScale({ min: 0, max: 100 })).to.include({ step: 10, split: 55 });
    // 0–1: range 1 → step 0.1; mid 0.5 = 5 steps → split 0.55
    const unit = resolveScale({ min: 0, max: 1 })!;
    expect(unit.step).to.equal(0.1);
    expect(unit.split).to.be.closeTo(0.55, 1e-12);
  });

  it('honours an explicit step and rejects empty ranges', () => {
    // 1–5 step 0.5: mid 3 = 4 steps → split 3 + 0.25 = 3.25
    expect(resolveScale({ min: 1, max: 5, step: 0.5 })!.split).to.equal(3.25);
    expect(resolveScale({ min: 5, max: 5 })).to.equal(undefined);
    expect(resolveScale({ min: 5, max: 1 })).to.equal(undefined);
  });

  it('snaps to the nearest step inside the scale', () => {
    const s = resolveScale(undefined)!;
    expect(snap(3.4, s)).to.equal(3);
    expect(snap(3.5, s)).to.equal(4); // (3.5−1)/1 = 2.5 rounds up to 3 steps → 4
    expect(snap(9, s)).to.equal(5);
    expect(snap(-2, s)).to.equal(1);
    expect(snap(0.34, resolveScale({ min: 0, max: 1 })!)).to.equal(0.3);
    expect(stepsOf(s)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(stepsOf(resolveScale({ min: 1, max: 3, step: 0.5 })!)).to.deep.equal([1, 1.5, 2, 2.5, 3]);
  });

  it('names the quadrants: low difficulty + high impact is a quick win', () => {
    const s = resolveScale(undefined)!; // split 3.5 on both axes
    expect(quadrantOf(3, 4, s, s)).to.equal('quick-win');
    expect(quadrantOf(4, 4, s, s)).to.equal('big-bet');
    expect(quadrantOf(3, 3, s, s)).to.equal('fill-in');
    expect(quadrantOf(4, 3, s, s)).to.equal('money-pit');
    expect(quadrantOf(3.5, 3.5, s, s)).to.equal('big-bet'); // on the split counts as high
  });

  it('infers a half step from the ratings', () => {
    expect(inferStep([1, 2.5, 4], 1)).to.equal(0.5);
    expect(inferStep([1, 2, undefined], 1)).to.equal(1);
    expect(inferStep([1.3], 1)).to.equal(undefined);
    // ratings outside the scale (1…5) do not decide the step: 7.3 is left out, 1 and 2 are whole
    expect(inferStep([1, 2, 7.3, 0.2], 1, 5)).to.equal(1);
    expect(inferStep([], 1)).to.equal(1);
  });
});

describe('insight-matrix PATCH URL', () => {
  it('derives the item URL from src or a write-src template', () => {
    expect(patchUrl('a b', '/api/v1/insights.json')).to.equal('/api/v1/insights/a%20b');
    expect(patchUrl('x', '/api/v1/insights?journey=j')).to.equal('/api/v1/insights/x');
    expect(patchUrl('x', '/api/v1/insights', '/w/{id}/edit')).to.equal('/w/x/edit');
    expect(patchUrl('x', undefined, '/w/items/')).to.equal('/w/items/x');
    expect(patchUrl('x')).to.equal(undefined);
  });
});

describe('insight-matrix keyboard navigation', () => {
  // A(0,0) B(10,0) C(10,10) D(−5,1) E(3,−20); score = ahead + 2·sideways
  const pts = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: -5, y: 1 }, { x: 3, y: -20 }];
  it('moves to the nearest point ahead, weighting sideways distance double', () => {
    expect(step(pts, 0, 'right')).to.equal(1); // B 10+0=10, C 10+20=30, E 3+40=43
    expect(step(pts, 0, 'left')).to.equal(3); // D 5+2=7
    expect(step(pts, 0, 'up')).to.equal(4); // E 20+6=26
    expect(step(pts, 0, 'down')).to.equal(3); // C 10+20=30, D 1+10=11
    expect(step(pts, 1, 'right')).to.equal(1); // nothing further right: stays
  });
});
