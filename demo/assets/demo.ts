/**
 * Demo shell: language switch (sets `lang` on <html> and swaps every `data-src`
 * to its `.de.json` file), theme switch (light / dark / auto → `theme` on every
 * widget), page strings, and a toast for closed-loop `cx-threshold` signals.
 * State lives in the URL (`?lang=de&theme=dark`), nothing is stored.
 */
type Lang = 'en' | 'de';
type Theme = 'light' | 'dark' | 'auto';

const WIDGETS = 'journey-map, touchpoint-score, nps-trend, insight-matrix';

/** Page texts by key (`data-i18n="key"`); the widgets bring their own strings. Every page has the shell's. */
export const PAGE_STRINGS: Record<Lang, Record<string, string>> = {
  en: {
    pages: 'Demo pages', language: 'Language', theme: 'Theme',
    'theme.light': 'Light', 'theme.dark': 'Dark', 'theme.auto': 'Auto',
    'nav.dashboard': 'Dashboard', 'nav.crm': 'CRM record', 'nav.intranet': 'Intranet',
  },
  de: {
    pages: 'Demoseiten', language: 'Sprache', theme: 'Darstellung',
    'theme.light': 'Hell', 'theme.dark': 'Dunkel', 'theme.auto': 'Auto',
    'nav.dashboard': 'Dashboard', 'nav.crm': 'CRM-Datensatz', 'nav.intranet': 'Intranet',
  },
};

export function registerStrings(strings: Record<Lang, Record<string, string>>): void {
  Object.assign(PAGE_STRINGS.en, strings.en);
  Object.assign(PAGE_STRINGS.de, strings.de);
}

const params = new URLSearchParams(location.search);
let lang: Lang = params.get('lang') === 'de' ? 'de' : 'en';
let theme: Theme = (['light', 'dark', 'auto'] as const).find((t) => t === params.get('theme')) ?? 'auto';

export const currentLang = (): Lang => lang;
export const t = (key: string): string => PAGE_STRINGS[lang][key] ?? PAGE_STRINGS.en[key] ?? key;

/** `api/v1/journeys/move-in` → `…/move-in.json` or `…/move-in.de.json`. */
export const srcFor = (base: string, l: Lang = lang): string => `${base}${l === 'de' ? '.de' : ''}.json`;

function applyLang(): void {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-src]')) el.setAttribute('src', srcFor(el.dataset.src!));
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel!));
  document.title = t(document.body.dataset.title ?? 'title');
  pressed('lang', lang);
}

function applyTheme(): void {
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll(WIDGETS)) {
    if (theme === 'auto') el.removeAttribute('theme');
    else el.setAttribute('theme', theme);
  }
  pressed('theme', theme);
}

function pressed(group: string, value: string): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>(`button[data-${group}]`)) b.setAttribute('aria-pressed', String(b.dataset[group] === value));
}

function remember(): void {
  const u = new URL(location.href);
  u.searchParams.set('lang', lang);
  u.searchParams.set('theme', theme);
  history.replaceState(null, '', u);
  // Keep the language and theme when moving between the demo pages.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-keep]')) {
    const target = new URL(a.href);
    target.searchParams.set('lang', lang);
    target.searchParams.set('theme', theme);
    a.href = target.toString();
  }
}

const listeners: ((l: Lang) => void)[] = [];
export function onLangChange(fn: (l: Lang) => void): void {
  listeners.push(fn);
}

export function setLang(next: Lang): void {
  lang = next;
  applyLang();
  remember();
  for (const fn of listeners) fn(lang);
}

export function setTheme(next: Theme): void {
  theme = next;
  applyTheme();
  remember();
}

function toast(title: string, text: string): void {
  const area = document.querySelector('.toast-area') ?? document.body.appendChild(Object.assign(document.createElement('div'), { className: 'toast-area' }));
  area.setAttribute('role', 'status');
  const box = document.createElement('div');
  box.className = 'toast';
  const strong = document.createElement('strong');
  strong.textContent = title;
  box.append(strong, document.createTextNode(text));
  area.append(box);
  while (area.children.length > 2) area.firstElementChild?.remove();
  setTimeout(() => box.remove(), 8000);
}

const signalled = new Set<string>();

export function start(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) b.addEventListener('click', () => setLang(b.dataset.lang as Lang));
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-theme]')) b.addEventListener('click', () => setTheme(b.dataset.theme as Theme));
  // Closed loop: a KPI that misses its target raises cx-threshold; a host would open a case here.
  document.addEventListener('cx-threshold', (e) => {
    const d = (e as CustomEvent<{ seriesId?: string; metric?: string; value?: number; target?: number }>).detail ?? {};
    const source = d.seriesId ?? (e.target as Element | null)?.getAttribute('src')?.split('/').pop()?.replace(/(\.de)?\.json$/, '') ?? '';
    if (signalled.has(source)) return;
    signalled.add(source);
    const num = new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const value = typeof d.value === 'number' ? num.format(d.value) : '–';
    const target = typeof d.target === 'number' ? num.format(d.target) : '–';
    toast(t('threshold'), ` ${source}: ${d.metric?.toUpperCase() ?? ''} ${value} < ${target}`);
  });
  applyLang();
  applyTheme();
  remember();
}
