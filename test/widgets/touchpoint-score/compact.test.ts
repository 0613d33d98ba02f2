import { expect, fixture, html } from '@open-wc/testing';
import type { ScoreSeries } from '../../../src/data/schemas/score.js';
import type { TouchpointScore } from '../../../src/widgets/touchpoint-score/index.js';
import { clearCache } from '../../../src/data/resource.js';
import { hang, json, stubFetch, until } from '../../helpers/fetch-stub.js';
import * as f from '../../../stories/fixtures/touchpoint-score.js';
import { fakeLive, nps, twoWeeks } from './helpers.js';

const $ = (el: TouchpointScore, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
// (counts and strings, not elements, in assertions: a failing assertion holding an element stops the test runner)

/** A chip in a 140 px table cell of a CRM list, the way an admin embeds it. */
async function inCell(setup: (el: TouchpointScore) => void): Promise<{ el: TouchpointScore; cell: HTMLElement }> {
  const table = await fixture<HTMLTableElement>(html`<table style="border-collapse:collapse"><tr><td style="width:140px;padding:0">x</td></tr></table>`);
  const cell = table.querySelector('td')!;
  const el = document.createElement('touchpoint-score') as TouchpointScore;
  el.setAttribute('size', 'compact');
  setup(el);
  cell.replaceChildren(el);
  await el.updateComplete;
  return { el, cell };
}

/** The chip keeps the height of one line of text (28 px) and the width of its cell; `lines` 2: a button beside it may go below. */
function staysAChip(el: TouchpointScore, cell: HTMLElement, lines = 1) {
  expect(el.shadowRoot!.querySelectorAll('.cx-status, .cx-banner').length).to.equal(0);
  expect(el.shadowRoot!.querySelector('.chip')!.getBoundingClientRect().height).to.be.at.most(28.5);
  expect(el.getBoundingClientRect().height).to.be.at.most(lines * 28 + 4.5); // 4 px between the lines
  expect(cell.getBoundingClientRect().width).to.be.at.most(140.5);
}

/** WCAG relative luminance of a computed colour (`rgb(…)` or `color(srgb …)`). */
function luminance(color: string): number {
  const parts = color.match(/[\d.]+/g)!.map(Number);
  const rgb = color.startsWith('color(') ? parts.slice(0, 3) : parts.slice(0, 3).map((v) => v / 255);
  const [r, g, b] = rgb.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('<touchpoint-score size="compact">', () => {
  it('in a table cell sized by its content, the chip keeps its change and metric (the cell does not squeeze it)', async () => {
    // the first column takes all the room it may (width: 100%): the chip's column gets its min-content width
    const table = await fixture<HTMLTableElement>(html`<table style="width: 700px; border-collapse: collapse">
      <tr><td style="width: 100%">Touchpoint</td><td><touchpoint-score size="compact" .data=${twoWeeks}></touchpoint-score></td></tr>
    </table>`);
    const el = table.querySelector('touchpoint-score') as TouchpointScore;
    await el.updateComplete;
    const chip = $(el, '.chip')!.getBoundingClientRect();
    for (const sel of ['.value', '.delta', '.metric']) {
      const r = $(el, sel)!.getBoundingClientRect();
      // on the chip's one visible line, inside it
      expect(r.bottom <= chip.bottom + 0.5 && r.right <= chip.right + 0.5, sel).to.equal(true);
    }
  });

  afterEach(async () => {
    await clearCache();
  });

  it('stays a chip in a table cell when the data is bad: warning, metric and message on one line, the detail for screen readers', async () => {
    const { el, cell } = await inCell((e) => (e.data = { id: 'x', name: 'Broken', periods: [{ start: 'yesterday' }] }));
    expect(el.state).to.equal('error');
    staysAChip(el, cell);
    const chip = $(el, '.chip[role=alert]')!;
    expect(chip.getAttribute('part')).to.equal('error');
    expect(chip.querySelector('.ico')!.getAttribute('data-kind')).to.equal('warn');
    expect(text(chip)).to.equal('NPS This widget could not show its data. periods[0].start: expected an ISO 8601 date');
    expect(chip.querySelector('.sr-only')!.textContent).to.contain('periods[0].start');
    expect(el.shadowRoot!.querySelectorAll('button').length).to.equal(0); // data from the property: nothing to try again
  });

  it('a failed src: the chip offers "Try again", which loads again', async () => {
    const stub = stubFetch(json({ error: 'gone' }, 404), json(twoWeeks));
    try {
      const { el, cell } = await inCell((e) => (e.src = '/api/v1/scores/compact-404.json'));
      await until(() => el.state === 'error');
      await el.updateComplete;
      staysAChip(el, cell);
      const retry = $(el, '.chip button')!;
      expect(retry.getAttribute('aria-label')).to.equal('Try again');
      retry.click();
      await until(() => el.state === 'ready');
      await el.updateComplete;
      expect(stub.calls.length).to.equal(2);
      expect(text($(el, '[part=value]'))).to.equal('45.0');
    } finally {
      stub.restore();
    }
  });

  it('loading and empty are chips too', async () => {
    const stub = stubFetch(hang());
    try {
      const loading = await inCell((e) => (e.src = '/api/v1/scores/compact-hang.json'));
      expect(loading.el.state).to.equal('loading');
      staysAChip(loading.el, loading.cell);
      expect($(loading.el, '.chip[role=status]')!.getAttribute('part')).to.equal('loading');
      expect(text($(loading.el, '.chip'))).to.equal('NPS Loading…');
    } finally {
      stub.restore();
    }
    const empty = await inCell((e) => (e.data = { id: 'x', name: 'Nothing yet', periods: [] }));
    staysAChip(empty.el, empty.cell);
    expect(text($(empty.el, '.chip[role=status]'))).to.equal('NPS No data to show yet.');
  });

  it('stale data: the chip stays one line, dashed, says so in its description, with "Try again" beside or below it', async () => {
    const stub = stubFetch(json(twoWeeks), json({ error: 'x' }, 404));
    try {
      const { el, cell } = await inCell((e) => (e.src = '/api/v1/scores/compact-stale.json'));
      await until(() => el.state === 'ready');
      el.refresh();
      await until(() => el.state === 'stale');
      await el.updateComplete;
      staysAChip(el, cell, 2); // 140 px: the button goes below the chip
      expect(text($(el, '[part=value]'))).to.equal('45.0');
      expect(getComputedStyle($(el, 'button.chip')!).borderTopStyle).to.equal('dashed');
      expect(text($(el, '#sum'))).to.contain('Showing saved data; the latest could not be loaded.');
      expect($(el, 'button.chip + #sum + button')!.getAttribute('aria-label')).to.equal('Try again');
    } finally {
      stub.restore();
    }
  });

  it('with a live badge in 120 px the number stays visible and the pause button stays inside', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width:120px"></div>`);
    const el = document.createElement('touchpoint-score') as TouchpointScore;
    el.setAttribute('size', 'compact');
    el.setAttribute('live-src', '/live');
    el.liveConnect = fakeLive().connect;
    el.data = f.missed;
    box.append(el);
    await el.updateComplete;
    const chip = $(el, 'button.chip')!.getBoundingClientRect();
    const value = $(el, '[part=value]')!.getBoundingClientRect();
    // the number lies inside the chip's visible (overflow: hidden) box
    expect(value.left).to.be.at.least(chip.left);
    expect(value.right).to.be.at.most(chip.right);
    expect(value.bottom).to.be.at.most(chip.bottom);
    const pause = $(el, '.tool[aria-label="Pause live updates"]')!.getBoundingClientRect();
    expect(pause.right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
  });

  it('a chip without a status icon keeps its number clear of the rounded edge', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score size="compact" .data=${f.single}></touchpoint-score>`);
    expect(el.shadowRoot!.querySelectorAll('.ico').length).to.equal(0);
    const chip = $(el, 'button.chip')!.getBoundingClientRect();
    // 1 px border + 5 px padding + 5 px margin
    expect($(el, '[part=value]')!.getBoundingClientRect().left - chip.left).to.be.closeTo(11, 0.5);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`a significant change on the chip's tinted background reaches 4.5:1 (${theme})`, async () => {
      // met and up: onboarding W46 53.9 vs W45 39.9 (z = 2.48), target 30
      // missed and up: W41 20/30/50 → −30, W42 40/30/30 → +10 (n 100 each); SE 7.81 and 8.31 → z = 40/11.40 = 3.51; target 20
      const missedUp: ScoreSeries = {
        id: 'mu',
        name: 'Missed but better',
        periods: [
          { start: '2026-10-05', label: 'W41', nps: nps(20, 30, 50) },
          { start: '2026-10-12', label: 'W42', nps: nps(40, 30, 30) },
        ],
        targets: [{ metric: 'nps', value: 20 }],
      };
      for (const [data, status] of [[f.onboarding, 'met'], [missedUp, 'missed']] as const) {
        const el = await fixture<TouchpointScore>(html`<touchpoint-score size="compact" theme=${theme} .data=${data}></touchpoint-score>`);
        const chip = $(el, 'button.chip')!;
        const delta = $(el, '.delta')!;
        expect([chip.dataset.status, delta.dataset.dir, delta.dataset.sig]).to.deep.equal([status, 'up', 'yes']);
        expect(contrast(getComputedStyle(delta).color, getComputedStyle(chip).backgroundColor)).to.be.at.least(4.5);
      }
    });
  }
});
