import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssProps } from '../../src/core/css-props.js';

describe('cssProps (CSP-safe inline styles)', () => {
  it('sets properties through the CSSOM, never through a style attribute string', async () => {
    const seen: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') seen.push(value);
      return setAttribute.call(this, name, value);
    };
    try {
      const el = await fixture(html`<div ${cssProps({ left: '4px', flexGrow: 2, '--cx-x': 'red' })}></div>`);
      const style = (el as HTMLElement).style;
      expect(style.left).to.equal('4px');
      expect(style.flexGrow).to.equal('2');
      expect(style.getPropertyValue('--cx-x')).to.equal('red');
      expect(seen).to.deep.equal([]);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
  });

  it('removes properties that are no longer given', () => {
    const host = document.createElement('div');
    const view = (props: Record<string, string | null>) => html`<span ${cssProps(props)}></span>`;
    render(view({ left: '1px', top: '2px' }), host);
    render(view({ left: '3px', top: null }), host);
    const span = host.querySelector('span')!;
    expect(span.style.left).to.equal('3px');
    expect(span.style.top).to.equal('');
  });

  it('does not set a property again when its value is unchanged (no style invalidation on re-render)', () => {
    const host = document.createElement('div');
    const view = (left: string, top: string) => html`<span ${cssProps({ left, top })}></span>`;
    render(view('1px', '2px'), host);
    const span = host.querySelector('span')!;
    const set: string[] = [];
    const setProperty = span.style.setProperty.bind(span.style);
    span.style.setProperty = (name: string, value: string | null, priority?: string) => {
      set.push(`${name}:${value}`);
      setProperty(name, value, priority);
    };
    render(view('1px', '5px'), host);
    expect(set).to.deep.equal(['top:5px']);
    expect(span.style.left).to.equal('1px');
    expect(span.style.top).to.equal('5px');
  });
});
