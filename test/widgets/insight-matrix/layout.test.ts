import { expect } from '@open-wc/testing';
import { gridPack, invert, layout, radiusOf, radiusRange, type BubbleMark, type ClusterMark } from '../../../src/widgets/insight-matrix/layout.js';
import { prepare } from '../../../src/widgets/insight-matrix/model.js';
import type { LenientInsight } from '../../../src/widgets/insight-matrix/schema.js';

const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-6);
const ins = (id: string, difficulty: number | undefined, impact: number | undefined, reach?: number): LenientInsight => ({ id, title: id, kind: 'idea', status: 'new', difficulty, impact, reach });

describe('insight-matrix gridPack', () => {
  const box = { x: 0, y: 0, width: 180, height: 100 };
  it('picks the column count with the widest spacing', () => {
    // n=4: cols1 min(180,25)=25, cols2 min(90,50)=50, cols3 min(60,50)=50 (tie keeps 2), cols4 min(45,100)=45
    const p = gridPack(4, box);
    expect(p.spacing).to.equal(50);
    // centred: x = 90 − 2·50/2 + (col+½)·50 → 65, 115; y = 50 − 2·50/2 + (row+½)·50 → 25, 75
    expect(p.points).to.deep.equal([{ x: 65, y: 25 }, { x: 115, y: 25 }, { x: 65, y: 75 }, { x: 115, y: 75 }]);
  });
  it('puts three in a row and centres a short last row', () => {
    // n=3: cols3 min(60,100)=60 beats cols2 min(90,50)=50 → x = 90 − 90 + 30 → 30, 90, 150; y = 50
    expect(gridPack(3, box).points).to.deep.equal([{ x: 30, y: 50 }, { x: 90, y: 50 }, { x: 150, y: 50 }]);
    // n=5: cols3 min(60,50)=50 is best; row 0: 40, 90, 140 at y 25; row 1 (2 items): 90 − 50 + 25 → 65, 115 at y 75
    expect(gridPack(5, box).points).to.deep.equal([{ x: 40, y: 25 }, { x: 90, y: 25 }, { x: 140, y: 25 }, { x: 65, y: 75 }, { x: 115, y: 75 }]);
    expect(gridPack(0, box)).to.deep.equal({ spacing: 0, points: [] });
  });
});

describe('insight-matrix radii', () => {
  it('scales reach by square root between the radius bounds', () => {
    expect(radiusOf(2500, 10000, [4, 20])).to.equal(12); // 4 + 16·√0.25
    expect(radiusOf(10000, 10000, [4, 20])).to.equal(20);
    expect(radiusOf(undefined, 10000, [4, 20])).to.equal(4);
    expect(radiusOf(5, 0, [4, 20])).to.equal(4);
  });
  it('derives the bounds from the cell size', () => {
    expect(radiusRange(165, 93)).to.deep.equal([6.6, 22]); // 93·0.26 = 24.18 → capped at 22; 22·0.3 = 6.6
    const [a, b] = radiusRange(30, 30); // 30·0.26 = 7.8; 7.8·0.3 = 2.34 → at least 4
    close(b, 7.8);
    expect(a).to.equal(4);
    expect(radiusRange(10, 10)).to.deep.equal([4, 6]); // 2.6 → at least 6
  });
});

