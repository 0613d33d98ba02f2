import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/probe-widget.js';
import type { ProbeWidget } from '../helpers/probe-widget.js';

const data = { id: 'a', items: [{ name: 'One', n: 1 }] };
const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('theme tokens', () => {
  it('switches to the dark palette with theme="dark" and back', async () => {
    const el = await fixture<ProbeWidget>(html`<probe-widget theme="light" .data=${data}></probe-widget>`);
    expect(token(el, '--_bg')).to.equal('#ffffff');
    el.theme = 'dark';
    await el.updateComplete;
    expect(token(el, '--_bg')).to.equal('#15191e');
  });

  it('lets a vendor set colours and fonts with --cx-* properties from outside', async () => {
    const wrap = await fixture(html`<div style="--cx-color-accent: #7a0019; --cx-font-family: Georgia">
      <probe-widget theme="light" .data=${data}></probe-widget>
    </div>`);
    const el = wrap.querySelector('probe-widget')!;
    expect(token(el, '--_accent')).to.equal('#7a0019');
    expect(getComputedStyle(el).fontFamily).to.equal('Georgia');
  });

  it('keeps page typography out even when the page uses !important', async () => {
    const style = document.createElement('style');
    style.textContent = '* { text-transform: uppercase !important; letter-spacing: 4px !important; }';
    document.head.append(style);
    try {
      const el = await fixture<ProbeWidget>(html`<probe-widget .data=${data}></probe-widget>`);
      const li = el.shadowRoot!.querySelector('li')!;
      expect(getComputedStyle(li).textTransform).to.equal('none');
      expect(getComputedStyle(li).letterSpacing).to.equal('normal');
    } finally {
      style.remove();
    }
  });
});
