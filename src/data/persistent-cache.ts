import { type IDBPDatabase, openDB } from 'idb';

/**
 * Opt-in persistent cache in IndexedDB. Every entry carries the scope it was
 * written for (tenant/user) and a write time; reads only see their own scope
 * and entries younger than the TTL. Any IndexedDB failure (private mode,
 * blocked storage, quota) turns the cache off for the page: widgets keep working.
 */
const DB_NAME = 'cx-journey-kit';
const STORE = 'responses';

interface Row {
  key: string;
  scope: string;
  url: string;
  time: number;
  value: unknown;
}

let db: Promise<IDBPDatabase | undefined> | undefined;
let warned = false;

function fail(error: unknown): undefined {
  if (!warned) {
    warned = true;
    console.warn('[cx-journey-kit] persistent cache unavailable, continuing without it:', error);
  }
  return undefined;
}

function open(): Promise<IDBPDatabase | undefined> {
  db ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      return await openDB(DB_NAME, 1, {
        upgrade(database) {
          const store = database.createObjectStore(STORE, { keyPath: 'key' });
          store.createIndex('scope', 'scope');
        },
      });
    } catch (error) {
      return fail(error);
    }
  })();
  return db;
}

const keyOf = (scope: string, url: string) => `${scope}\u0000${url}`;

export async function readPersistent(scope: string, url: string, ttlMs: number, now = Date.now()): Promise<{ value: unknown; time: number } | undefined> {
  try {
    const database = await open();
    const row = (await database?.get(STORE, keyOf(scope, url))) as Row | undefined;
    if (!row || row.scope !== scope) return undefined;
    if (now - row.time > ttlMs) {
      await database?.delete(STORE, row.key);
      return undefined;
    }
    return { value: row.value, time: row.time };
  } catch (error) {
    return fail(error);
  }
}

export async function writePersistent(scope: string, url: string, value: unknown, time = Date.now()): Promise<void> {
  try {
    const database = await open();
    const row: Row = { key: keyOf(scope, url), scope, url, time, value };
    await database?.put(STORE, row);
  } catch (error) {
    fail(error);
  }
}

/** Deletes the entries of one scope (logout), or every entry. */
export async function clearPersistent(scope?: string): Promise<void> {
  try {
    const database = await open();
    if (!database) return;
    if (scope === undefined) return await database.clear(STORE);
    const tx = database.transaction(STORE, 'readwrite');
    for (const key of await tx.store.index('scope').getAllKeys(scope)) await tx.store.delete(key);
    await tx.done;
  } catch (error) {
    fail(error);
  }
}

/** For tests: forget the open connection and the warning. */
export function resetPersistent(): void {
  void db?.then((d) => d?.close());
  db = undefined;
  warned = false;
}