describe('insight-matrix layout', () => {
  // 448×340: plot x 48, y 10, w 448−48−12 = 388, h 340−10−44 = 286; cells span h − 2·20 = 246
  // x: domain 0.5…5.5 → sx(v) = 48 + (v−0.5)/5·388; cell width 77.6
  // y: sy(v) = 10 + 20 + 246 − (v−0.5)/5·246 = 276 − (v−0.5)·49.2; cell height 49.2
  const base = (items: LenientInsight[]) => {
    const p = prepare({ items });
    return layout({ items: p.items, width: 448, height: 340, difficulty: p.difficulty, impact: p.impact, maxReach: 400 });
  };

  it('maps difficulty left→right and impact bottom→top, with the quadrants split at 3.5', () => {
    const g = base([ins('a', 1, 5, 100)]);
    expect(g.plot).to.deep.equal({ x: 48, y: 10, width: 388, height: 286 });
    close(g.cellWidth, 77.6);
    close(g.cellHeight, 49.2);
    close(g.splitX!, 280.8); // 48 + 3/5·388
    close(g.splitY!, 128.4); // 276 − 3·49.2
    const qw = g.quadrants.find((q) => q.quadrant === 'quick-win')!;
    close(qw.width, 232.8);
    close(qw.height, 118.4); // 128.4 − 10
    const m = g.marks[0] as BubbleMark;
    close(m.x, 86.8); // 48 + 0.5/5·388
    close(m.y, 54.6); // 276 − 4.5·49.2
    // r range for a 77.6×49.2 cell: max 49.2·0.26 = 12.792, min max(4, 3.8376) = 4; reach 100/400 → 4 + 8.792·√0.25
    close(m.r, 8.396);
    expect(g.xTicks.map((t) => t.value)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('spreads insights of one cell side by side, biggest reach first', () => {
    // cell (2,4): centre x 48 + 1.5/5·388 = 164.4, y 276 − 3.5·49.2 = 103.8
    // box 71.6 × 43.2; two marks: cols 2 spacing min(35.8, 43.2) = 35.8 (≥ 1.5·12.792 = 19.19, so bubbles) → x = 164.4 − 35.8 + 17.9 = 146.5 and 182.3
    const g = base([ins('small', 2, 4, 10), ins('big', 2, 4, 400)]);
    const marks = g.marks as BubbleMark[];
    const big = marks.find((m) => m.key === 'big')!;
    const small = marks.find((m) => m.key === 'small')!;
    close(big.x, 146.5);
    close(small.x, 182.3);
    close(big.y, 103.8);
    close(small.y, 103.8);
    expect(marks[0]!.key).to.equal('big'); // drawn first (largest), so the small one stays on top
  });

  it('draws a crowded cell as one cluster with the count', () => {
    // 30 marks in 71.6 × 43.2: best spacing is cols 8 → min(8.95, 10.8) = 8.95 < 14 → cluster
    const items = Array.from({ length: 30 }, (_, k) => ({ ...ins(`c${k}`, 5, 1), status: k < 4 ? 'done' : 'new' }));
    const g = base(items);
    expect(g.marks).to.have.length(1);
    const c = g.marks[0] as ClusterMark;
    expect(c.kind).to.equal('cluster');
    close(c.x, 397.2); // 48 + 4.5/5·388
    close(c.y, 251.4); // 276 − 0.5·49.2
    close(c.r, 21.6); // min(49.2/2 − 3, 10 + 2.5·√30 = 23.69)
    expect(c.items).to.have.length(30);
    expect(c.byStatus).to.deep.equal({ done: 4, new: 26 });
  });

  it('clusters a cell once bubbles would sit closer than 1.5 radii', () => {
    // all at full reach: r = 12.792, so spacing must reach 1.5·12.792 = 19.19
    // 6 marks: cols 3 → min(71.6/3 = 23.87, 43.2/2 = 21.6) = 21.6 → bubbles
    // 7 marks: cols 4 → min(17.9, 21.6) = 17.9 beats cols 3 → min(23.87, 14.4) = 14.4 → 17.9 < 19.19 → cluster
    const cell = (n: number) => base(Array.from({ length: n }, (_, k) => ins(`x${k}`, 2, 4, 400))).marks.map((m) => m.kind);
    expect(cell(6)).to.deep.equal(Array(6).fill('bubble'));
    expect(cell(7)).to.deep.equal(['cluster']);
  });

  it('zooms into one cell and shows all its insights as bubbles', () => {
    const items = Array.from({ length: 30 }, (_, k) => ins(`c${k}`, 5, 1));
    const p = prepare({ items: [...items, ins('other', 1, 1)] });
    const g = layout({ items: p.items, width: 448, height: 340, difficulty: p.difficulty, impact: p.impact, maxReach: 0, zoom: { difficulty: 5, impact: 1 } });
    expect(g.marks).to.have.length(30);
    expect(g.marks.every((m) => m.kind === 'bubble')).to.equal(true);
    expect(g.quadrants.map((q) => q.quadrant)).to.deep.equal(['money-pit']);
    expect(g.xTicks).to.deep.equal([{ value: 5, x: 48 + 388 / 2 }]);
  });

  it('leaves out insights that cannot be placed', () => {
    const g = base([ins('ok', 1, 1), ins('unrated', undefined, 2), ins('outside', 9, 2)]);
    expect(g.marks.map((m) => m.key)).to.deep.equal(['ok']);
  });

  it('inverts pixels to snapped ratings', () => {
    const g = base([ins('a', 1, 1)]);
    const p = prepare({ items: [] });
    // x 200 → 0.5 + 152/388·5 = 2.459 → 2; y 200 → 0.5 + (276 − 200)/246·5 = 2.045 → 2
    expect(invert(g, 200, 200, p.difficulty, p.impact)).to.deep.equal({ difficulty: 2, impact: 2 });
    expect(invert(g, 164.4, 103.8, p.difficulty, p.impact)).to.deep.equal({ difficulty: 2, impact: 4 });
  });
});

describe('insight-matrix layout: the insight being moved', () => {
  // same 448×340 geometry as above: cells 77.6 × 49.2, packing boxes 71.6 × 43.2
  const run = (items: LenientInsight[], keep: string, maxBubbles?: number) => {
    const p = prepare({ items });
    return layout({ items: p.items, width: 448, height: 340, difficulty: p.difficulty, impact: p.impact, maxReach: 400, keep, maxBubbles });
  };

  it('stays its own bubble beside the cluster of the others in a crowded cell', () => {
    // 7 at full reach in cell (2,4) make a cluster (see above); keeping x3 splits the box in two:
    // gridPack(2): cols 2 → spacing min(35.8, 43.2) = 35.8 → x 164.4 − 35.8 + 17.9 = 146.5 and 182.3, y 103.8
    const g = run(Array.from({ length: 7 }, (_, k) => ins(`x${k}`, 2, 4, 400)), 'x3');
    expect(g.marks.map((m) => `${m.kind}:${m.key}`)).to.deep.equal(['cluster:cluster:2|4', 'bubble:x3']);
    const c = g.marks[0] as ClusterMark;
    const b = g.marks[1] as BubbleMark;
    close(b.x, 146.5);
    close(b.y, 103.8);
    close(b.r, 12.792);
    close(c.x, 182.3);
    close(c.y, 103.8);
    close(c.r, 10 + 2.5 * Math.sqrt(6)); // 16.12: below 49.2/2 − 3 = 21.6 and 35.8/2 = 17.9
    expect(c.items.map((it) => it.id).sort()).to.deep.equal(['x0', 'x1', 'x2', 'x4', 'x5', 'x6']);
    expect(c.byStatus).to.deep.equal({ new: 6 });
    // nothing kept, or the kept one elsewhere: the cell is one cluster as before
    expect(run(Array.from({ length: 7 }, (_, k) => ins(`x${k}`, 2, 4, 400)), 'elsewhere').marks.map((m) => m.kind)).to.deep.equal(['cluster']);
  });

  it('leaves two bubbles when only one other insight shares the cell', () => {
    // a budget of 0 clusters the cell (1,1); centre x 48 + 0.5/5·388 = 86.8, y 276 − 0.5·49.2 = 251.4 → 68.9 and 104.7
    const g = run([ins('a0', 1, 1, 400), ins('a1', 1, 1, 400)], 'a1', 0);
    expect(g.marks.map((m) => m.kind)).to.deep.equal(['bubble', 'bubble']);
    const at = (key: string) => g.marks.find((m) => m.key === key)!;
    close(at('a1').x, 68.9);
    close(at('a0').x, 104.7);
    close(at('a0').y, 251.4);
  });

  it('counts as a bubble against the budget', () => {
    // (1,1) ×5 holds the kept a0, (3,3) ×3, (5,5) ×1; budget 4: clustering (1,1) leaves 9 − 4 = 5 bubbles > 4, so (3,3) too
    const items = [...Array.from({ length: 5 }, (_, k) => ins(`a${k}`, 1, 1)), ...Array.from({ length: 3 }, (_, k) => ins(`b${k}`, 3, 3)), ins('c', 5, 5)];
    const g = run(items, 'a0', 4);
    expect(g.marks.filter((m) => m.kind === 'cluster').map((m) => m.key).sort()).to.deep.equal(['cluster:1|1', 'cluster:3|3']);
    expect(g.marks.filter((m) => m.kind === 'bubble').map((m) => m.key).sort()).to.deep.equal(['a0', 'c']);
  });
});

describe('insight-matrix bubble budget', () => {
  it('turns the most crowded cells into clusters until the budget holds', () => {
    // cells: (1,1) ×5, (3,3) ×3, (5,5) ×1 — each fits its 71.6 × 43.2 box: for 5 marks cols 3 → min(23.9, 21.6) = 21.6 ≥ 14 and ≥ 1.5·r = 6
    const items = [
      ...Array.from({ length: 5 }, (_, k) => ins(`a${k}`, 1, 1)),
      ...Array.from({ length: 3 }, (_, k) => ins(`b${k}`, 3, 3)),
      ins('c', 5, 5),
    ];
    const p = prepare({ items });
    const run = (maxBubbles: number) => layout({ items: p.items, width: 448, height: 340, difficulty: p.difficulty, impact: p.impact, maxReach: 0, maxBubbles });
    expect(run(9).marks.filter((m) => m.kind === 'cluster')).to.have.length(0);
    // 9 bubbles > 4: cluster (1,1) first (5) → 4 left ≤ 4
    const four = run(4).marks;
    expect(four.filter((m) => m.kind === 'cluster').map((m) => m.key)).to.deep.equal(['cluster:1|1']);
    expect(four.filter((m) => m.kind === 'bubble')).to.have.length(4);
    // budget 1: (1,1) then (3,3) → 1 left; a single insight is never clustered
    expect(run(0).marks.filter((m) => m.kind === 'cluster').map((m) => m.key).sort()).to.deep.equal(['cluster:1|1', 'cluster:3|3']);
  });
});
