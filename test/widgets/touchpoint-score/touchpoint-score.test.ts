import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ScoreSeries } from '../../../src/data/schemas/score.js';
import type { TouchpointScore } from '../../../src/widgets/touchpoint-score/index.js';
import { json, stubFetch, until } from '../../helpers/fetch-stub.js';
import { clearCache } from '../../../src/data/resource.js';
import { openChannels } from '../../../src/data/live.js';
import * as f from '../../../stories/fixtures/touchpoint-score.js';
import { fakeLive, nps, twoWeeks } from './helpers.js';

const $ = (el: TouchpointScore, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (el: TouchpointScore, sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Collects events of a type on an element. */
function record(el: EventTarget, type: string): CustomEvent[] {
  const seen: CustomEvent[] = [];
  el.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

describe('<touchpoint-score> rendering', () => {
  it('shows the number, change with significance, target status, n and margin of error', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${twoWeeks}></touchpoint-score>`);
    // NPS 45 (n 200), MOE 10.25; Δ +15 vs W41, p = .11; target 40 with warnBelow 50 → at risk
    expect(text(el, '[part=value]')).to.equal('45.0');
    expect(text(el, '[part=change] .delta')).to.equal('▲ +15.0');
    expect(text(el, '[part=change] .vs')).to.equal('vs. W41 · not significant');
    expect($(el, '[part=change]')!.dataset.dir).to.equal('up');
    expect(text(el, '[part=status]')).to.equal('Target 40.0 · at risk');
    expect($(el, '[part=status] .ico')!.getAttribute('data-kind')).to.equal('risk');
    expect(text(el, '.facts')).to.equal('n = 200 · ±10.3 (95 %) · W42');
    expect(text(el, '.metric')).to.equal('NPS');
    expect(text(el, '#sum')).to.equal(
      'Onboarding call: NPS 45.0 in W42, 200 answers, ±10.3 (95 %). Target 40.0: at risk. up 15.0 vs. W41, not significant.',
    );
  });

  it('counts one answer in the singular, in English and German ("1 answer", "1 Antwort")', async () => {
    // W42: 1 promoter → NPS 100, n 1
    const data: ScoreSeries = { ...twoWeeks, periods: [twoWeeks.periods[0]!, { start: '2026-10-12', label: 'W42', nps: nps(1, 0, 0) }] };
    const en = await fixture<TouchpointScore>(html`<touchpoint-score .data=${data}></touchpoint-score>`);
    expect(text(en, '#sum')).to.contain('100.0 in W42, 1 answer,');
    const de = await fixture<TouchpointScore>(html`<touchpoint-score locale="de-DE" .data=${data}></touchpoint-score>`);
    expect(text(de, '#sum')).to.contain('100,0 in W42, 1 Antwort,');
    // and the plural stays: W41 has 100
    expect(text(en, '#sum')).not.to.contain('1 answers');
  });

  it('says there is no margin of error when every answer is alike, never "±0.0"', async () => {
    // W42: 0/0/7 → NPS −100, Wald SE = 100·√((0 + 1 − (0 − 1)²)/7) = 0
    const data: ScoreSeries = { ...twoWeeks, periods: [twoWeeks.periods[0]!, { start: '2026-10-12', label: 'W42', nps: nps(0, 0, 7) }] };
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${data}></touchpoint-score>`);
    expect(text(el, '.facts')).to.equal('n = 7 · no margin of error (all answers alike) · W42');
    expect(text(el, '#sum')).to.contain('-100.0 in W42, 7 answers, no margin of error (all answers alike).');
    $(el, '.foot .tool')!.click();
    await el.updateComplete;
    // the table's W42 row: period, NPS, n, ±
    expect(Array.from($(el, 'tbody tr')!.children).map((c) => c.textContent!.trim())).to.deep.equal(['W42', '-100.0', '7', '–']);
    expect(el.shadowRoot!.textContent).not.to.match(/±\s*0[.,]0/);
  });

  it('German: "keine Fehlermarge", the word the explanation uses too', async () => {
    const data: ScoreSeries = { ...twoWeeks, periods: [twoWeeks.periods[0]!, { start: '2026-10-12', label: 'W42', nps: nps(0, 0, 7) }] };
    const el = await fixture<TouchpointScore>(html`<touchpoint-score locale="de-DE" .data=${data}></touchpoint-score>`);
    expect(text(el, '.facts')).to.equal('n = 7 · keine Fehlermarge (alle Antworten gleich) · W42');
  });

  it('names a period without a label by its start date as written, whatever the time zone', async () => {
    // 00:00 at UTC+14 is still 11 Oct in UTC; 23:30 at UTC−10 is already 20 Oct in UTC
    const data: ScoreSeries = {
      id: 'tz',
      name: 'TZ',
      periods: [
        { start: '2026-10-12T00:00:00+14:00', nps: nps(50, 30, 20) },
        { start: '2026-10-19T23:30:00-10:00', nps: nps(120, 50, 30) },
      ],
    };
    const el = await fixture<TouchpointScore>(html`<touchpoint-score locale="en-US" .data=${data}></touchpoint-score>`);
    expect(text(el, '.axis')).to.equal('Oct 12, 2026 Oct 19, 2026');
    expect(text(el, '.vs')).to.equal('vs. Oct 12, 2026 · not significant');
    expect(text(el, '.facts')).to.equal('n = 200 · ±10.3 (95 %) · Oct 19, 2026');
  });

  it('an empty target or warn-below attribute means unset, not 0', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score target="" warn-below="" .data=${twoWeeks}></touchpoint-score>`);
    // the data's rule applies: target 40, at risk below 50; NPS 45
    expect(text(el, '[part=status]')).to.equal('Target 40.0 · at risk');
  });

  it('formats numbers by locale: de "−12,5", en "-12.5"', async () => {
    // W42: 75/85/40 of 200 → NPS (75 − 40)/200 = 17.5; W41 NPS 30 → Δ −12.5
    const data: ScoreSeries = { ...twoWeeks, periods: [twoWeeks.periods[0]!, { start: '2026-10-12', label: 'W42', nps: nps(75, 85, 40) }] };
    const de = await fixture<TouchpointScore>(html`<touchpoint-score locale="de-DE" .data=${data}></touchpoint-score>`);
    expect(text(de, '[part=change] .delta')).to.equal('▼ −12,5');
    expect(text(de, '[part=value]')).to.equal('17,5');
    expect(text(de, '[part=status]')).to.equal('Ziel 40,0 · verfehlt');
    const en = await fixture<TouchpointScore>(html`<touchpoint-score locale="en" .data=${data}></touchpoint-score>`);
    expect(text(en, '[part=change] .delta')).to.equal('▼ -12.5');
  });

  it('flags a small sample and says when there is no previous period', async () => {
    const el = await fixture<TouchpointScore>(
      html`<touchpoint-score .data=${{ id: 'x', name: 'X', periods: [{ start: '2026-10-12', nps: nps(10, 5, 5) }] }}></touchpoint-score>`,
    );
    expect(text(el, '.small')).to.equal('Small sample');
    expect(text(el, '[part=change]')).to.equal('No previous period');
    expect($(el, '[part=trend]')).to.equal(null); // one period: no sparkline
  });

  it('draws a sparkline of the periods with the target line, readable by keyboard', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${twoWeeks}></touchpoint-score>`);
    const trend = $(el, '[part=trend]')!;
    expect(trend.getAttribute('aria-label')).to.equal('Trend of 2 periods; arrow keys read each period');
    // domain [30, 45] with the target 40 inside; W41 at x = 0, W42 at x = 100
    expect($(el, '.line')!.getAttribute('d')).to.match(/^M0,[\d.]+L100,[\d.]+$/);
    expect($(el, '.goal')).to.exist;
    expect(text(el, '.axis')).to.equal('W41 40.0 W42');
    trend.focus();
    trend.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    expect(text(el, '.axis')).to.equal('W42: 45.0 · n = 200');
    trend.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await el.updateComplete;
    expect(text(el, '.axis')).to.equal('W41: 30.0 · n = 100');
    expect($(el, '.dot.focus')!.style.left).to.equal('0%');
  });

  it('has a table view of the periods, newest first', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${twoWeeks}></touchpoint-score>`);
    const toggle = $(el, '.tool[aria-pressed]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['W42 45.0 200 10.3', 'W41 30.0 100 15.3']);
    expect($(el, '[part=trend]')).to.equal(null);
  });

  it('explains the computation in a popover, not a title', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${twoWeeks}></touchpoint-score>`);
    const button = $(el, '.info')!;
    expect(button.getAttribute('popovertarget')).to.equal('how');
    expect(el.shadowRoot!.querySelector('[title]')).to.equal(null);
    expect(text(el, '#how')).to.equal(''); // nothing hidden in a closed card
    button.click();
    await el.updateComplete;
    expect($(el, '#how')!.matches(':popover-open')).to.equal(true);
    expect(text(el, '#how')).to.contain('NPS = % promoters (9–10) − % detractors (0–6) of the 200 answers in W42.');
    expect(text(el, '#how')).to.contain('p = 0.111');
  });

  it('shows customers next to the internal audit', async () => {
    const data = { ...twoWeeks, audits: [{ metric: 'nps' as const, value: 55, note: 'Mystery calls' }, { metric: 'csat' as const, value: 4.5 }] };
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${data}></touchpoint-score>`);
    // customers 45.0, audit 55.0 → gap −10.0
    expect(text(el, '[part=audit]')).to.equal('Customers 45.0 Audit 55.0 gap -10.0 Mystery calls');
  });

  it('renders a compact chip and a wide card', async () => {
    const chip = await fixture<TouchpointScore>(html`<touchpoint-score size="compact" .data=${twoWeeks}></touchpoint-score>`);
    const button = $(chip, 'button.chip')!;
    expect(text(chip, '#' + button.getAttribute('aria-describedby'))).to.contain('Onboarding call: NPS 45.0 in W42');
    expect(text(chip, '.chip .sr-only')).to.equal('Onboarding call:');
    expect(text(chip, '[part=value]')).to.equal('45.0');
    expect(text(chip, '.delta')).to.equal('▲+15.0');
    expect($(chip, '[part=trend]')).to.equal(null);
    const el = await fixture<TouchpointScore>(html`<touchpoint-score style="width:600px; content-visibility:visible" size="wide" .data=${twoWeeks}></touchpoint-score>`);
    const main = $(el, '.main')!.getBoundingClientRect();
    const trend = $(el, '[part=trend]')!.getBoundingClientRect();
    expect(trend.left).to.be.greaterThan(main.left + 150); // side by side, not stacked
  });

  it('wide: the axis sits right below the sparkline, however tall the figures beside it', async () => {
    // small sample: status and warning lines make the figures column taller than 72 px
    const el = await fixture<TouchpointScore>(html`<touchpoint-score style="width:600px; content-visibility:visible" size="wide" .data=${f.smallSample}></touchpoint-score>`);
    const trend = $(el, '[part=trend]')!.getBoundingClientRect();
    const axis = $(el, '.axis')!.getBoundingClientRect();
    expect(axis.left).to.be.closeTo(trend.left, 0.5); // the right-hand column
    expect(axis.top - trend.bottom).to.be.closeTo(6, 0.5); // the grid's row gap, nothing more
    expect(trend.bottom).to.be.closeTo($(el, '.side')!.getBoundingClientRect().bottom, 0.5);
  });

  it('a 210 px card shows a three-word name in full beside its metric and info button', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score style="width:210px; content-visibility:visible" .data=${f.missed}></touchpoint-score>`);
    const name = $(el, '[part=name]')!;
    expect(name.textContent).to.equal('Delivery date confirmation');
    // three lines of 1.25 em; nothing cut off by the line clamp
    expect(name.scrollHeight).to.be.at.most(name.clientHeight);
    expect(Math.round(name.clientHeight / parseFloat(getComputedStyle(name).lineHeight))).to.equal(3);
  });

  it('the footer keeps the pause button beside its live badge, and "(95 %)" in one piece', async () => {
    const el = await fixture<TouchpointScore>(
      html`<touchpoint-score style="width:320px; content-visibility:visible" live-src="/live" .liveConnect=${fakeLive().connect} .data=${twoWeeks}></touchpoint-score>`,
    );
    const badge = $(el, '.live')!.getBoundingClientRect();
    const pause = $(el, '.live + .tool')!.getBoundingClientRect();
    expect(pause.top + pause.height / 2).to.be.closeTo(badge.top + badge.height / 2, 2); // one line
    expect($(el, '.facts')!.textContent).to.contain('(95\u00a0%)');
  });

  it('fits 120 to 600 px: nothing inside the card reaches past its border (default and wide, English and German)', async () => {
    const sample = await (await fetch('/demo/api/v1/scores/mi-first-bill.json')).json();
    // every variant on one page, drawn together
    const variants = ['en', 'de-DE'].flatMap((lang) => ['', 'wide'].flatMap((size) => [120, 160, 600].map((width) => ({ lang, size, width }))));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const cards = variants.map(({ lang, size, width }) => {
      const box = document.createElement('div');
      box.lang = lang;
      box.style.width = `${width}px`;
      const el = document.createElement('touchpoint-score') as TouchpointScore;
      if (size) el.setAttribute('size', size);
      el.style.contentVisibility = 'visible';
      el.data = sample;
      box.append(el);
      wrapper.append(box);
      return el;
    });
    await Promise.all(cards.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 50)); // the narrow state is applied in a later task
    await Promise.all(cards.map((el) => el.updateComplete));
    const outside: string[] = [];
    for (const [k, el] of cards.entries()) {
      const { lang, size, width } = variants[k]!;
      const card = $(el, '.card')!.getBoundingClientRect();
      if (card.right > el.parentElement!.getBoundingClientRect().right + 0.5) outside.push(`${lang} ${size || 'default'} ${width} px: the card`);
      for (const part of el.shadowRoot!.querySelectorAll('.card *')) {
        if (part.closest('[popover]') || part.closest('[hidden]')) continue;
        const r = part.getBoundingClientRect();
        if (r.width && r.right > card.right - 1 + 0.5) outside.push(`${lang} ${size || 'default'} ${width} px: ${part.getAttribute('class') ?? part.tagName} "${part.textContent!.trim().slice(0, 24)}"`);
      }
    }
    expect(outside).to.deep.equal([]);
  });

  it('holds its usual height only until the first render, so off-screen cards can be skipped at once', async () => {
    const el = document.createElement('touchpoint-score') as TouchpointScore;
    el.data = twoWeeks;
    el.style.contentVisibility = 'visible';
    document.body.append(el);
    try {
      // connected, first render queued (slots.ts): a placeholder of the card's intrinsic height
      expect(el.matches(':state(unrendered)')).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(260);
      await el.updateComplete;
      expect(el.matches(':state(unrendered)')).to.equal(false);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });

  it('renders user text as text', async () => {
    const evil = '<img src=x onerror="window.__xss=1">';
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${{ ...twoWeeks, name: evil }}></touchpoint-score>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, '[part=name]')).to.equal(evil);
  });

  it('loads src', async () => {
    const stub = stubFetch(json(twoWeeks));
    try {
      const el = await fixture<TouchpointScore>(html`<touchpoint-score src="/api/v1/scores/onb.json"></touchpoint-score>`);
      await until(() => el.state === 'ready');
      await el.updateComplete;
      expect(text(el, '[part=value]')).to.equal('45.0');
    } finally {
      stub.restore();
      await clearCache();
    }
  });
});

