import { type IDBPDatabase, openDB } from 'idb';
import { config } from './config.js';

/**
 * Opt-in persistent cache in IndexedDB. Every entry carries the scope it was
 * written for (tenant/user) and a write time; reads only see their own scope
 * and entries younger than the TTL. If IndexedDB is missing, throws, errors
 * or does not open within `storageTimeoutMs`, the cache is off for the page
 * (one console warning) and widgets keep working from the network.
 */
const DEFAULT_DB_NAME = 'cx-journey-kit';
let dbName = DEFAULT_DB_NAME;
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

function timeout(ms: number): Promise<never> {
  return new Promise((_resolve, reject) => setTimeout(() => reject(new Error(`IndexedDB did not open within ${ms} ms`)), ms));
}

function open(): Promise<IDBPDatabase | undefined> {
  if (db) return db;
  const attempt: Promise<IDBPDatabase | undefined> = (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      const opening = openDB(dbName, 1, {
        upgrade(database) {
          const store = database.createObjectStore(STORE, { keyPath: 'key' });
          store.createIndex('scope', 'scope');
        },
        // Another tab needs a newer version: step aside, reopen on next use.
        blocking() {
          void opening.then((d) => d.close());
          if (db === attempt) db = undefined;
        },
        terminated() {
          if (db === attempt) db = undefined;
        },
      });
      try {
        return await Promise.race([opening, timeout(config().storageTimeoutMs)]);
      } catch (error) {
        opening.then((d) => d.close(), () => undefined); // a late open is closed again
        throw error;
      }
    } catch (error) {
      return fail(error);
    }
  })();
  db = attempt;
  return attempt;
}

const keyOf = (scope: string, url: string) => `${scope}\u0000${url}`;

/** The entry of `scope` for `url` if it is younger than `ttlMs`; expired entries are deleted. */
export async function readPersistent(scope: string, url: string, ttlMs: number, now = Date.now()): Promise<{ value: unknown; time: number } | undefined> {
  try {
    const database = await open();
    if (!database) return undefined;
    const row = (await database.get(STORE, keyOf(scope, url))) as Row | undefined;
    if (!row || row.scope !== scope || row.url !== url) return undefined;
    if (!(now - row.time <= ttlMs)) {
      await database.delete(STORE, row.key);
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
    if (!database) return;
    const row: Row = { key: keyOf(scope, url), scope, url, time, value };
    await database.put(STORE, row);
  } catch (error) {
    fail(error);
  }
}

/** Whether the database may exist (so a logout on a page without persistence creates none). */
async function mayExist(): Promise<boolean> {
  if (db) return true;
  try {
    const list = await indexedDB.databases?.();
    return list === undefined || list.some((d) => d.name === dbName);
  } catch {
    return true;
  }
}

/**
 * Deletes the entries of one scope (logout), or every entry. Also works on a
 * page that did not opt in (entries written by an earlier page are removed),
 * without creating the database when there is none.
 */
export async function clearPersistent(scope?: string): Promise<void> {
  try {
    if (typeof indexedDB === 'undefined') return;
    if (!config().persist && !(await mayExist())) return;
    const database = await open();
    if (!database) return;
    if (scope === undefined) return await database.clear(STORE);
    const tx = database.transaction(STORE, 'readwrite');
    const keys = await tx.store.index('scope').getAllKeys(IDBKeyRange.only(scope));
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  } catch (error) {
    fail(error);
  }
}

/**
 * For tests: forget the open connection and the warning; `name` switches to
 * another database (test files running side by side each use their own).
 */
export function resetPersistent(name = DEFAULT_DB_NAME): void {
  void db?.then((d) => d?.close());
  db = undefined;
  warned = false;
  dbName = name;
}
