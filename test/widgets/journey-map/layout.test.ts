import { expect } from '@open-wc/testing';
import type { Journey, Lane, Touchpoint, Transition } from '../../../src/data/schemas/journey.js';
import { GRID, handoversIn, isHandover, layoutGrid, layoutJourney, layoutStack, placeTouchpoints, STACK } from '../../../src/widgets/journey-map/layout.js';

// Two stages (A, B), two lanes (customer c, front stage f).
// Stage A: t1 (c), t2 (f), t3 (c) → lane c has 2 touchpoints → A is 2 columns wide; B: t4 (f) → 1 column.
const journey: Journey = {
  id: 'j',
  name: 'J',
  stages: [
    { id: 'A', name: 'Stage A' },
    { id: 'B', name: 'Stage B' },
  ],
  lanes: [
    { id: 'c', name: 'Customer', kind: 'customer' },
    { id: 'f', name: 'Front', kind: 'frontstage' },
  ],
  touchpoints: [
    { id: 't1', stageId: 'A', laneId: 'c', name: 'One', emotion: -1 },
    { id: 't2', stageId: 'A', laneId: 'f', name: 'Two', emotion: 1 },
    { id: 't3', stageId: 'A', laneId: 'c', name: 'Three', emotion: -2, painPoint: 'hurts' },
    { id: 't4', stageId: 'B', laneId: 'f', name: 'Four', emotion: 1 },
  ],
  transitions: [
    { from: 't1', to: 't2', volume: 400 },
    { from: 't2', to: 't3', volume: 100 },
    { from: 't3', to: 't4', handover: true },
    { from: 't4', to: 't1' },
  ],
};

