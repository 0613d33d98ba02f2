interface Entry {
  value: unknown;
  time: number;
}

const entries = new Map<string, Entry>();
const MAX_ENTRIES = 200;

/** The last good answer for a key, shared by every widget on the page. */
export function peek(key: string): Entry | undefined {
  return entries.get(key);
}

export function remember(key: string, value: unknown, time = Date.now()): void {
  entries.delete(key);
  entries.set(key, { value, time });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

/** Forgets entries whose key starts with `prefix`, or all. */
export function forget(prefix?: string): void {
  if (prefix === undefined) return entries.clear();
  for (const key of [...entries.keys()]) if (key.startsWith(prefix)) entries.delete(key);
}
