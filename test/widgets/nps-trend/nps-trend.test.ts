import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineWidgets } from '../../../src/define.js';
import type { NpsTrend } from '../../../src/widgets/nps-trend/index.js';
import { until } from '../../helpers/fetch-stub.js';
import { dailyColumns, emptyTrend, messyTrend, monthlyTrend, onePeriod, weeklyTrend } from '../../../stories/fixtures/nps-trend.js';

defineWidgets();

const pts = (...rows: [string, number, number, number][]) => rows.map(([date, promoters, passives, detractors]) => ({ date, promoters, passives, detractors }));

/** Three months of one series: NPS 10 (n 100), 40 (n 100), 30 (n 100). */
const simple = {
  id: 't',
  name: 'Test trend',
  interval: 'month',
  target: 35,
  benchmark: { value: 20, label: 'Peers' },
  annotations: [{ date: '2026-02-10', label: 'Price change' }],
  series: [
    {
      id: 'all',
      name: 'All',
      points: pts(['2026-01-01', 40, 30, 30], ['2026-02-01', 60, 20, 20], ['2026-03-01', 50, 30, 20]),
    },
    { id: 'web', name: 'Web', points: pts(['2026-01-01', 20, 10, 10], ['2026-03-01', 30, 10, 10]) },
  ],
};

async function make(data: unknown, attrs = ''): Promise<NpsTrend> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement('nps-trend') as NpsTrend;
  for (const a of attrs.split(' ').filter(Boolean)) {
    const [k, v] = a.split('=');
    el.setAttribute(k!, v ?? '');
  }
  el.data = data;
  wrapper.append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

