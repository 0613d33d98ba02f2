const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** One Intl.NumberFormat per locale and kind, created once (formatting runs in every render). */
function numberFormat(locale: string, kind: 'fixed' | 'signed' | 'percent' | 'compact', digits: number): Intl.NumberFormat {
  const key = `${locale}|${kind}|${digits}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    // 'negative': no sign on a value that rounds to zero ("-0" for −0.4 would read as a negative score)
    const fixed: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'negative' };
    const options: Intl.NumberFormatOptions =
      kind === 'fixed' ? fixed
      : kind === 'signed' ? { ...fixed, signDisplay: 'exceptZero' }
      : kind === 'percent' ? { ...fixed, style: 'percent' }
      : { notation: 'compact', maximumFractionDigits: 1 };
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const KINDS = ['fixed', 'signed', 'percent', 'compact'] as const;

/** One Intl.PluralRules per locale for every widget (creating one costs more than a small render). */
const pluralRules = new Map<string, Intl.PluralRules>();

/** German typography uses the real minus sign (U+2212). */
const minus = (locale: string, s: string) => (locale.toLowerCase().startsWith('de') ? s.replace(/^-/, '\u2212').replace(/^([+]?)-/, '$1\u2212') : s);

/**
 * Locale-aware formatting through Intl. Non-finite numbers never reach the
 * screen: they format as an en dash ("–").
 */
export class Formatter {
  /** This formatter's number formats by kind and digits (a lookup without building a key on every call). */
  private readonly formats: (Intl.NumberFormat | undefined)[] = [];
  private readonly de: boolean;

  constructor(readonly locale: string) {
    this.de = locale.toLowerCase().startsWith('de');
  }

  private nf(kind: 'fixed' | 'signed' | 'percent' | 'compact', digits: number): Intl.NumberFormat {
    if (!Number.isInteger(digits) || digits < 0 || digits > 20) return numberFormat(this.locale, kind, digits);
    return (this.formats[KINDS.indexOf(kind) * 21 + digits] ??= numberFormat(this.locale, kind, digits));
  }

  number(value: number | undefined, digits = 0): string {
    if (value === undefined || !Number.isFinite(value)) return '–';
    const s = this.nf('fixed', digits).format(value);
    return this.de ? minus(this.locale, s) : s;
  }

  /** With an explicit sign for changes: "+3", "−12,5". */
  signed(value: number | undefined, digits = 0): string {
    if (value === undefined || !Number.isFinite(value)) return '–';
    const s = this.nf('signed', digits).format(value);
    return this.de ? minus(this.locale, s) : s;
  }

  /** The sign of a change as `signed` shows it: 0 when it rounds to zero at `digits` ("−0.4" reads "0", so no down arrow). */
  direction(value: number, digits = 0): -1 | 0 | 1 {
    return this.signed(value, digits) === this.signed(0, digits) ? 0 : value > 0 ? 1 : -1;
  }

  /** A share 0…1 as percent. */
  percent(share: number | undefined, digits = 0): string {
    if (share === undefined || !Number.isFinite(share)) return '–';
    return this.nf('percent', digits).format(share);
  }

  /** Large counts in short form (12.3K / 12,3 Tsd.). */
  compact(value: number | undefined): string {
    if (value === undefined || !Number.isFinite(value)) return '–';
    return this.nf('compact', 0).format(value);
  }

  /** `one` when the locale uses its singular form for `count`, else `other` (keys `<base>One` / `<base>Other`, …). */
  plural(count: number): 'one' | 'other' {
    let rules = pluralRules.get(this.locale);
    if (!rules) pluralRules.set(this.locale, (rules = new Intl.PluralRules(this.locale)));
    return rules.select(count) === 'one' ? 'one' : 'other';
  }

  date(value: Date | string | number | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    if (value === undefined) return '–';
    const d = value instanceof Date ? value : new Date(value);
    return Number.isNaN(d.getTime()) ? '–' : dateFormat(this.locale, options).format(d);
  }

  /** A duration in hours as "45 min", "3.5 h", "2.1 d". */
  hours(value: number | undefined): string {
    if (value === undefined || !Number.isFinite(value)) return '–';
    const de = this.locale.toLowerCase().startsWith('de');
    if (value < 1) return `${this.number(value * 60)} min`;
    if (value < 48) return `${this.number(value, value < 10 ? 1 : 0)} h`;
    return `${this.number(value / 24, 1)} ${de ? 'T' : 'd'}`;
  }
}
