import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TouchpointScore } from '../../../src/widgets/touchpoint-score/index.js';
import * as f from '../../../stories/fixtures/touchpoint-score.js';
import { fakeLive } from './helpers.js';

/** Each case is the fixture root itself (no wrapper: a wrapper makes fixture() wait for a frame, which a background test page never gets). */
// content-visibility: visible, so that contrast is checked on laid-out content even in a background test page
const bg = (t: 'light' | 'dark') => `width:420px; content-visibility:visible; background:${t === 'dark' ? '#15191e' : '#fff'}`;
const cases: Record<string, (theme: 'light' | 'dark') => TemplateResult> = {
  card: (t) => html`<touchpoint-score style=${bg(t)} theme=${t} .data=${f.onboarding}></touchpoint-score>`,
  'wide with live': (t) => html`<touchpoint-score style=${bg(t)} theme=${t} size="wide" live-src="/live" .liveConnect=${fakeLive().connect} .data=${f.missed}></touchpoint-score>`,
  chip: (t) => html`<touchpoint-score style=${bg(t)} theme=${t} size="compact" live-src="/live" .liveConnect=${fakeLive().connect} .data=${f.atRisk}></touchpoint-score>`,
  'chip, met and significantly up': (t) => html`<touchpoint-score style=${bg(t)} theme=${t} size="compact" .data=${f.onboarding}></touchpoint-score>`,
  'chip, bad data': (t) => html`<touchpoint-score style=${bg(t)} theme=${t} size="compact" .data=${{ id: 'x', name: 'Broken', periods: [{ start: 'yesterday' }] }}></touchpoint-score>`,
  'csat, at risk': (t) => html`<touchpoint-score style=${bg(t)} theme=${t} metric="csat" .data=${f.csat}></touchpoint-score>`,
  'ces with audit': (t) => html`<touchpoint-score style=${bg(t)} theme=${t} metric="ces" .data=${f.ces}></touchpoint-score>`,
  'small sample': (t) => html`<touchpoint-score style=${bg(t)} theme=${t} .data=${f.smallSample}></touchpoint-score>`,
  problems: (t) => html`<touchpoint-score style=${bg(t)} theme=${t} .data=${f.bad.mismatch}></touchpoint-score>`,
  'no data': (t) => html`<touchpoint-score style=${bg(t)} theme=${t} metric="csat" .data=${f.onboarding}></touchpoint-score>`,
};

describe('<touchpoint-score> accessibility (axe)', function () {
  this.timeout(30000);
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, render] of Object.entries(cases)) {
      it(`${name} (${theme})`, async () => {
        const el = await fixture<TouchpointScore>(render(theme));
        await expect(el).to.be.accessible();
      });
    }
    it(`table view and open explanation (${theme})`, async () => {
      const el = await fixture<TouchpointScore>(cases.card!(theme));
      (el.shadowRoot!.querySelector('.tool[aria-pressed]') as HTMLButtonElement).click();
      (el.shadowRoot!.querySelector('.info') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('table')).to.exist;
      await expect(el).to.be.accessible();
    });
  }
});
