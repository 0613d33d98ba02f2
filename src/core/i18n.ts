/** Languages with built-in strings; any other locale falls back to English strings with its own number formats. */
export type Lang = 'en' | 'de';
export type Dictionary = Readonly<Record<string, string>>;
export type Catalog = Readonly<Record<Lang, Dictionary>>;

export const coreStrings: Catalog = {
  en: {
    loading: 'Loading…',
    empty: 'No data to show yet.',
    error: 'This widget could not show its data.',
    stale: 'Showing saved data from {age}; the latest could not be loaded.',
    staleNoAge: 'Showing saved data; the latest could not be loaded.',
    retry: 'Try again',
    degraded: 'Some of the data was left out:',
    table: 'Table',
    chart: 'Chart',
    showTable: 'Show as table',
    showChart: 'Show as chart',
    pause: 'Pause live updates',
    resume: 'Resume live updates',
    live: 'Live',
    paused: 'Paused',
    smallSample: 'Small sample',
    close: 'Close',
  },
  de: {
    loading: 'Wird geladen …',
    empty: 'Noch keine Daten vorhanden.',
    error: 'Dieses Widget konnte seine Daten nicht anzeigen.',
    stale: 'Gespeicherte Daten von {age}; die neuesten konnten nicht geladen werden.',
    staleNoAge: 'Gespeicherte Daten; die neuesten konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    degraded: 'Ein Teil der Daten wurde ausgelassen:',
    table: 'Tabelle',
    chart: 'Diagramm',
    showTable: 'Als Tabelle zeigen',
    showChart: 'Als Diagramm zeigen',
    pause: 'Live-Aktualisierung anhalten',
    resume: 'Live-Aktualisierung fortsetzen',
    live: 'Live',
    paused: 'Angehalten',
    smallSample: 'Kleine Stichprobe',
    close: 'Schließen',
  },
};

/** The nearest `lang`, looking through shadow roots up to the document. */
export function resolveLocale(el: Element, explicit?: string | null): string {
  if (explicit) return explicit;
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return globalThis.navigator?.language || 'en';
}

export function langOf(locale: string): Lang {
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Fills `{name}` placeholders; missing values stay visible as `{name}`. */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in params ? String(params[key]) : match));
}

/** Looks a key up: host overrides, then the widget's strings, then the core strings, then English. */
export function makeTranslator(lang: Lang, catalogs: readonly Catalog[], overrides?: Dictionary) {
  return (key: string, params?: Readonly<Record<string, string | number>>): string => {
    // own keys only: a key such as "constructor" must not find Object.prototype's function
    const own = (d: Dictionary | undefined) => (d && Object.hasOwn(d, key) ? d[key] : undefined);
    let template = own(overrides);
    for (const catalog of catalogs) template ??= own(catalog[lang]);
    for (const catalog of catalogs) template ??= own(catalog.en);
    return interpolate(template ?? key, params);
  };
}

export type Translate = ReturnType<typeof makeTranslator>;

/** A count with its noun in the locale's plural form: the string `<base>One` or `<base>Other`, with `{count}` formatted. */
export function plural(ctx: { t: Translate; fmt: { plural(count: number): 'one' | 'other'; number(value: number): string } }, base: string, count: number): string {
  return ctx.t(ctx.fmt.plural(count) === 'one' ? `${base}One` : `${base}Other`, { count: ctx.fmt.number(count) });
}