describe('journey-map layout (pure)', () => {
  it('places touchpoints in stage sub-columns by their order within a lane', () => {
    const { placements, stageColumns, firstColumn, columns } = placeTouchpoints(journey);
    expect(stageColumns).to.deep.equal([2, 1]);
    expect(firstColumn).to.deep.equal([0, 2]);
    expect(columns).to.equal(3);
    expect(placements.map((p) => p && [p.column, p.laneIndex])).to.deep.equal([
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 1],
    ]);
  });

  it('keeps a follower no further left than the touchpoint it follows in the same stage', () => {
    // u1, u2 in lane c take columns 0 and 1; u3 (lane f) follows u2 → column 1 (without the transition: 0);
    // u4 (lane f) follows u3 in the same lane → column 2, which widens the stage to 3 columns.
    const tps: Touchpoint[] = [
      { id: 'u1', stageId: 'A', laneId: 'c', name: '1' },
      { id: 'u2', stageId: 'A', laneId: 'c', name: '2' },
      { id: 'u3', stageId: 'A', laneId: 'f', name: '3' },
      { id: 'u4', stageId: 'A', laneId: 'f', name: '4' },
    ];
    const transitions = [
      { from: 'u2', to: 'u3' },
      { from: 'u3', to: 'u4' },
    ];
    const linked = placeTouchpoints({ ...journey, touchpoints: tps, transitions });
    expect(linked.placements.map((p) => p!.column)).to.deep.equal([0, 1, 1, 2]);
    expect(linked.stageColumns).to.deep.equal([3, 1]);
    const plain = placeTouchpoints({ ...journey, touchpoints: tps, transitions: [] });
    expect(plain.placements.map((p) => p!.column)).to.deep.equal([0, 1, 0, 1]);
  });

  it('skips touchpoints in unknown stages or lanes', () => {
    const { placements } = placeTouchpoints({ ...journey, touchpoints: [...journey.touchpoints, { id: 'x', stageId: 'nope', laneId: 'c', name: 'X' }] });
    expect(placements[4]).to.equal(undefined);
  });

  it('stretches columns to fill a wide container (exact boxes)', () => {
    // available = 1000 − 148 = 852; natural 3 × (184 + 68) = 756 < 852
    // → colW = min(252 + 68, floor(852 / 3) = 284) = 284; cardW = 284 − 68 = 216.
    const L = layoutGrid(journey, 1000);
    expect(L.colW).to.equal(284);
    expect(L.cardW).to.equal(216);
    expect(L.width).to.equal(1000); // 148 + 3 × 284
    // laneH = 132 + 2 × 22 = 176; lanesTop = 56 + 112 = 168; height = 168 + 2 × 176 = 520
    expect(L.lanesTop).to.equal(168);
    expect(L.height).to.equal(520);
    expect(L.lanes.map((l) => [l.y, l.h])).to.deep.equal([
      [168, 176],
      [344, 176],
    ]);
    // x = 148 + column × 284 + 34; y = 168 + lane × 176 + 22
    expect(L.cards.map((c) => [c.id, c.x, c.y, c.w, c.h])).to.deep.equal([
      ['t1', 182, 190, 216, 132],
      ['t2', 182, 366, 216, 132],
      ['t3', 466, 190, 216, 132],
      ['t4', 750, 366, 216, 132],
    ]);
    // Stage A: 2 columns from x = 148; stage B: 1 column from 148 + 2 × 284 = 716.
    expect(L.stages.map((s) => [s.x, s.w, s.columns])).to.deep.equal([
      [148, 568, 2],
      [716, 284, 1],
    ]);
  });

  it('keeps the natural column width and scrolls when the columns do not fit', () => {
    // available = 700 − 148 = 552 < 756 → colW = 252, cardW = 184, width = 148 + 756 = 904
    const L = layoutGrid(journey, 700);
    expect([L.colW, L.cardW, L.width]).to.deep.equal([252, 184, 904]);
  });

  it('routes connectors: vertical, S-bend in the gap before the target, and backwards below', () => {
    const L = layoutGrid(journey, 1000);
    const [down, up, forward, back] = L.connectors;
    // t1 → t2, same column, downwards: x = 182 + 216/2 = 290, from 190 + 132 = 322 to 366 (line stops 2 px short).
    expect(down!.shape).to.equal('vertical');
    expect(down!.path).to.equal('M290,322V364');
    expect(down!.arrow).to.equal('M285.5,358L290,366L294.5,358Z');
    expect([down!.labelX, down!.labelY]).to.deep.equal([290, 344]); // 366 − 22
    // t2 → t3: from (182 + 216, 366 + 66) = (398, 432) to (466, 190 + 66) = (466, 256); gap starts at 466 − 68 = 398, middle 432.
    expect(up!.shape).to.equal('forward');
    expect(up!.path).to.equal('M398,432H398C432,432 432,256 464,256');
    expect([up!.labelX, up!.labelY]).to.deep.equal([432, 344]); // (432 + 256) / 2
    // t3 → t4: (682, 256) → (750, 432), label at (716, 344).
    expect([forward!.labelX, forward!.labelY]).to.deep.equal([716, 344]);
    // t4 → t1: from the bottom of t4 (858, 498) down to 498 + 22 = 520, across to 290, up to the bottom of t1 (322 + 2).
    expect(back!.shape).to.equal('back');
    expect(back!.path).to.equal('M858,498V520H290V324');
    expect([back!.labelX, back!.labelY]).to.deep.equal([574, 520]);
  });

  it('sizes connectors by volume and marks hand-overs', () => {
    const L = layoutGrid(journey, 1000);
    // max volume 400: 1.5 + 3.5 × √(400/400) = 5; 1.5 + 3.5 × √(100/400) = 3.25; no volume → 1.5
    expect(L.connectors.map((c) => c.width)).to.deep.equal([5, 3.25, 1.5, 1.5]);
    expect(L.connectors.map((c) => c.handover)).to.deep.equal([false, false, true, false]);
  });

  it('decides hand-overs from the flag, then owners, then lanes; never from or to the customer', () => {
    const lanes = new Map<string, Lane>([
      ['c', { id: 'c', name: 'C', kind: 'customer' }],
      ['b', { id: 'b', name: 'B', kind: 'backstage' }],
      ['s', { id: 's', name: 'S', kind: 'system' }],
    ]);
    const tp = (id: string, laneId: string, owner?: string): Touchpoint => ({ id, stageId: 'A', laneId, name: id, ...(owner ? { owner } : {}) });
    const t: Transition = { from: 'a', to: 'b' };
    expect(isHandover(t, tp('a', 'b', 'Billing'), tp('b', 'b', 'IT'), lanes)).to.equal(true);
    expect(isHandover(t, tp('a', 'b', 'Billing'), tp('b', 's', 'Billing'), lanes)).to.equal(false);
    expect(isHandover(t, tp('a', 'b'), tp('b', 's'), lanes)).to.equal(true);
    expect(isHandover(t, tp('a', 'c', 'Sales'), tp('b', 'b', 'IT'), lanes)).to.equal(false);
    expect(isHandover({ ...t, handover: true }, tp('a', 'c'), tp('b', 'c'), lanes)).to.equal(true);
  });

  it('draws the emotion curve through the column means and marks dips', () => {
    const L = layoutGrid(journey, 1000);
    // +2 line at 56 + 18 = 74, −2 line at 56 + 112 − 18 = 150 → y = 74 + 19 × (2 − v); zero at 112.
    expect([L.emotion.plus, L.emotion.zero, L.emotion.minus]).to.deep.equal([74, 112, 150]);
    // Column 0: mean(−1, 1) = 0 → y 112 at x 290; column 1: −2 → 150 at 574; column 2: 1 → 93 at 858.
    expect(L.emotion.points.map((p) => [p.x, p.y, p.value, p.dip, p.pain])).to.deep.equal([
      [290, 112, 0, false, false],
      [574, 150, -2, true, true],
      [858, 93, 1, false, false],
    ]);
    expect(L.emotion.points[0]!.touchpointIds).to.deep.equal(['t1', 't2']);
    expect(L.emotion.path.startsWith('M290,112')).to.equal(true);
    expect(L.emotion.path.endsWith('858,93')).to.equal(true);
  });

  it('takes segment emotions from the map instead of the touchpoints', () => {
    const L = layoutGrid({ ...journey, emotions: new Map([['t4', -1]]) }, 1000);
    // Only t4 is rated: one point, no path; −1 → y = 74 + 19 × 3 = 131; a single negative point is a dip.
    expect(L.emotion.points.map((p) => [p.x, p.y, p.dip])).to.deep.equal([[858, 131, true]]);
    expect(L.emotion.path).to.equal('');
  });

  it('stacks below 600 px: stage sections, one card per row, the curve in the gutter', () => {
    const L = layoutJourney(journey, 400);
    expect(L.mode).to.equal('stack');
    const S = layoutStack(journey, 400);
    expect(STACK.cardH).to.equal(112);
    expect(STACK.handoverRow).to.equal(22);
    // Stage A header at 0 (44 high); cards every 112 + 10 = 122 from 44: 44, 166, 288; then 410 + 14 = 424 for stage B,
    // its card at 468. t4 is handed over from t3 (flag): 112 + 22 = 134 high; end 468 + 134 + 10 + 14 = 626, height = 626 − 14 = 612.
    expect(S.stages.map((s) => s.y)).to.deep.equal([0, 424]);
    expect(S.cards.map((c) => [c.id, c.x, c.y, c.w, c.h])).to.deep.equal([
      ['t1', 52, 44, 348, 112],
      ['t2', 52, 166, 348, 112],
      ['t3', 52, 288, 348, 112],
      ['t4', 52, 468, 348, 134],
    ]);
    expect(S.height).to.equal(612);
    // x = 10 + 8 × (v + 2): −1 → 18, 1 → 34, −2 → 10; y = card middle (y + 56, for t4 468 + 67 = 535).
    expect(S.emotion.points.map((p) => [p.x, p.y, p.dip])).to.deep.equal([
      [18, 100, true],
      [34, 222, false],
      [10, 344, true],
      [34, 535, false],
    ]);
  });

  it('finds the first incoming hand-over of each touchpoint, with the previous owner (else lane) and the wait', () => {
    const lanes: Lane[] = [
      { id: 'c', name: 'Customer', kind: 'customer' },
      { id: 'b', name: 'Back office', kind: 'backstage' },
      { id: 's', name: 'Systems', kind: 'system' },
    ];
    const touchpoints: Touchpoint[] = [
      { id: 'x', stageId: 'A', laneId: 'c', name: 'X' },
      { id: 'y', stageId: 'A', laneId: 'b', name: 'Y', owner: 'Billing' },
      { id: 'z', stageId: 'A', laneId: 's', name: 'Z' },
      { id: 'w', stageId: 'A', laneId: 'b', name: 'W' },
    ];
    const transitions: Transition[] = [
      { from: 'x', to: 'y' }, // from the customer: no hand-over
      { from: 'y', to: 'z', waitingHours: 5 }, // back office (Billing) → systems: hand-over
      { from: 'w', to: 'z', waitingHours: 9 }, // a second one into z: the first counts
      { from: 'z', to: 'w' }, // systems → back office, no owners: hand-over from the lane
    ];
    expect([...handoversIn({ lanes, touchpoints, transitions })]).to.deep.equal([
      ['z', { from: 'Billing', waitingHours: 5 }],
      ['w', { from: 'Systems' }],
    ]);
  });

  it('keeps the grid at 600 px and for an unknown (0) width', () => {
    expect(layoutJourney(journey, 600).mode).to.equal('grid');
    expect(layoutJourney(journey, 0).mode).to.equal('grid');
    expect(GRID.laneHeader).to.equal(148);
  });

  it('gives empty stages one column and lays out 500 touchpoints with finite numbers', () => {
    const many: Touchpoint[] = Array.from({ length: 500 }, (_, i) => ({ id: `t${i}`, stageId: i % 2 ? 'A' : 'B', laneId: 'c', name: `T${i}` }));
    const L = layoutGrid({ ...journey, stages: [...journey.stages, { id: 'E', name: 'Empty' }], touchpoints: many, transitions: [] }, 1200);
    // 250 touchpoints per stage in one lane → 250 + 250 + 1 columns.
    expect(L.columns).to.equal(501);
    expect(L.cards.length).to.equal(500);
    expect(L.cards.every((c) => Number.isFinite(c.x) && Number.isFinite(c.y))).to.equal(true);
  });
});
