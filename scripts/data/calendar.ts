/** The data window: 24 months, December 2024 … November 2026 (the demo's "now" is end of November 2026). */
export const FIRST_MONTH = { year: 2024, month: 12 };
export const MONTHS = 24;
/** The journeys report the last three months. */
export const PERIOD_MONTHS = 3;

const pad = (n: number) => String(n).padStart(2, '0');

export interface Month {
  index: number;
  start: string;
  end: string;
  /** Days in the month. */
  days: number;
}

export const months: Month[] = Array.from({ length: MONTHS }, (_, index) => {
  const y = FIRST_MONTH.year + Math.floor((FIRST_MONTH.month - 1 + index) / 12);
  const m = ((FIRST_MONTH.month - 1 + index) % 12) + 1;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { index, start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(days)}`, days };
});

export interface Day {
  date: string;
  month: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Days since the start of the window. */
  t: number;
}

const startMs = Date.UTC(FIRST_MONTH.year, FIRST_MONTH.month - 1, 1);
export const days: Day[] = [];
for (const m of months) {
  for (let d = 1; d <= m.days; d++) {
    const ms = Date.UTC(Number(m.start.slice(0, 4)), Number(m.start.slice(5, 7)) - 1, d);
    days.push({ date: `${m.start.slice(0, 8)}${pad(d)}`, month: m.index, weekday: new Date(ms).getUTCDay(), t: (ms - startMs) / 86_400_000 });
  }
}

/** Days since the window start of an ISO date. */
export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - startMs) / 86_400_000;
}

/** Middle of a month in days since the window start. */
export const monthMid = (m: Month): number => dayOf(m.start) + m.days / 2;

export const periodMonths = months.slice(MONTHS - PERIOD_MONTHS);

const fmt = {
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  de: new Intl.DateTimeFormat('de-DE', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
export function monthLabel(m: Month, lang: 'en' | 'de'): string {
  return fmt[lang].format(new Date(`${m.start}T00:00:00Z`));
}
