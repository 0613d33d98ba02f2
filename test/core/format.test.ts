import { expect } from '@open-wc/testing';
import { Formatter } from '../../src/core/format.js';
import { coreStrings, interpolate, langOf, makeTranslator, resolveLocale } from '../../src/core/i18n.js';

describe('Formatter', () => {
  const de = new Formatter('de-DE');
  const en = new Formatter('en-US');

  it('formats German numbers with comma and a real minus sign, English with a hyphen', () => {
    expect(de.number(-12.5, 1)).to.equal('\u221212,5');
    expect(en.number(-12.5, 1)).to.equal('-12.5');
    expect(de.number(1234567)).to.equal('1.234.567');
    expect(en.number(1234567)).to.equal('1,234,567');
  });

  it('a value that rounds to zero has no minus: an NPS of −0.4 reads "0", not "-0"', () => {
    expect(en.number(-0.4)).to.equal('0');
    expect(de.number(-0.04, 1)).to.equal('0,0');
    expect(en.percent(-0.001)).to.equal('0%');
    expect(en.signed(-0.4)).to.equal('0');
    expect(en.number(-0.6)).to.equal('-1');
  });

  it('signs changes', () => {
    expect(en.signed(3)).to.equal('+3');
    expect(en.signed(0)).to.equal('0');
    expect(de.signed(-4.25, 1)).to.equal('\u22124,3');
  });

  it('never prints NaN or Infinity', () => {
    for (const v of [NaN, Infinity, -Infinity, undefined]) {
      expect(en.number(v)).to.equal('–');
      expect(en.signed(v)).to.equal('–');
      expect(en.percent(v)).to.equal('–');
      expect(en.hours(v)).to.equal('–');
    }
    expect(en.date('not a date')).to.equal('–');
  });

  it('formats shares as percent and durations in hours', () => {
    expect(en.percent(0.256)).to.equal('26%');
    expect(de.percent(0.256)).to.equal('26\u00a0%');
    expect(en.hours(0.5)).to.equal('30 min');
    expect(en.hours(3.25)).to.equal('3.3 h');
    expect(en.hours(72)).to.equal('3.0 d');
    expect(de.hours(72)).to.equal('3,0 T');
  });
});

describe('Formatter.plural', () => {
  it('picks the singular form for one in English and German, the plural otherwise', () => {
    const en = new Formatter('en');
    const de = new Formatter('de-DE');
    expect([0, 1, 2, 1.5].map((n) => en.plural(n))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect([0, 1, 7].map((n) => de.plural(n))).to.deep.equal(['other', 'one', 'other']);
  });
});

describe('i18n', () => {
  it('maps locales to the built-in languages', () => {
    expect(langOf('de-AT')).to.equal('de');
    expect(langOf('en-GB')).to.equal('en');
    expect(langOf('fr-FR')).to.equal('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} of {b}', { a: 1 })).to.equal('1 of {b}');
  });

  it('never finds an inherited key: "constructor" or "toString" read as themselves', () => {
    const t = makeTranslator('en', [coreStrings], {});
    expect(t('constructor')).to.equal('constructor');
    expect(t('toString')).to.equal('toString');
  });

  it('looks strings up: host override, widget, core, then English', () => {
    const widget = { en: { title: 'Trend', onlyEn: 'Only English' }, de: { title: 'Verlauf' } };
    const t = makeTranslator('de', [widget, coreStrings], { retry: 'Nochmal' });
    expect(t('title')).to.equal('Verlauf');
    expect(t('retry')).to.equal('Nochmal');
    expect(t('loading')).to.equal(coreStrings.de.loading);
    expect(t('onlyEn')).to.equal('Only English');
    expect(t('missing.key')).to.equal('missing.key');
  });

  it('ignores inherited keys in overrides', () => {
    const t = makeTranslator('en', [coreStrings], JSON.parse('{"__proto__": {"retry": "pwned"}}'));
    expect(t('retry')).to.equal('Try again');
  });

  it('finds the nearest lang through shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'de-CH';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('de-CH');
    expect(resolveLocale(inner, 'en-GB')).to.equal('en-GB');
  });
});
