/**
 * Calendar periods in the UTC calendar, as whole numbers ("ordinals"), so that
 * bucketing is arithmetic instead of string keys.
 *
 * Every date is first turned into its UTC instant: `2026-03-01` is
 * 2026-03-01T00:00Z, and `2026-03-01T00:30:00+02:00` is 2026-02-28T22:30Z, so it
 * counts for 28 February. The same instant always lands in the same period,
 * whatever offset it was written with. Weeks are ISO weeks (Monday to Sunday,
 * the week-year is the year of the week's Thursday); quarters start in
 * January, April, July and October.
 */
import type { Interval } from '../../data/schemas/nps.js';

export const DAY_MS = 86_400_000;
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'quarter'];

/** 0 for day … 3 for quarter: a coarser interval has a larger rank. */
export const rank = (interval: Interval): number => INTERVALS.indexOf(interval);

/** The coarser of two intervals (points cannot be split into finer periods). */
export const coarser = (a: Interval, b: Interval): Interval => (rank(a) >= rank(b) ? a : b);

/** The digit at `i` of `text` (0…9), or −1 for any other character. */
function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Milliseconds since the epoch (UTC) of an ISO date or date-time; NaN when it is no real date. */
export function parseTime(text: string): number {
  if (text.length === 10) {
    // YYYY-MM-DD by character codes (no regular expression, no substrings: runs for every point)
    const y0 = digit(text, 0);
    const y1 = digit(text, 1);
    const y2 = digit(text, 2);
    const y3 = digit(text, 3);
    const m0 = digit(text, 5);
    const m1 = digit(text, 6);
    const d0 = digit(text, 8);
    const d1 = digit(text, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
    const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const mo = m0 * 10 + m1;
    const d = d0 * 10 + d1;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo - 1)) return NaN;
    return Date.UTC(y, mo - 1, d);
  }
  return Date.parse(text);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month0: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month0 === 1 && leap ? 29 : DAYS[month0]!;
}

/**
 * Year and month (0-based) of a day number (days since 1970-01-01), by integer
 * arithmetic (H. Hinnant's civil-from-days), without creating a Date.
 */
export function monthOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9; // 1…12
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + (m - 1);
}

/** The ordinal of the period of `interval` that contains the day number `day`. */
export function ordinalOfDay(interval: Interval, day: number): number {
  switch (interval) {
    case 'day':
      return day;
    case 'week':
      // 1970-01-01 was a Thursday; ISO week 0 starts on Monday 1969-12-29 (day −3).
      return Math.floor((day + 3) / 7);
    case 'month':
      return monthOfDay(day);
    case 'quarter': {
      const mo = monthOfDay(day);
      return Math.floor(mo / 3);
    }
  }
}

/** The ordinal of the period containing the instant `time` (ms, UTC). */
export const ordinalOf = (interval: Interval, time: number): number => ordinalOfDay(interval, Math.floor(time / DAY_MS));

/** The first instant (ms, UTC) of the period `ordinal`. */
export function startOf(interval: Interval, ordinal: number): number {
  switch (interval) {
    case 'day':
      return ordinal * DAY_MS;
    case 'week':
      return (ordinal * 7 - 3) * DAY_MS;
    case 'month':
      return Date.UTC(Math.floor(ordinal / 12), ((ordinal % 12) + 12) % 12, 1);
    case 'quarter':
      return Date.UTC(Math.floor(ordinal / 4), (((ordinal % 4) + 4) % 4) * 3, 1);
  }
}

/** ISO week-year and week number (1…53) of a week ordinal. */
export function isoWeek(ordinal: number): { year: number; week: number } {
  const thursday = new Date(startOf('week', ordinal) + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** Approximate length of one period in days (for spans and range presets). */
export const PERIOD_DAYS: Readonly<Record<Interval, number>> = { day: 1, week: 7, month: 30.44, quarter: 91.31 };
