const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Normalises a log timestamp (`2010-12-30 14:32:00+01:00`,
 * `2011-10-11 13:45:40.276000+02:00`) to ISO 8601 with a `T`, keeping the
 * fraction digits and the offset exactly as written (no conversion to UTC).
 * Returns undefined when the text is no timestamp with an offset.
 */
export function toIsoTimestamp(text: string): string | undefined {
  const m = ISO.exec(text.trim());
  if (!m || !m[8]) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac, zone] = m;
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac ? `.${frac}` : ''}${offset}`;
}

/** Milliseconds since the epoch of an ISO timestamp with offset; NaN when it does not parse. */
export function timestampMs(iso: string): number {
  const m = ISO.exec(iso.trim());
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s = '0', frac = '', zone = 'Z'] = m;
  const ms = frac ? Number(`0.${frac}`) * 1000 : 0;
  let offsetMin = 0;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) + ms - offsetMin * 60_000;
}

export const HOUR_MS = 3_600_000;
