import { expect, fixture, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { ProbeWidget } from '../helpers/probe-widget.js';
import { until } from '../helpers/fetch-stub.js';

/** Records the width each render was computed with. */
class SizedProbe extends ProbeWidget {
  widths: number[] = [];
  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.widths.push(this.box.width);
  }
}
customElements.define('sized-probe', SizedProbe);

const data = { id: 'a', items: [{ name: 'One', n: 1 }] };

describe('ResizeController', () => {
  it('knows the width at the first render (no render at width 0)', async () => {
    const wrap = await fixture(html`<div style="width: 420px"><sized-probe .data=${data}></sized-probe></div>`);
    const el = wrap.querySelector('sized-probe') as SizedProbe;
    await el.updateComplete;
    expect(el.widths[0]).to.equal(420);
  });

  it('renders again when the width changes', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 420px"><sized-probe .data=${data}></sized-probe></div>`);
    const el = wrap.querySelector('sized-probe') as SizedProbe;
    await el.updateComplete;
    wrap.style.width = '300px';
    await until(() => el.widths.at(-1) === 300, 2000, 'a render at 300 px');
  });
});
