import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ScoreSeries } from '../../../src/data/schemas/score.js';
import type { TouchpointScore } from '../../../src/widgets/touchpoint-score/index.js';
import { nps, shadowText, twoWeeks } from './helpers.js';

/** Renders and collects every cx-error (listener attached before the data arrives). */
async function show(data: unknown, attrs: { metric?: string; target?: number; size?: string } = {}) {
  const errors: CustomEvent[] = [];
  const el = await fixture<TouchpointScore>(
    html`<touchpoint-score
      metric=${attrs.metric ?? 'nps'}
      size=${ifDefined(attrs.size)}
      target=${ifDefined(attrs.target)}
      @cx-error=${(e: CustomEvent) => errors.push(e)}
      .data=${data}
    ></touchpoint-score>`,
  );
  await el.updateComplete;
  const issues = [...el.shadowRoot!.querySelectorAll('[part=issues] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  return { el, errors, issues };
}

const noNaN = (el: TouchpointScore) => {
  const all = shadowText(el) + [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ');
  expect(all).not.to.match(/NaN|Infinity|undefined|null/);
};

describe('<touchpoint-score> bad input', () => {
  it('n = 0: "No answers yet", no number, no cx-error (the data is not wrong)', async () => {
    const { el, errors, issues } = await show({ id: 'z', name: 'Zero', periods: [{ start: '2026-10-12', nps: nps(0, 0, 0) }] });
    expect(issues).to.deep.equal(['No answers yet.']);
    expect(el.shadowRoot!.querySelector('[part=value]')).to.equal(null);
    expect(errors.length).to.equal(0);
    noNaN(el);
  });

  it('counts that do not add up to the stated n: shown with a message and cx-error', async () => {
    const data = { id: 'm', name: 'M', periods: [{ start: '2026-10-12', nps: { ...nps(50, 30, 15), n: 100 } }] };
    const { el, errors, issues } = await show(data);
    expect(issues).to.deep.equal(['The counts add up to 95, but n = 100.']);
    expect(errors.length).to.equal(1);
    expect(errors[0]!.detail.kind).to.equal('data');
    expect(errors[0]!.detail.path).to.equal('periods[0].nps.n');
    expect(errors[0]!.detail.message).to.equal('periods[0].nps.n: The counts add up to 95, but n = 100.');
    noNaN(el);
  });

  it('percentages: non-integer counts fail the schema; unit "percent" is refused; exact 100s are flagged', async () => {
    const fractional = await show({ id: 'p', name: 'P', periods: [{ start: '2026-10-12', nps: { promoters: 45.5, passives: 34.5, detractors: 20 } }] });
    expect(fractional.el.state).to.equal('error');
    expect(fractional.errors[0]!.detail.kind).to.equal('schema');
    expect(fractional.el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('periods[0].nps.promoters');

    const unit = await show({ ...twoWeeks, unit: 'percent' });
    expect(unit.issues).to.deep.equal(['The data gives percentages; the score needs answer counts.']);
    expect(unit.el.shadowRoot!.querySelector('[part=value]')).to.equal(null);
    expect(unit.errors.map((e) => e.detail.path)).to.deep.equal(['unit']);

    const hundreds = ['2026-10-05', '2026-10-12', '2026-10-19'].map((start) => ({ start, nps: nps(45, 35, 20) }));
    const looks = await show({ id: 'l', name: 'L', periods: hundreds });
    expect(looks.issues).to.deep.equal(['The counts add up to exactly 100 in every period; they may be percentages.']);
    expect(looks.errors.length).to.equal(1);
    noNaN(unit.el);
    noNaN(looks.el);
  });

  it('a metric the data lacks: no-data state and cx-error; also an unknown metric name', async () => {
    const { el, errors, issues } = await show(twoWeeks, { metric: 'csat' });
    expect(issues).to.deep.equal(['The data has no CSAT answers.']);
    expect(errors[0]!.detail.kind).to.equal('data');
    noNaN(el);
    const unknown = await show(twoWeeks, { metric: 'rating' });
    expect(unknown.issues).to.deep.equal(['Unknown metric "rating"; use nps, csat or ces.']);
    expect(unknown.errors[0]!.detail).to.include({ kind: 'config', path: 'metric', message: 'metric: Unknown metric "rating"; use nps, csat or ces.' });
    noNaN(unknown.el);
  });

  it('a metric named like an object key is shown as written, never looked up', async () => {
    for (const metric of ['constructor', 'toString', '__proto__']) {
      const { el, issues } = await show(twoWeeks, { metric });
      expect(issues).to.deep.equal([`Unknown metric "${metric}"; use nps, csat or ces.`]);
      expect(el.shadowRoot!.querySelector('.metric')!.textContent).to.equal(metric);
      expect(el.shadowRoot!.querySelector('[role=group]')!.getAttribute('aria-label')).to.equal(`Onboarding call · ${metric}`);
      expect(el.shadowRoot!.textContent).not.to.match(/function|native code|\[object/);
    }
  });

  it('a target outside the scale: ignored with a message and cx-error (data and attribute)', async () => {
    const data: ScoreSeries = { ...twoWeeks, targets: [{ metric: 'nps', value: 150 }] };
    const { el, errors, issues } = await show(data);
    expect(issues).to.deep.equal(['Target 150 is outside the scale (-100 to 100) and was ignored.']);
    expect(el.shadowRoot!.querySelector('[part=status]')).to.equal(null);
    expect(errors[0]!.detail).to.include({ kind: 'data', path: 'targets[0].value' });
    const attr = await show(twoWeeks, { target: 120 });
    expect(attr.errors[0]!.detail).to.include({ kind: 'config', path: 'target' });
    noNaN(el);
  });

  it('a missing previous period: "No previous period", no cx-error', async () => {
    const { el, errors } = await show({ id: 'o', name: 'One', periods: [{ start: '2026-10-12', nps: nps(30, 10, 10) }] });
    expect(el.shadowRoot!.querySelector('[part=change]')!.textContent!.trim()).to.equal('No previous period');
    expect(errors.length).to.equal(0);
    noNaN(el);
  });

  it('reports the same problem once, not on every update', async () => {
    const data = { id: 'm', name: 'M', periods: [{ start: '2026-10-12', nps: { ...nps(50, 30, 15), n: 100 } }] };
    const { el, errors } = await show(data);
    el.target = 10;
    await el.updateComplete;
    expect(errors.length).to.equal(1);
  });

  it('the compact chip shows a warning and "–" instead of a number', async () => {
    const { el } = await show(twoWeeks, { metric: 'ces', size: 'compact' });
    const chip = el.shadowRoot!.querySelector('button.chip')!;
    expect(chip.querySelector('[part=value]')!.textContent).to.equal('–');
    expect(el.shadowRoot!.querySelector('#sum')!.textContent).to.equal('Onboarding call: CES –. The data has no CES answers.');
    noNaN(el);
  });
});
