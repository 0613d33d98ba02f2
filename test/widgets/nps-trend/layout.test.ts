import { expect } from '@open-wc/testing';
import { aggregate } from '../../../src/widgets/nps-trend/aggregate.js';
import { seriesFigures } from '../../../src/widgets/nps-trend/figures.js';
import { indexAt, layout, placeTooltip, rangeFor, tickAnchors, usefulPresets } from '../../../src/widgets/nps-trend/layout.js';
import { summarize } from '../../../src/widgets/nps-trend/summary.js';

const months = (n: number, c = (i: number) => [50, 30, 20 - 0 * i]) =>
  Array.from({ length: n }, (_, i) => {
    const [promoters, passives, detractors] = c(i);
    return { date: new Date(Date.UTC(2024, i, 1)).toISOString().slice(0, 10), promoters: promoters!, passives: passives!, detractors: detractors! };
  });

const covers = (box: { left: number; top: number }, size: { width: number; height: number }, p: { x: number; y: number }) =>
  p.x >= box.left && p.x <= box.left + size.width && p.y >= box.top && p.y <= box.top + size.height;

describe('nps-trend layout', () => {
  it('places the tooltip beside the point, never over it', () => {
    const size = { width: 200, height: 120 };
    const bounds = { width: 600, height: 300 };
    // room on the right
    expect(placeTooltip({ x: 100, y: 150 }, size, bounds)).to.deep.equal({ left: 112, top: 90, side: 'right' });
    // no room on the right (500 + 12 + 200 > 600) → left: 500 − 12 − 200 = 288
    expect(placeTooltip({ x: 500, y: 150 }, size, bounds).left).to.equal(288);
    // 280 px wide: neither side fits → above or below, never covering
    const narrow = { width: 280, height: 300 };
    for (const anchor of [
      { x: 140, y: 200 },
      { x: 140, y: 40 },
      { x: 10, y: 150 },
      { x: 270, y: 299 },
    ]) {
      const placed = placeTooltip(anchor, size, narrow);
      expect(covers(placed, size, anchor), JSON.stringify({ anchor, placed })).to.equal(false);
    }
  });

  it('labels no tick past the last period: 24 months to December 2025 end their axis in 2025', () => {
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: months(24) }] }, undefined); // Jan 2024 … Dec 2025
    const figures = agg.series.map(seriesFigures);
    for (const width of [600, 1400]) {
      const g = layout({ agg, figures, visible: [true], active: 0, from: 0, to: 23, width, composition: false, annotations: [] });
      expect(g.tickKind).not.to.equal('period');
      expect(g.xTicks.length).to.be.greaterThan(2);
      const last = g.xTicks[g.xTicks.length - 1]!.time;
      expect(last, `${width} px`).to.be.below(Date.UTC(2026, 0, 1));
      expect(last, `${width} px`).to.be.at.least(Date.UTC(2025, 0, 1));
    }
  });

  it('maps pixels to the nearest period and back', () => {
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: months(12) }] }, undefined);
    const figures = agg.series.map(seriesFigures);
    const g = layout({ agg, figures, visible: [true], active: 0, from: 0, to: 11, width: 600, composition: false, annotations: [] });
    expect(g.xs.length).to.equal(12);
    for (let i = 0; i < 12; i++) expect(indexAt(g, g.xs[i]! + 1)).to.equal(i);
    // y: every point (NPS 30 ± 15.3) is inside the plot, target outside the data widens the scale
    const withTarget = layout({ agg, figures, visible: [true], active: 0, from: 0, to: 11, width: 600, composition: false, annotations: [], target: 60 });
    expect(withTarget.yMax).to.be.at.least(60);
    expect(withTarget.target!.y).to.be.at.least(withTarget.plot.top);
    // NPS 30 with MOE 15.3 (p = .5, d = .2, n = 100: √((.7 − .09)/100) · 100 · 1.96 = 15.31) fits the band
    expect(g.yMin).to.be.at.most(30 - 15.31);
    expect(g.yMax).to.be.at.least(30 + 15.31);
  });

  it('annotations are numbered 1, 2, … in date order as shown, and close ones do not overlap', () => {
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: months(12) }] }, undefined);
    const figures = agg.series.map(seriesFigures);
    const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    const g = layout({
      agg,
      figures,
      visible: [true],
      active: 0,
      from: 0,
      to: 11,
      width: 600,
      composition: false,
      // given out of order, one before the range (2019), two in the same March a few pixels apart
      annotations: [
        { time: at('2024-03-20'), label: 'late March' },
        { time: at('2019-01-01'), label: 'long ago' },
        { time: at('2024-03-10'), label: 'early March' },
        { time: at('2024-09-01'), label: 'September' },
      ],
    });
    expect(g.annotations.map((a) => [a.number, a.label])).to.deep.equal([
      [1, 'early March'],
      [2, 'late March'],
      [3, 'September'],
    ]);
    // 2024 has 366 days over 536 px (600 − 46 − 18): 10 days are 14.6 px, closer than two badges (15 px wide)
    const [m1, m2, sep] = g.annotations;
    expect(m2!.x - m1!.x).to.be.closeTo((10 * 536) / 366, 0.01);
    const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y) < 15;
    expect(overlap(m1!, m2!)).to.equal(false);
    // a badge far from the others stays on the first row, at the top of the plot
    expect(sep!.y).to.equal(m1!.y);
    expect(m1!.y).to.equal(g.plot.top + 1);
  });

  it('x-axis labels: the last one near the edge is anchored at its end; one that would touch the previous is left out', () => {
    // 7-character labels are estimated at 7 × 6.5 = 45.5 px; plot right edge 700
    const labels = ['Nov. 25', 'Dez. 25', 'Jan. 26'];
    // 600: 577.25…622.75; 650: 627.25…672.75 (4.5 px gap: shown); 695 is within 16 px of the edge → end-anchored:
    // 649.5…695, which overlaps 672.75 → left out
    expect(tickAnchors([{ x: 600 }, { x: 650 }, { x: 695 }], labels, 700)).to.deep.equal(['middle', 'middle', undefined]);
    // with room before it (…622.75, then 649.5…695 after a 26.75 px gap) the end-anchored label stays
    expect(tickAnchors([{ x: 500 }, { x: 600 }, { x: 695 }], labels, 700)).to.deep.equal(['middle', 'middle', 'end']);
  });

  it('composition adds a panel below the plot', () => {
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: months(3) }] }, undefined);
    const figures = agg.series.map(seriesFigures);
    const g = layout({ agg, figures, visible: [true], active: 0, from: 0, to: 2, width: 600, composition: true, annotations: [] });
    expect(g.comp).to.exist;
    expect(g.comp!.top).to.be.greaterThan(g.plot.top + g.plot.height);
    expect(g.height).to.be.greaterThan(g.comp!.top + g.comp!.height);
  });

  it('range presets cover the last n months up to the last period', () => {
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: months(36) }] }, undefined);
    // 36 months Jan 2024 … Dec 2026; 1 y = 12 months before 1 Jan 2027 → from 1 Jan 2026 = index 24
    expect(rangeFor(agg, '1y')).to.deep.equal({ from: 24, to: 35 });
    expect(rangeFor(agg, 'all')).to.deep.equal({ from: 0, to: 35 });
    expect(usefulPresets(agg)).to.deep.equal(['all', '2y', '1y', '6m', '3m']);
  });

  it('"Last 3 months", "Last 6 months" and "Last 2 years" of monthly data are 3, 6 and 24 whole months', () => {
    // 24 months Jan 2024 … Dec 2025 (index 23 = Dec 2025); the range ends on 1 Jan 2026.
    // 3 m: Oct, Nov, Dec 2025 = indices 21…23 (Oct 1 → Jan 1 is 92 days, so "91 days" lost October).
    // 6 m: Jul … Dec 2025 = 18…23 (184 days, more than 183). 2 y: Jan 2024 … = 0…23 (731 days with 29 Feb 2024).
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: months(24) }] }, undefined);
    expect(rangeFor(agg, '3m')).to.deep.equal({ from: 21, to: 23 });
    expect(rangeFor(agg, '6m')).to.deep.equal({ from: 18, to: 23 });
    expect(rangeFor(agg, '1y')).to.deep.equal({ from: 12, to: 23 });
    expect(rangeFor(agg, '2y')).to.deep.equal({ from: 0, to: 23 });
    // so "2 y" shows the same as "All" and is not offered
    expect(usefulPresets(agg)).to.deep.equal(['all', '1y', '6m', '3m']);
  });

  it('day ranges start on the same calendar day months earlier (or the month’s last day)', () => {
    const day = (iso: string) => ({ date: iso, promoters: 5, passives: 3, detractors: 2 });
    // 1 Jan … 31 Dec 2025, daily: index of a date = days since 1 Jan 2025; the range ends on 1 Jan 2026
    const points = Array.from({ length: 365 }, (_, i) => day(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)));
    const agg = aggregate({ interval: 'day', series: [{ id: 'a', name: 'A', points }] }, undefined);
    // 6 m: from 1 Jul 2025 = day 181 (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 = 181)
    expect(rangeFor(agg, '6m')).to.deep.equal({ from: 181, to: 364 });
    // 3 m: from 1 Oct 2025 = day 273 (181 + Jul 31 + Aug 31 + Sep 30)
    expect(rangeFor(agg, '3m')).to.deep.equal({ from: 273, to: 364 });
    // 1 m is "Last 30 days": 2 Dec … 31 Dec = days 335…364
    expect(rangeFor(agg, '1m')).to.deep.equal({ from: 335, to: 364 });
    // data up to 30 May: the range ends on 31 May; 3 months earlier would be 31 Feb, so it starts on 28 Feb = day 58 (31 + 27)
    const spring = aggregate({ interval: 'day', series: [{ id: 'a', name: 'A', points: points.slice(0, 150) }] }, undefined);
    expect(spring.length).to.equal(150);
    expect(rangeFor(spring, '3m')).to.deep.equal({ from: 58, to: 149 });
  });
});

