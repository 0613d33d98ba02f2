import { expect } from '@open-wc/testing';
import { ThresholdWatch } from '../../../src/widgets/touchpoint-score/threshold.js';

describe('ThresholdWatch', () => {
  it('fires once per crossing into missed', () => {
    const w = new ThresholdWatch();
    const seen = (['met', 'missed', 'missed', 'risk', 'missed', undefined, 'missed', 'missed'] as const).map((s) => w.next('a|nps', s));
    expect(seen).to.deep.equal([false, true, false, false, true, false, true, false]);
  });

  it('starts over for another series or metric', () => {
    const w = new ThresholdWatch();
    expect(w.next('a|nps', 'missed')).to.equal(true);
    expect(w.next('a|csat', 'missed')).to.equal(true);
    expect(w.next('a|csat', 'missed')).to.equal(false);
  });
});