describe('<touchpoint-score> events', () => {
  it('fires cx-touchpoint-select on click and on Enter / Space', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${twoWeeks}></touchpoint-score>`);
    const seen = record(el, 'cx-touchpoint-select');
    // a click anywhere on the card lands on the name button, whose ::after covers the card
    const after = getComputedStyle($(el, '.name')!, '::after');
    expect([after.position, after.top, after.left, after.right, after.bottom]).to.deep.equal(['absolute', '0px', '0px', '0px', '0px']);
    expect(getComputedStyle($(el, '.name')!).position).to.equal('static');
    expect(getComputedStyle($(el, '.card')!).position).to.equal('relative');
    $(el, '.name')!.click();
    $(el, '.name')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(seen.length).to.equal(3);
    expect(seen[0]!.detail).to.deep.equal({ seriesId: 'onb', touchpointId: 'tp-1', journeyId: 'j-1', metric: 'nps' });
    expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    // the other buttons do not select
    ($(el, '.tool') as HTMLButtonElement).click();
    expect(seen.length).to.equal(3);
  });

  it('fires cx-threshold once per crossing into missed', async () => {
    // 10/0/10 → NPS 0 < target 10: missed at load
    const data: ScoreSeries = { id: 's', name: 'S', touchpointId: 'tp-1', periods: [{ start: '2026-10-12', label: 'W42', nps: nps(10, 0, 10) }], targets: [{ metric: 'nps', value: 10 }] };
    const live = fakeLive();
    const seen: CustomEvent[] = [];
    const el = await fixture<TouchpointScore>(
      html`<touchpoint-score live-src="/live" .liveConnect=${live.connect} @cx-threshold=${(e: CustomEvent) => seen.push(e)} .data=${data}></touchpoint-score>`,
    );
    expect(seen.length).to.equal(1);
    expect(seen[0]!.detail).to.deep.equal({ seriesId: 's', touchpointId: 'tp-1', journeyId: undefined, metric: 'nps', value: 0, target: 10, period: 'W42', start: '2026-10-12' });
    el.data = structuredClone(data); // a refresh with the same figures
    await el.updateComplete;
    expect(seen.length).to.equal(1);
    for (let i = 0; i < 3; i++) live.answer(10); // 13/0/10, n 23 → 13.0: met
    await el.updateComplete;
    expect(text(el, '[part=status]')).to.equal('Target 10.0 · met');
    expect(seen.length).to.equal(1);
    live.answer(0); // 13/0/11, n 24 → 8.3: missed again
    await el.updateComplete;
    expect(seen.length).to.equal(2);
    expect(seen[1]!.detail.value).to.be.closeTo((2 / 24) * 100, 1e-9);
    live.answer(0); // still missed: no new event
    await el.updateComplete;
    expect(seen.length).to.equal(2);
  });

  it('does not fire cx-threshold when the host only changes the target', async () => {
    const el = await fixture<TouchpointScore>(html`<touchpoint-score .data=${twoWeeks}></touchpoint-score>`);
    const seen = record(el, 'cx-threshold');
    el.target = 60;
    await el.updateComplete;
    expect(text(el, '[part=status]')).to.equal('Target 60.0 · missed');
    expect(seen.length).to.equal(0);
  });
});

describe('<touchpoint-score> live', () => {
  it('adds matching answers to the newest period, announces politely, and pauses', async () => {
    const live = fakeLive();
    const el = await fixture<TouchpointScore>(html`<touchpoint-score live-src="/v1/live/feedback" .liveConnect=${live.connect} .data=${twoWeeks}></touchpoint-score>`);
    expect(live.log.url).to.equal('/v1/live/feedback');
    expect(live.log.types).to.deep.equal(['feedback']);
    live.answer(10); // 121/50/30 of 201 → NPS 91/201 = 45.27
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('45.3');
    const region = [...el.shadowRoot!.querySelectorAll('[aria-live=polite]')].at(-1)!;
    expect(region.textContent).to.equal('NPS now 45.3, 201 answers');
    live.answer(0, { touchpointId: 'other' }); // another touchpoint: ignored
    live.answer(0, { seriesId: 'onb' }); // by series id: 121/50/31 of 202 → 90/202 = 44.55
    live.send({ nonsense: true }); // not a FeedbackEvent: ignored
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('44.6');

    const pause = $(el, '.tool[aria-label="Pause live updates"]')!;
    pause.click();
    await el.updateComplete;
    expect(live.log.pauses).to.equal(1);
    expect(text(el, '.live')).to.equal('Paused');
    live.answer(10);
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('44.6'); // held while paused
    $(el, '.tool[aria-label="Resume live updates"]')!.click();
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('44.8'); // delivered on resume: 122/50/31 of 203 → 91/203 = 44.83
  });

  it('announces a new target status together with the figures', async () => {
    // 10/0/10 → NPS 0 < target 10: missed at load
    const data: ScoreSeries = { id: 's', name: 'S', touchpointId: 'tp-1', periods: [{ start: '2026-10-12', label: 'W42', nps: nps(10, 0, 10) }], targets: [{ metric: 'nps', value: 10 }] };
    const live = fakeLive();
    const el = await fixture<TouchpointScore>(html`<touchpoint-score live-src="/live" .liveConnect=${live.connect} .data=${data}></touchpoint-score>`);
    const region = () => $(el, '.live ~ .sr-only[aria-live=polite]')!.textContent;
    for (let i = 0; i < 3; i++) live.answer(10); // 13/0/10 of 23 → 3/23 = 13.04: met
    await el.updateComplete;
    expect(region()).to.equal('NPS now 13.0, 23 answers. Target 10.0: met');
    live.answer(0); // 13/0/11 of 24 → 2/24 = 8.33: missed
    await el.updateComplete;
    expect(region()).to.equal('NPS now 8.3, 24 answers. Target 10.0: missed');
    live.answer(0); // 13/0/12 of 25 → 1/25 = 4.0: still missed, the status is no news
    await el.updateComplete;
    expect(region()).to.equal('NPS now 4.0, 25 answers');
  });

  it('a CSAT or CES card shows no live badge and does not subscribe: live answers are NPS scores', async () => {
    const live = fakeLive();
    const data: ScoreSeries = { ...twoWeeks, periods: twoWeeks.periods.map((p) => ({ ...p, csat: { counts: [5, 10, 20, 60, 105] } })) };
    const el = await fixture<TouchpointScore>(html`<touchpoint-score metric="csat" live-src="/live" .liveConnect=${live.connect} .data=${data}></touchpoint-score>`);
    expect(live.log.subscribed).to.equal(0);
    expect($(el, '.live')).to.equal(null);
    el.metric = 'nps';
    await el.updateComplete;
    await el.updateComplete;
    expect(live.log.subscribed).to.equal(1);
    expect(text(el, '.live')).to.equal('Live');
  });

  it('a journey-level series (no touchpoint) counts every answer of its journey', async () => {
    const live = fakeLive();
    const journeyLevel: ScoreSeries = { ...twoWeeks, id: 'journey', touchpointId: undefined };
    const el = await fixture<TouchpointScore>(html`<touchpoint-score live-src="/live" .liveConnect=${live.connect} .data=${journeyLevel}></touchpoint-score>`);
    live.answer(10, { touchpointId: 'tp-9', journeyId: 'j-1', seriesId: 'j-1-private' }); // 121/50/30 of 201 → 91/201 = 45.27
    live.answer(0, { touchpointId: 'tp-9', journeyId: 'j-2' }); // another journey: ignored
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('45.3');
  });

  it('uses the shared live client by default (one connection per URL, closed with the last card)', async () => {
    const before = openChannels();
    const a = await fixture<TouchpointScore>(html`<touchpoint-score live-src="/__test/sse?key=tps-default&total=0" .data=${twoWeeks}></touchpoint-score>`);
    const b = await fixture<TouchpointScore>(html`<touchpoint-score live-src="/__test/sse?key=tps-default&total=0" .data=${twoWeeks}></touchpoint-score>`);
    expect(openChannels()).to.equal(before + 1);
    a.remove();
    expect(openChannels()).to.equal(before + 1);
    b.remove();
    expect(openChannels()).to.equal(before);
  });

  it('closes the subscription when removed', async () => {
    const live = fakeLive();
    const el = await fixture<TouchpointScore>(html`<touchpoint-score live-src="/live" .liveConnect=${live.connect} .data=${twoWeeks}></touchpoint-score>`);
    el.remove();
    expect(live.log.closed).to.equal(1);
  });
});