describe('nps-trend summary', () => {
  it('says how NPS moved and whether the last change is significant', () => {
    // Jan: 40/30/30 → NPS 10; Feb: 60/20/20 → NPS 40.
    // SE Jan = 100·√((.7 − .01)/100) = 8.3066; SE Feb = 100·√((.8 − .16)/100) = 8.0
    // z = 30 / √(8.3066² + 8²) = 30 / 11.532 = 2.60 → p ≈ 0.009 → significant
    const pts = [
      { date: '2026-01-01', promoters: 40, passives: 30, detractors: 30 },
      { date: '2026-02-01', promoters: 60, passives: 20, detractors: 20 },
    ];
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: pts }] }, undefined);
    const s = summarize(agg.series[0]!, seriesFigures(agg.series[0]!), 0, 1);
    expect(s.trend).to.equal('rose');
    expect(s.from).to.equal(10);
    expect(s.to).to.equal(40);
    expect(s.span).to.equal(2);
    expect(s.last!.delta).to.be.closeTo(30, 1e-9);
    expect(s.last!.z).to.be.closeTo(2.6015, 1e-3);
    expect(s.last!.significant).to.equal(true);
  });

  it('leaves out small partial periods at the edges: the first and last full samples decide the sentence', () => {
    // Weeks start on Monday. Sun 1 Dec 2024 alone makes the week of 25 Nov: 1/0/7 → NPS −75, n = 8;
    // the week of 16 Dec holds one day: 8/6/3 → NPS 29, n = 17. The full weeks: 2 Dec 40/30/30 → 10,
    // 9 Dec 60/20/20 → 40 (n = 100 each): rose from 10 to 40 over 2 weeks, z = 2.60 as above.
    const pts = [
      { date: '2024-12-01', promoters: 1, passives: 0, detractors: 7 },
      { date: '2024-12-02', promoters: 40, passives: 30, detractors: 30 },
      { date: '2024-12-09', promoters: 60, passives: 20, detractors: 20 },
      { date: '2024-12-16', promoters: 8, passives: 6, detractors: 3 },
    ];
    const agg = aggregate({ interval: 'week', series: [{ id: 'a', name: 'A', points: pts }] }, undefined);
    const f = seriesFigures(agg.series[0]!);
    const s = summarize(agg.series[0]!, f, 0, 3);
    expect([s.trend, s.from, s.to, s.span, s.firstIndex, s.lastIndex]).to.deep.equal(['rose', 10, 40, 2, 1, 2]);
    expect(s.last!.z).to.be.closeTo(2.6015, 1e-3);
    // with one full week in the range (25 Nov and 2 Dec), every week with answers counts again: −75 (n = 8) to 10
    const t = summarize(agg.series[0]!, f, 0, 1);
    expect([t.trend, t.from, t.to, t.span]).to.deep.equal(['rose', -75, 10, 2]);
  });

  it('a small change is not significant; one period and no periods are named as such', () => {
    // Jan 50/30/20 → 30 (SE 7.8102); Feb 40/30/30 → 10 (SE 8.3066): z = 20 / 11.401 = 1.754 → p ≈ 0.079
    const pts = [
      { date: '2026-01-01', promoters: 50, passives: 30, detractors: 20 },
      { date: '2026-02-01', promoters: 40, passives: 30, detractors: 30 },
    ];
    const agg = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: pts }] }, undefined);
    const f = seriesFigures(agg.series[0]!);
    const s = summarize(agg.series[0]!, f, 0, 1);
    expect(s.trend).to.equal('fell');
    expect(s.last!.z).to.be.closeTo(-1.7541, 1e-3);
    expect(s.last!.significant).to.equal(false);
    expect(summarize(agg.series[0]!, f, 1, 1).trend).to.equal('one');
    const empty = aggregate({ interval: 'month', series: [{ id: 'a', name: 'A', points: [{ date: '2026-01-01', promoters: 0, passives: 0, detractors: 0 }] }] }, undefined);
    expect(summarize(empty.series[0]!, seriesFigures(empty.series[0]!), 0, 0).trend).to.equal('none');
  });
});