const $ = (el: NpsTrend, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const $$ = (el: NpsTrend, sel: string) => Array.from(el.shadowRoot!.querySelectorAll(sel)) as HTMLElement[];
const text = (el: NpsTrend) => el.shadowRoot!.textContent ?? '';
const key = async (el: NpsTrend, k: string) => {
  $(el, '.plot')!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  await el.updateComplete;
};
const button = (el: NpsTrend, label: RegExp) => $$(el, 'button').find((b) => label.test(b.textContent ?? ''))!;
const noNaN = (el: NpsTrend) => {
  const all = text(el) + $$(el, '[aria-label]').map((e) => e.getAttribute('aria-label')).join(' ');
  expect(all).not.to.match(/NaN|Infinity|undefined/);
};

describe('<nps-trend>', () => {
  it('draws few periods as SVG paths with SVG axes, target, benchmark, annotation and a summary', async () => {
    const el = await make(simple);
    expect(el.state).to.equal('ready');
    // 3 periods on 720 px: SVG, no canvas; one line per series, the band of the active series
    expect($(el, 'canvas')).to.equal(null);
    expect($$(el, '.data .line')).to.have.length(2);
    expect($$(el, '.data .band')).to.have.length(1);
    expect($(el, 'svg.axes')!.getAttribute('aria-hidden')).to.equal('true');
    // Web has no February: its line is two points, no segment across the gap (M … M …)
    expect($$(el, '.data .line')[0]!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect($(el, '.ref.target text')!.textContent).to.contain('35');
    expect($(el, '.ref.benchmark text')!.textContent).to.contain('Peers 20');
    expect($$(el, '.annotation')).to.have.length(1);
    expect(text(el)).to.contain('Price change');
    // All: NPS 10 → 30 over 3 months; Mar vs Feb: 30 − 40 = −10, SE √(8² + 7.81²) = 11.18, z = −0.894 → not significant
    expect($(el, '#summary')!.textContent).to.equal(
      "All: NPS rose from 10 to 30 over 3 months; last month's change (-10) is not significant. There is 1 more series.",
    );
    const plot = $(el, '.plot')!;
    expect(plot.getAttribute('tabindex')).to.equal('0');
    expect(plot.getAttribute('aria-describedby')).to.equal('summary');
    noNaN(el);
  });

  it('paints the 95 % band from NPS − MOE to NPS + MOE', async () => {
    const one = { ...simple, target: undefined, benchmark: undefined, annotations: [], series: [simple.series[0]] };
    const el = await make(one);
    const band = $(el, '.data .band') as unknown as SVGPathElement;
    // value → px from two y-axis tick labels
    const ticks = $$(el, '.grid text').map((t) => ({ v: Number(t.textContent!.replace('−', '-')), y: Number(t.getAttribute('y')) }));
    const [a, b] = [ticks[0]!, ticks[ticks.length - 1]!];
    const yOf = (v: number) => a.y + ((v - a.v) * (b.y - a.y)) / (b.v - a.v);
    // February (middle period): NPS 40, MOE = 1.96 · 100·√((.8 − .16)/100) = 1.96 · 8 = 15.68 → band 24.32 … 55.68
    const plot = $(el, '.plot')!.getBoundingClientRect();
    await key(el, 'Home');
    await key(el, 'ArrowRight');
    const x = Number($(el, '.focus line')!.getAttribute('x1'));
    expect(x).to.be.greaterThan(0).and.lessThan(plot.width);
    // scan the band's fill along the vertical through the point
    let top = -1;
    let bottom = -1;
    for (let y = 0; y < plot.height; y += 0.25) {
      if (band.isPointInFill(new DOMPoint(x, y))) {
        if (top < 0) top = y;
        bottom = y;
      }
    }
    expect(top).to.be.closeTo(yOf(55.68), 1);
    expect(bottom).to.be.closeTo(yOf(24.32), 1);
  });

  it('paints periods denser than the pixels on a canvas, one stroke per pixel column', async () => {
    // 4 years of days on a 720 px chart (about 0.5 px per day): canvas, no SVG data paths
    const el = await make(dailyColumns(4, 2));
    expect($(el, '.data')).to.equal(null);
    const canvas = $(el, 'canvas') as HTMLCanvasElement;
    expect(canvas.getAttribute('aria-hidden')).to.equal('true');
    const ctx = canvas.getContext('2d')!;
    const dpr = canvas.width / canvas.getBoundingClientRect().width;
    // the middle of the plot: some pixel of that column is painted (band or lines)
    const col = ctx.getImageData(Math.round(360 * dpr), 0, 1, canvas.height).data;
    let painted = 0;
    for (let y = 0; y < canvas.height; y++) if (col[y * 4 + 3]! > 0) painted++;
    expect(painted).to.be.greaterThan(10);
  });

  it('moves between periods with arrows and between series with Up/Down; the tooltip tells everything', async () => {
    const el = await make(simple);
    $(el, '.plot')!.focus();
    await el.updateComplete;
    // focus starts on the last period with answers of the first series
    let tip = $(el, '.tooltip')!;
    expect(tip.textContent).to.contain('All').and.to.contain('March 2026');
    await key(el, 'ArrowLeft');
    tip = $(el, '.tooltip')!;
    // February: NPS 40 ± 15.7, n 100, 60 % / 20 % / 20 %, +30 vs January (z = 2.60) → significant
    expect(tip.textContent).to.contain('February 2026');
    expect(tip.textContent).to.contain('NPS 40');
    expect(tip.textContent).to.contain('±15.7');
    expect(tip.textContent).to.contain('100');
    expect(tip.textContent).to.contain('60%');
    expect(tip.textContent).to.contain('+30 vs. previous month');
    expect(tip.textContent).to.match(/·\s*significant/);
    expect(tip.textContent).to.contain('Price change');
    await key(el, 'ArrowDown');
    tip = $(el, '.tooltip')!;
    // Web has no answers in February: a gap, said in words
    expect(tip.textContent).to.contain('Web').and.to.contain('No answers in this period');
    await key(el, 'Home');
    expect($(el, '.tooltip')!.textContent).to.contain('January 2026');
    await key(el, 'End');
    expect($(el, '.tooltip')!.textContent).to.contain('March 2026');
    // the live region repeats it for screen readers
    expect($(el, '[aria-live=polite]')!.textContent).to.contain('Web, March 2026: NPS 40');
  });

  it('Escape dismisses the tooltip; the next move shows it again', async () => {
    const el = await make(simple);
    $(el, '.plot')!.focus();
    await el.updateComplete;
    expect($(el, '.tooltip')).to.exist;
    await key(el, 'Escape');
    expect($(el, '.tooltip')).to.equal(null);
    await key(el, 'ArrowLeft');
    expect($(el, '.tooltip')).to.exist;
  });

  it('the tooltip never covers the focused point, also at 280 px', async () => {
    for (const width of [720, 280]) {
      const el = await make(monthlyTrend(3));
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      await until(() => Math.abs(($(el, '.plot')!.getBoundingClientRect().width) - width) < 2);
      await el.updateComplete;
      $(el, '.plot')!.focus();
      await el.updateComplete;
      for (const k of ['Home', 'ArrowRight', 'PageDown', 'End', 'ArrowLeft', 'ArrowDown', 'ArrowLeft']) {
        await key(el, k);
        await el.updateComplete;
        const tip = $(el, '.tooltip')!.getBoundingClientRect();
        const ring = $(el, '.focus .ring')?.getBoundingClientRect();
        if (!ring) continue;
        const cx = ring.left + ring.width / 2;
        const cy = ring.top + ring.height / 2;
        const covered = cx >= tip.left && cx <= tip.right && cy >= tip.top && cy <= tip.bottom;
        expect(covered, `${width}px after ${k}`).to.equal(false);
      }
    }
  });

  it('on a narrow chart the target and benchmark are named in the key, not in labels the lines run through', async () => {
    for (const [width, inPlot] of [[720, true], [390, false]] as const) {
      const el = await make(simple);
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      // the chart has laid itself out again when its drawing is as wide as the plot
      await until(() => Math.abs(($(el, 'svg.axes') as unknown as SVGSVGElement).viewBox.baseVal.width - width) < 2);
      await el.updateComplete;
      const labels = $$(el, '.ref text');
      expect(labels.map((t) => getComputedStyle(t).display !== 'none'), `${width}px`).to.deep.equal([inPlot, inPlot]);
      const keys = $(el, '.keys')!.textContent!.replace(/\s+/g, ' ');
      expect(keys).to.contain('Target 35').and.to.contain('Peers 20');
    }
  });

  it('a canvas chart follows a page that changes --cx-series-1 on <html> at runtime (a host theme switch)', async () => {
    const el = await make(dailyColumns(3, 1));
    const canvas = $(el, 'canvas') as unknown as HTMLCanvasElement;
    expect(canvas, 'drawn on the canvas').to.exist;
    // how many canvas pixels are pure red (#ff0000): none in the kit's blue
    const red = () => {
      const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] === 255 && d[i + 1] === 0 && d[i + 2] === 0 && d[i + 3] === 255) n++;
      return n;
    };
    expect(red()).to.equal(0);
    document.documentElement.style.setProperty('--cx-series-1', '#ff0000');
    try {
      await until(() => red() > 100, 3000, 'red line on the canvas');
    } finally {
      document.documentElement.style.removeProperty('--cx-series-1');
    }
  });

  it('places the tooltip beside the focused point when the data is drawn as SVG paths (few periods) and on the canvas', async () => {
    let checked = 0;
    for (const [data, svgPaths] of [[simple, true], [monthlyTrend(1), true], [dailyColumns(3, 1), false]] as const) {
      const el = await make(data);
      expect(!$(el, 'canvas'), 'drawn as SVG paths').to.equal(svgPaths);
      $(el, '.plot')!.focus();
      for (const k of ['Home', 'ArrowRight', 'End']) {
        await key(el, k);
        await el.updateComplete;
        const tip = $(el, '.tooltip')!;
        expect(tip.dataset['side'], `placed after ${k}`).to.be.oneOf(['left', 'right', 'above', 'below']);
        const marker = $(el, '.focus .ring');
        if (!marker) continue; // a period without answers in the focused series (a gap): no marker to stay clear of
        checked++;
        const box = tip.getBoundingClientRect();
        const ring = marker.getBoundingClientRect();
        const x = ring.left + ring.width / 2;
        const y = ring.top + ring.height / 2;
        expect(x >= box.left && x <= box.right && y >= box.top && y <= box.bottom, `covers the point after ${k}`).to.equal(false);
        // beside it: the nearest edge of the tooltip within 40 px of the point, across and along
        const dx = Math.max(box.left - x, x - box.right, 0);
        const dy = Math.max(box.top - y, y - box.bottom, 0);
        expect(Math.max(dx, dy), `distance after ${k}`).to.be.at.most(40);
      }
    }
    expect(checked).to.be.at.least(7);
  });

  it('a tooltip opened by hovering closes with Escape anywhere and stays closed until the pointer moves to another period', async () => {
    const el = await make(simple);
    const plot = $(el, '.plot')!;
    const box = plot.getBoundingClientRect();
    const move = (x: number) => plot.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: box.top + box.height / 2 }));
    // the x of the first and last period: where the hover puts the focus line
    move(box.left + 2);
    await el.updateComplete;
    expect($(el, '.tooltip')!.textContent).to.contain('January 2026');
    const firstX = $(el, '.focus line')!.getBoundingClientRect().left;
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, '.tooltip')).to.equal(null);
    move(firstX + 1); // a small move over the same period
    await el.updateComplete;
    expect($(el, '.tooltip')).to.equal(null);
    move(box.right - 2);
    await el.updateComplete;
    expect($(el, '.tooltip')!.textContent).to.contain('March 2026');
  });

  it('fires cx-select with plain data on Enter', async () => {
    const el = await make(simple);
    $(el, '.plot')!.focus();
    await el.updateComplete;
    const ev = oneEvent(el, 'cx-select');
    await key(el, 'Enter');
    const { detail } = await ev;
    expect(detail.seriesId).to.equal('all');
    expect(detail.date).to.equal('2026-03-01');
    expect(detail.nps).to.be.closeTo(30, 1e-9);
    expect(detail.n).to.equal(100);
  });

  it('re-aggregates from counts when interval changes', async () => {
    const el = await make(simple, 'interval=quarter');
    button(el, /^\s*Table\s*$/).click();
    await el.updateComplete;
    const rows = $$(el, 'tbody tr');
    // Q1 2026 for All: 40+60+50 = 150 promoters, 30+20+30 = 80 passives, 30+20+20 = 70 detractors, n 300 → NPS (150 − 70)/300 = 26.7 → 27
    const all = rows.find((r) => r.textContent!.includes('All'))!;
    expect(all.querySelector('th')!.textContent).to.equal('Q1 2026');
    const cells = Array.from(all.querySelectorAll('td')).map((c) => c.textContent!.trim());
    expect(cells[1]).to.equal('27');
    expect(cells[3]).to.equal('300');
    expect(cells[4]).to.equal('50% (150)');
    // the interval select offers nothing finer than delivered (month)
    const options = $$(el, 'select option') as HTMLOptionElement[];
    expect(options.filter((o) => o.disabled).map((o) => o.value)).to.deep.equal(['day', 'week']);
  });

  it('a range that makes no sense for the chosen periods shows them all, and applies again for finer periods', async () => {
    const el = await make(weeklyTrend()); // 52 weeks
    button(el, /^\s*3 m\s*$/).click();
    await el.updateComplete;
    expect($(el, '#summary')!.textContent).to.match(/over 1[34] weeks/);
    el.interval = 'quarter';
    await el.updateComplete;
    // 3 months of quarters would be one quarter, with no button left to undo it: all quarters instead
    expect($(el, '#summary')!.textContent).to.contain('quarters');
    expect($(el, '#summary')!.textContent).not.to.contain('only one period');
    expect(el.range).to.equal('3m');
    el.interval = 'week';
    await el.updateComplete;
    expect($(el, '#summary')!.textContent).to.match(/over 1[34] weeks/);
  });

  it('the interval select and range buttons change the view and fire events', async () => {
    const el = await make(monthlyTrend(1));
    const select = $(el, 'select') as HTMLSelectElement;
    const ev = oneEvent(el, 'cx-interval-change');
    select.value = 'quarter';
    select.dispatchEvent(new Event('change'));
    expect((await ev).detail).to.deep.equal({ interval: 'quarter' });
    await el.updateComplete;
    expect(el.interval).to.equal('quarter');
    expect($(el, '#summary')!.textContent).to.contain('over 8 quarters');
    const rangeEv = oneEvent(el, 'cx-range-change');
    button(el, /^\s*1 y\s*$/).click();
    expect((await rangeEv).detail).to.deep.equal({ range: '1y' });
    await el.updateComplete;
    expect($(el, '#summary')!.textContent).to.contain('over 4 quarters');
  });

  it('legend buttons toggle series (aria-pressed), with shape and label, not colour alone', async () => {
    const el = await make(simple);
    const legend = $$(el, '.legend button');
    expect(legend).to.have.length(2);
    expect(legend.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
    // each entry has its own marker shape and dash
    const paths = legend.map((b) => b.querySelector('path')!.getAttribute('d'));
    expect(paths[0]).not.to.equal(paths[1]);
    legend[0]!.click();
    await el.updateComplete;
    expect($$(el, '.legend button')[0]!.getAttribute('aria-pressed')).to.equal('false');
    // the summary now speaks about Web: 25 → 40 (Jan: (20 − 10)/40 = 25; Mar: (30 − 10)/50 = 40)
    expect($(el, '#summary')!.textContent).to.match(/^Web: NPS went from 25 to 40 over 3 months/);
    // with every series hidden: it says so, and focus shows no tooltip for a series that is not drawn
    $$(el, '.legend button')[1]!.click();
    await el.updateComplete;
    expect($(el, '#summary')!.textContent).to.equal('Every series is hidden: switch one on in the legend.');
    $(el, '.plot')!.focus();
    await key(el, 'ArrowLeft');
    expect($(el, '.tooltip')).to.equal(null);
    expect($(el, '[aria-live=polite]')!.textContent).to.equal('');
  });

  it('x-axis labels never run into each other (the last one, anchored at the right edge, included)', async () => {
    // weekly data of 2025 in German at 760 px: monthly ticks about 58 px apart; "Jan. 26" anchored at its end
    // ran into "Dez. 25" before it
    const el = await make(weeklyTrend(), 'locale=de-DE');
    (el.parentElement as HTMLElement).style.width = '760px';
    await until(() => Math.abs(($(el, 'svg.axes') as unknown as SVGSVGElement).viewBox.baseVal.width - 760) < 2);
    await el.updateComplete;
    const boxes = $$(el, '.x-axis text').map((t) => t.getBoundingClientRect());
    expect(boxes.length).to.be.greaterThan(6);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `label ${i}`).to.be.at.least(boxes[i - 1]!.right + 2);
    const plot = $(el, '.plot')!.getBoundingClientRect();
    expect(boxes.at(-1)!.right).to.be.at.most(plot.right);
  });

  it('shows every figure in the table view', async () => {
    const el = await make(simple);
    button(el, /^\s*Table\s*$/).click();
    await el.updateComplete;
    expect($(el, '.plot')).to.equal(null);
    const rows = $$(el, 'tbody tr');
    // 3 periods × 2 series
    expect(rows).to.have.length(6);
    const feb = rows.find((r) => r.textContent!.includes('February 2026') && r.textContent!.includes('All'))!;
    const cells = Array.from(feb.querySelectorAll('td')).map((c) => c.textContent!.trim());
    expect(cells).to.deep.equal(['All', '40', '15.7', '100', '60% (60)', '20% (20)', '20% (20)', '+30', 'yes']);
    const gap = rows.find((r) => r.textContent!.includes('February 2026') && r.textContent!.includes('Web'))!;
    expect(gap.textContent).to.contain('No answers in this period');
    noNaN(el);
  });

  it('on a narrow widget the table caption wraps inside the visible part and stays there while the table scrolls', async () => {
    const el = await make(simple);
    (el.parentElement as HTMLElement).style.width = '280px';
    await until(() => Math.abs(el.getBoundingClientRect().width - 280) < 2);
    button(el, /^\s*Table\s*$/).click();
    await el.updateComplete;
    const wrap = $(el, '.table-wrap')!;
    const caption = $(el, 'caption')!;
    // the table (10 columns) is wider than the 280 px widget and scrolls sideways
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth + 50);
    const inside = () => {
      const w = wrap.getBoundingClientRect();
      const c = caption.getBoundingClientRect();
      return c.left >= w.left - 1 && c.right <= w.right + 1;
    };
    expect(inside(), 'caption inside the visible part').to.equal(true);
    wrap.scrollLeft = 150;
    await new Promise((r) => requestAnimationFrame(r));
    expect(inside(), 'caption inside after scrolling').to.equal(true);
  });

  it('composition toggle adds the stacked bars panel', async () => {
    const el = await make(simple);
    expect($(el, '.comp-label')).to.equal(null);
    const h0 = $(el, '.plot')!.getBoundingClientRect().height;
    button(el, /Composition/).click();
    await el.updateComplete;
    expect(el.composition).to.equal(true);
    expect($(el, '.comp-label')!.textContent).to.contain('Composition: All');
    expect($(el, '.plot')!.getBoundingClientRect().height).to.be.greaterThan(h0);
  });

  it('with every series switched off, the composition panel shows no bars of a hidden series', async () => {
    const el = await make(simple, 'composition');
    // All is active: its bars are drawn as three SVG paths (detractors, passives, promoters)
    const bars = () => $$(el, '.data path').filter((p) => /--_(bad|muted|good)/.test(p.getAttribute('fill') ?? '') && (p.getAttribute('d') ?? '') !== '');
    expect(bars()).to.have.length(3);
    for (const b of $$(el, '.legend button')) b.click();
    await el.updateComplete;
    expect($(el, '#summary')!.textContent).to.contain('Every series is hidden');
    expect(bars()).to.have.length(0);
    // (a boolean: a failing assertion on an element itself cannot be reported by the runner)
    expect(!!$(el, '.comp-label'), 'composition label').to.equal(false);
  });

  it('is accessible (axe) in light and dark, chart and table', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await make(simple, `theme=${theme}`);
      await expect(el).to.be.accessible();
      $(el, '.plot')!.focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      button(el, /^\s*Table\s*$/).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  it('is accessible (axe) with range presets and several series, in English and German', async () => {
    for (const lang of ['en', 'de-DE']) {
      const el = await make(monthlyTrend(3));
      el.setAttribute('lang', lang);
      await el.updateComplete;
      expect($$(el, '.seg button').length, 'range presets').to.be.greaterThan(1);
      await expect(el).to.be.accessible();
    }
  });

  it('speaks German', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-DE" style="width: 600px"><nps-trend .data=${simple}></nps-trend></div>`);
    const el = wrapper.querySelector('nps-trend') as NpsTrend;
    await el.updateComplete;
    expect($(el, '#summary')!.textContent).to.equal(
      'All: NPS stieg von 10 auf 30 (3 Monate); die Veränderung zum Vormonat (−10) ist nicht signifikant. Dazu 1 weitere Reihe.',
    );
    expect(button(el, /Tabelle/)).to.exist;
  });
});

