import { expect } from '@open-wc/testing';
import type { SeriesCounts } from '../../../src/widgets/nps-trend/aggregate.js';
import type { SeriesFigures } from '../../../src/widgets/nps-trend/figures.js';
import type { Geometry } from '../../../src/widgets/nps-trend/layout.js';
import { shapeOf } from '../../../src/widgets/nps-trend/marks.js';
import { bandPath, compositionPaths, dataLayer, drawsAsSvg, linePaths } from '../../../src/widgets/nps-trend/svg-paths.js';

/** Four periods at x 10, 20, 30, 40 (10 px apart); y = 100 − NPS; composition panel 5…45 × 200…300. */
const geometry = (comp = false): Geometry => ({
  width: 50,
  height: 320,
  plot: { left: 5, top: 0, width: 40, height: 100 },
  comp: comp ? { left: 5, top: 200, width: 40, height: 100 } : undefined,
  xs: Float64Array.of(10, 20, 30, 40),
  from: 0,
  to: 3,
  step: 10,
  yMin: 0,
  yMax: 100,
  yTicks: [],
  xTicks: [],
  tickKind: 'period',
  annotations: [],
  y: (v: number) => 100 - v,
});

/** NPS 10 ± 2, a gap, 20 ± 5, 30 ± 1. */
const figures = (): SeriesFigures => ({
  nps: Float64Array.of(10, NaN, 20, 30),
  moe: Float64Array.of(2, NaN, 5, 1),
  n: Int32Array.of(4, 0, 2, 4),
});

describe('nps-trend SVG data layer', () => {
  it('draws the band per run: a lone period as a ±5 px box, a run forward on top and back below', () => {
    // period 0 alone: NPS 10 ± 2 → y 88 … 92, half width min(10 / 2, 6) = 5 → x 5 … 15
    // periods 2–3: tops y(25) = 75, y(31) = 69; bottoms y(29) = 71, y(15) = 85
    expect(bandPath(geometry(), figures())).to.equal('M5,88H15V92H5ZM30,75L40,69L40,71L30,85Z');
  });

  it('breaks the line at gaps and puts markers on lone periods and the last one', () => {
    const { line, markers } = linePaths(geometry(), figures(), 'square', false);
    // (10, 90) alone; (30, 80) → (40, 70)
    expect(line).to.equal('M10,90M30,80L40,70');
    // 10 px apart (< 14): markers only on period 0 (lone) and period 3 (last);
    // square of radius 3: half side 3 · 0.88 = 2.64 → corners at x − 2.64, y − 2.64, side 5.28
    expect(markers).to.equal('M7.36,87.36h5.28v5.28h-5.28ZM37.36,67.36h5.28v5.28h-5.28Z');
  });

  it('stacks the composition per period from the counts (detractors, passives, promoters)', () => {
    const counts: SeriesCounts = {
      id: 'a',
      name: 'A',
      promoters: [2, 0, 1, 3],
      passives: [1, 0, 0, 0],
      detractors: [1, 0, 1, 1],
      hasData: true,
    };
    const c = compositionPaths(geometry(true), counts);
    // bars 10 − 2 = 8 px wide (gap min(2, 10 · 0.2) = 2), left at x − 4; panel bottom 300, 100 px = 100 %
    // period 0 (n 4): detractors 25 % → 275…300, passives 25 % → 250…275, promoters 50 % → 200…250
    // period 1 has no answers: no bar; period 2 (n 2): 50 % / 0 % / 50 %; period 3 (n 4): 25 % / 0 % / 75 %
    expect(c.detractors).to.equal('M6,275h8V300h-8ZM26,250h8V300h-8ZM36,275h8V300h-8Z');
    expect(c.passives).to.equal('M6,250h8V275h-8ZM26,250h8V250h-8ZM36,275h8V275h-8Z');
    expect(c.promoters).to.equal('M6,200h8V250h-8ZM26,200h8V250h-8ZM36,200h8V275h-8Z');
  });

  it('draws the visible series, the active one last with its band', () => {
    const f = figures();
    const layer = dataLayer(geometry(), [f, f, f], [], [true, false, true], 2, shapeOf);
    expect(layer.lines.map((l) => [l.series, l.emphasis])).to.deep.equal([
      [0, false],
      [2, true],
    ]);
    expect(layer.band?.series).to.equal(2);
    expect(layer.composition).to.equal(undefined);
    // the active series hidden: no band
    expect(dataLayer(geometry(), [f, f], [], [true, false], 1, shapeOf).band).to.equal(undefined);
  });

  it('uses SVG for at least a pixel per period and at most 1,200 points, else the canvas', () => {
    // 200 periods × 6 series = 1,200 points at 1 px: SVG; one series more (1,400) or 0.9 px per period: canvas
    expect(drawsAsSvg({ step: 1, from: 0, to: 199 }, 6)).to.equal(true);
    expect(drawsAsSvg({ step: 1, from: 0, to: 199 }, 7)).to.equal(false);
    expect(drawsAsSvg({ step: 0.9, from: 0, to: 9 }, 1)).to.equal(false);
    // a range of the axis counts, not the whole axis: periods 900…999 of 1,000
    expect(drawsAsSvg({ step: 11, from: 900, to: 999 }, 1)).to.equal(true);
  });
});
