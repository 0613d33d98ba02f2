import { expect, fixture, html } from '@open-wc/testing';
import { defineWidgets } from '../../src/define.js';
import { insights } from '../../stories/fixtures/insight-matrix.js';
import { moveIn } from '../../stories/fixtures/journey-map.js';
import { monthlyTrend } from '../../stories/fixtures/nps-trend.js';
import { onboarding } from '../../stories/fixtures/touchpoint-score.js';
import { until } from '../helpers/fetch-stub.js';

defineWidgets();

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('language from the page at runtime', () => {
  it('every widget follows a change of the nearest lang attribute at once, without a property change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 900px">
      <touchpoint-score .data=${onboarding}></touchpoint-score>
      <nps-trend .data=${monthlyTrend(1)}></nps-trend>
      <journey-map .data=${moveIn}></journey-map>
      <insight-matrix .data=${insights}></insight-matrix>
    </div>`);
    const [score, trend, map, matrix] = Array.from(wrapper.children);
    // a word of each widget's own strings (src/widgets/*/strings.ts) and of the core strings, English then German
    const words: [Element, string, string][] = [
      [score!, 'Target', 'Ziel'],
      [trend!, 'Table', 'Tabelle'],
      [map!, 'Show as table', 'Als Tabelle zeigen'],
      [matrix!, 'List', 'Liste'],
    ];
    await until(() => words.every(([el, en]) => text(el).includes(en)), 3000, 'English');
    wrapper.setAttribute('lang', 'de-DE');
    await until(() => words.every(([el, , de]) => text(el).includes(de)), 3000, 'German');
    for (const [el, en, de] of words) expect(text(el), el.localName).to.contain(de).and.not.to.contain(` ${en} `);
  });
});