describe('<nps-trend> bad input', () => {
  it('empty series: the empty state', async () => {
    const el = await make(emptyTrend);
    expect(el.state).to.equal('empty');
    expect($(el, '[data-kind=empty]')).to.exist;
  });

  it('one period: a single point with its interval and a sentence that says so', async () => {
    const el = await make(onePeriod);
    expect(el.state).to.equal('ready');
    // (220 − 90) / 440 = 29.5 → 30
    expect($(el, '#summary')!.textContent).to.equal('All customers: NPS 30 in Q1 2026 (only one period with answers).');
    noNaN(el);
  });

  it('messy data: gaps, duplicates, negative counts, n = 0, unsorted, offsets, a segment without data', async () => {
    const el = await make({ id: 'x', name: 'x', interval: 'month', series: [] });
    const ev = oneEvent(el, 'cx-error');
    el.data = messyTrend;
    const { detail } = await ev;
    await el.updateComplete;
    expect(detail.kind).to.equal('data');
    const paths = (detail.problems as { path: string }[]).map((p) => p.path);
    expect(paths).to.deep.equal(['series[0].points[3].date', 'series[0].points[6]']);
    expect($(el, '[part=problems]')!.textContent).to.contain('negative counts');
    expect(el.state).to.equal('ready');
    // the segment without data is listed but cannot be switched on
    const partner = $$(el, '.legend button').find((b) => b.textContent!.includes('Partner shops'))!;
    expect(partner.hasAttribute('disabled')).to.equal(true);
    expect(partner.textContent).to.contain('no data');
    button(el, /^\s*Table\s*$/).click();
    await el.updateComplete;
    const rows = $$(el, 'tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    // sorted Jan … Sep; March = 210+10 promoters …; April, May, June (n = 0), August (left out) are gaps
    expect(rows.map((r) => r.split(' All')[0])).to.deep.equal([
      'January 2025',
      'February 2025',
      'March 2025',
      'April 2025',
      'May 2025',
      'June 2025',
      'July 2025',
      'August 2025',
      'September 2025',
    ]);
    // March: 220 promoters, 125 passives, 85 detractors → n 430, NPS (220 − 85)/430 = 31.4 → 31
    expect(rows[2]).to.contain('31').and.to.contain('430');
    for (const i of [3, 4, 5]) expect(rows[i]).to.contain('No answers');
    // August's only point had negative counts: the gap says so rather than "no answers"
    expect(rows[7]).to.contain('The counts of this period were invalid and left out').and.not.to.contain('No answers');
    // 2025-07-15T12:00+02:00 → July; 2025-09-01T06:00−04:00 = 10:00 UTC → September
    expect(rows[6]).not.to.contain('No answers');
    expect(rows[8]).not.to.contain('No answers');
    noNaN(el);
  });

  it('when the latest period is a small partial one, the summary names the period whose change it reports', async () => {
    // W10 2026 (2 Mar): 50/30/20 → NPS 30; W11 (9 Mar): 60/20/20 → NPS 40; W12 (16 Mar) has begun: 5/3/2, n = 10.
    // The sentence runs over the full samples W10 … W11: +10, SE √(7.81² + 8²) = 11.18, z = 0.89 → not significant.
    // The KPI shows W12 (the latest); "last week's change" would be read as W12's, so the sentence names W11.
    const weeks = { id: 'w', name: 'Weekly', interval: 'week', series: [{ id: 'a', name: 'All', points: pts(['2026-03-02', 50, 30, 20], ['2026-03-09', 60, 20, 20], ['2026-03-16', 5, 3, 2]) }] };
    const el = await make(weeks);
    expect($(el, '.kpi .meta')!.textContent).to.contain('W12 2026');
    expect($(el, '#summary')!.textContent).to.equal('All: NPS rose from 30 to 40 over 2 weeks; the change in W11 2026 (+10) is not significant.');
    el.locale = 'de-DE';
    await el.updateComplete;
    expect($(el, '#summary')!.textContent).to.equal('All: NPS stieg von 30 auf 40 (2 Wochen); die Veränderung im Zeitraum KW 11 2026 (+10) ist nicht signifikant.');
  });

  it('a change that rounds to 0 has no up or down arrow in the KPI', async () => {
    // Jan 50/30/20 → NPS 30; Feb 124/76/50 (n 250) → (124 − 50)/250 = 29.6: a change of −0.4, shown as "0"
    const el = await make({ id: 'r', name: 'r', interval: 'month', series: [{ id: 'a', name: 'A', points: pts(['2026-01-01', 50, 30, 20], ['2026-02-01', 124, 76, 50]) }] });
    const chip = $(el, '.kpi .chip')!;
    expect(chip.textContent!.replace(/\s+/g, ' ')).to.contain('0 · not significant').and.not.to.match(/[-−]0/);
    expect(chip.querySelector('[aria-hidden]')!.textContent).to.equal('■');
  });

  it('a period whose answers are all in one group says it has no margin of error, not ±0.0', async () => {
    // Feb: 0/0/7 → NPS −100; Wald SE = 100·√((0 + 1 − (0 − 1)²)/7) = 0, which would read as certainty from 7 answers
    const el = await make({ id: 'g', name: 'g', interval: 'month', series: [{ id: 'a', name: 'A', points: pts(['2026-01-01', 40, 30, 30], ['2026-02-01', 0, 0, 7]) }] });
    expect($(el, '.kpi')!.textContent).to.contain('no margin of error: every answer in one group').and.not.to.contain('±0');
    button(el, /^\s*Table\s*$/).click();
    await el.updateComplete;
    const feb = $$(el, 'tbody tr').find((r) => r.textContent!.includes('February 2026'))!;
    // NPS, ±, n: −100, –, 7 *
    expect(Array.from(feb.querySelectorAll('td.num')).slice(0, 3).map((c) => c.textContent!.trim())).to.deep.equal(['-100', '–', '7 *']);
    noNaN(el);
  });

  it('a period with valid and invalid points shows the valid figures and says some were left out', async () => {
    // two weekly points in March 2026, monthly view: 40/30/30 counts, the −1 row is left out
    const el = await make({ id: 'p', name: 'p', interval: 'week', series: [{ id: 'a', name: 'A', points: pts(['2026-03-02', 40, 30, 30], ['2026-03-09', -1, 5, 5]) }] }, 'interval=month');
    $(el, '.plot')!.focus();
    await el.updateComplete;
    expect($(el, '.tooltip')!.textContent).to.contain('March 2026').and.to.contain('Some counts of this period were invalid and left out');
    button(el, /^\s*Table\s*$/).click();
    await el.updateComplete;
    const row = $$(el, 'tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' '))[0]!;
    // March: 40/30/30 → NPS 10, n 100
    expect(row).to.contain('March 2026').and.to.contain(' 10 ').and.to.contain('100');
  });

  it('in German the banner lists the problems in German; cx-error keeps the English message', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-DE" style="width: 720px"></div>`);
    const el = document.createElement('nps-trend') as NpsTrend;
    const ev = oneEvent(el, 'cx-error');
    el.data = messyTrend;
    wrapper.append(el);
    const { detail } = await ev;
    await el.updateComplete;
    const banner = $(el, '[part=problems]')!.textContent!.replace(/\s+/g, ' ');
    // messyTrend: points[3] repeats March 2025, points[6] has −3 promoters
    expect(banner).to.contain('series[0].points[6]: negative Zahlen; der Punkt wurde ausgelassen');
    expect(banner).to.contain('Zeitraum 2025-03-01 kommt in „All customers“ mehrfach vor; die Zahlen wurden addiert');
    expect(banner).not.to.contain('negative counts');
    expect(detail.message).to.equal('series[0].points[3].date: period 2025-03-01 appears more than once in "All customers"; the counts were added (and 1 more)');
  });

  it('a wrong type is a schema error with its path, never an exception', async () => {
    const el = await make({ id: 'x', name: 'x', interval: 'month', series: [] });
    const ev = oneEvent(el, 'cx-error');
    el.data = { ...simple, series: [{ id: 'a', name: 'A', points: [{ date: '2026-01-01', promoters: 'many', passives: 1, detractors: 1 }] }] };
    const { detail } = await ev;
    await el.updateComplete;
    expect(detail.kind).to.equal('schema');
    expect(detail.path).to.equal('series[0].points[0].promoters');
    expect(el.state).to.equal('error');
  });

  it('an annotation with an impossible date is left out with cx-error; the chart and the other annotations stay', async () => {
    const el = await make({ id: 'x', name: 'x', interval: 'month', series: [] });
    const ev = oneEvent(el, 'cx-error');
    el.data = { ...simple, annotations: [{ date: '2026-02-30', label: 'Typo day' }, { date: '2026-02-10', label: 'Price change' }] };
    const { detail } = await ev;
    await el.updateComplete;
    expect(detail.kind).to.equal('data');
    expect(detail.path).to.equal('annotations[0].date');
    expect(el.state).to.equal('ready');
    expect($$(el, '.data .line')).to.have.length(2);
    expect($$(el, '.annotation')).to.have.length(1);
    expect($(el, '.events')!.textContent).to.contain('Price change').and.not.to.contain('Typo day');
    noNaN(el);
  });

  it('columnar form: columns of different lengths are rejected', async () => {
    const el = await make({ id: 'x', name: 'x', interval: 'month', series: [] });
    const ev = oneEvent(el, 'cx-error');
    el.data = { id: 'c', name: 'C', interval: 'day', series: [{ id: 'a', name: 'A', points: [], columns: { start: '2026-01-01', promoters: [1, 2], passives: [1], detractors: [1, 2] } }] };
    const { detail } = await ev;
    expect(detail.kind).to.equal('schema');
    expect(detail.message).to.contain('same length');
  });

  it('10 years daily × 8 series in columns: drawn, navigable, no NaN', async () => {
    const el = await make(dailyColumns(10, 8));
    expect(el.state).to.equal('ready');
    expect($$(el, '.legend button')).to.have.length(8);
    $(el, '.plot')!.focus();
    await el.updateComplete;
    await key(el, 'PageUp');
    await key(el, 'ArrowUp');
    expect($(el, '.tooltip')).to.exist;
    noNaN(el);
  });
});

/** A stand-in for EventSource so that live tests need no server. */
class FakeEventSource {
  static CLOSED = 2;
  static last?: FakeEventSource;
  readyState = 1;
  onopen: (() => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
    setTimeout(() => this.onopen?.(), 0);
  }
  addEventListener(type: string, fn: (e: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }
  close() {
    this.readyState = 2;
  }
  send(data: unknown, id: string) {
    const e = new MessageEvent('feedback', { data: JSON.stringify(data), lastEventId: id });
    for (const fn of this.listeners.get('feedback') ?? []) fn(e);
  }
}

describe('<nps-trend> live answers', () => {
  const real = globalThis.EventSource;
  beforeEach(() => {
    (globalThis as unknown as { EventSource: unknown }).EventSource = FakeEventSource;
  });
  afterEach(() => {
    (globalThis as unknown as { EventSource: unknown }).EventSource = real;
  });

  it('adds an answer to its period and series without reloading; pause holds them back', async () => {
    const el = await make(simple, 'live-src=/live/feedback-1');
    await until(() => FakeEventSource.last?.url.endsWith('/live/feedback-1') === true);
    const es = FakeEventSource.last!;
    await until(() => !!button(el, /Pause live updates/));
    const layer = $(el, '.data');
    // the active series (All) is drawn last, over the others
    const allLine = () => $$(el, '.data .line').at(-1)!.getAttribute('d');
    const before = allLine();
    // March for All: 50/30/20 (n 100) + one 10 → 51/30/20, n 101 → NPS (51 − 20)/101 = 30.69 → 31
    es.send({ id: 'e1', time: '2026-03-20T10:00:00Z', seriesId: 'all', score: 10 }, 'e1');
    await el.updateComplete;
    expect($(el, '.kpi .meta')!.textContent).to.contain('n = 101');
    expect($(el, '.kpi .value')!.textContent).to.match(/^31/);
    expect($(el, '.data')).to.equal(layer); // the same layer, not re-created
    expect(allLine()).not.to.equal(before); // March moved: 30 → 30.69
    // a new period: April opens with one detractor
    es.send({ id: 'e2', time: '2026-04-02T08:00:00+02:00', seriesId: 'all', score: 3 }, 'e2');
    await el.updateComplete;
    expect($(el, '.kpi .meta')!.textContent).to.contain('April 2026');
    expect($(el, '.kpi .value')!.textContent).to.match(/^−?-?100/);
    // pause: answers wait; resume: they arrive
    button(el, /Pause live updates/).click();
    await el.updateComplete;
    expect(button(el, /Resume live updates/).getAttribute('aria-pressed')).to.equal('true');
    es.send({ id: 'e3', time: '2026-04-03T08:00:00Z', seriesId: 'all', score: 9 }, 'e3');
    await el.updateComplete;
    expect($(el, '.kpi .meta')!.textContent).to.contain('n = 1');
    button(el, /Resume live updates/).click();
    await el.updateComplete;
    expect($(el, '.kpi .meta')!.textContent).to.contain('n = 2');
    // an answer for an unknown series or with a broken payload changes nothing
    es.send({ id: 'e4', time: '2026-04-03T08:00:00Z', seriesId: 'nope', score: 9 }, 'e4');
    es.send({ id: 'e5', time: 'soon', seriesId: 'all', score: 9 }, 'e5');
    await el.updateComplete;
    expect($(el, '.kpi .meta')!.textContent).to.contain('n = 2');
  });

  it('a live answer updates the tooltip of the focused period but does not make the live region speak it again', async () => {
    const el = await make(simple, 'live-src=/live/feedback-4');
    await until(() => FakeEventSource.last?.url.endsWith('/live/feedback-4') === true);
    const region = () => $(el, '[aria-live]')!.textContent!;
    $(el, '.plot')!.focus();
    await el.updateComplete;
    // the focus starts on the last period of All: March, 50/30/20, n 100
    expect(region()).to.contain('March 2026').and.to.contain('n = 100');
    FakeEventSource.last!.send({ id: 'r1', time: '2026-03-20T10:00:00Z', seriesId: 'all', score: 10 }, 'r1');
    await el.updateComplete;
    // the tooltip shows the new count (51/30/20 → n 101); the live region keeps its words until the user moves
    expect($(el, '.tooltip')!.textContent).to.contain('101');
    expect(region()).to.contain('n = 100').and.not.to.contain('101');
    await key(el, 'ArrowLeft');
    await key(el, 'ArrowRight');
    expect(region()).to.contain('March 2026').and.to.contain('n = 101');
  });

  it('counts an answer to a segment in the total that includes it', async () => {
    const withTotal = { ...simple, series: [{ ...simple.series[0]!, includes: ['web'] }, simple.series[1]!] };
    const el = await make(withTotal, 'live-src=/live/feedback-3');
    await until(() => FakeEventSource.last?.url.endsWith('/live/feedback-3') === true);
    // March for All: 50/30/20 (n 100); one detractor for Web also counts for All → 50/30/21, n 101 → (50 − 21)/101 = 28.7
    FakeEventSource.last!.send({ id: 'i1', time: '2026-03-20T10:00:00Z', seriesId: 'web', score: 2 }, 'i1');
    await el.updateComplete;
    expect($(el, '.kpi .meta')!.textContent).to.contain('n = 101');
    expect($(el, '.kpi .value')!.textContent).to.match(/^29/);
  });

  it('keeps live answers when the interval changes', async () => {
    const el = await make(simple, 'live-src=/live/feedback-2');
    await until(() => FakeEventSource.last?.url.endsWith('/live/feedback-2') === true);
    FakeEventSource.last!.send({ id: 'k1', time: '2026-03-20T10:00:00Z', seriesId: 'all', score: 10 }, 'k1');
    await el.updateComplete;
    el.interval = 'quarter';
    await el.updateComplete;
    // Q1: 300 delivered answers + 1 live
    expect($(el, '.kpi .meta')!.textContent).to.contain('n = 301');
  });
});
