import { expect } from '@open-wc/testing';
import { defineWidgets, widgets } from '../src/define.js';

describe('defineWidgets', () => {
  it('registers every widget under a vendor prefix', () => {
    const tags = defineWidgets({ prefix: 'acme' });
    expect(tags).to.have.members(Object.keys(widgets).map((n) => `acme-${n}`));
    for (const name of Object.keys(widgets)) {
      const cls = customElements.get(`acme-${name}`)!;
      expect(cls === widgets[name] || cls.prototype instanceof widgets[name]!).to.equal(true);
    }
  });

  it('registers default and prefixed tags side by side (a class backs one tag only)', () => {
    defineWidgets();
    defineWidgets({ prefix: 'beta' });
    expect(customElements.get('journey-map')).to.exist;
    expect(customElements.get('beta-journey-map')).to.exist;
    expect(customElements.get('journey-map')).not.to.equal(customElements.get('beta-journey-map'));
  });

  it('is idempotent: a second call defines nothing and does not throw', () => {
    defineWidgets({ prefix: 'again' });
    expect(defineWidgets({ prefix: 'again' })).to.deep.equal([]);
  });

  it('warns, and keeps the existing definition, when another script holds the tag', () => {
    class Foreign extends HTMLElement {}
    customElements.define('other-nps-trend', Foreign);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const defined = defineWidgets({ prefix: 'other' });
      expect(defined).not.to.include('other-nps-trend');
      expect(customElements.get('other-nps-trend')).to.equal(Foreign);
      expect(String(warnings[0])).to.contain('<other-nps-trend> is already defined');
    } finally {
      console.warn = warn;
    }
  });

  it('rejects an invalid prefix with a clear message', () => {
    expect(() => defineWidgets({ prefix: '1<script>' })).to.throw('Invalid tag prefix');
  });

  it('can register a subset', () => {
    expect(defineWidgets({ prefix: 'sub', only: ['nps-trend'] })).to.deep.equal(['sub-nps-trend']);
  });
});
