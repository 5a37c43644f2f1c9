// A planner's own files kept in this browser (IndexedDB) until "Eigene Daten entfernen": the bytes
// as dropped, with the threshold and corrections they were read with, so that a reload reads them
// the same way again. Nothing here sends anything anywhere. Browser only (Node has no indexedDB);
// every call fails soft, since a private window or a full disk must not break the atlas.
import type { ImportOptions } from './import/table';

export interface StoredOwnData {
  files: { name: string; bytes: ArrayBuffer }[];
  options: ImportOptions;
}

const DB = 'sozialatlas-eigene-daten';
const STORE = 'eigene-daten';
const KEY = 'zuletzt';

function open(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await open();
  if (!db) return null;
  return new Promise((resolve) => {
    const tx = db.transaction(STORE, mode);
    const request = act(tx.objectStore(STORE));
    tx.oncomplete = () => {
      db.close();
      resolve(request.result ?? null);
    };
    tx.onerror = tx.onabort = () => {
      db.close();
      resolve(null);
    };
  });
}

/** Own places ("Eigene Standorte") are kept beside own tables, under their own key. */
export const OWN_PLACES_KEY = 'eigene-standorte';

/** Keeps these files in place of the ones kept before; true when the browser took them. */
export async function saveOwnData(data: StoredOwnData, key = KEY): Promise<boolean> {
  return (await run('readwrite', (s) => s.put(data, key))) !== null;
}

export async function loadOwnData(key = KEY): Promise<StoredOwnData | null> {
  const stored = await run<StoredOwnData | undefined>('readonly', (s) => s.get(key) as IDBRequest<StoredOwnData | undefined>);
  return stored && Array.isArray(stored.files) && stored.files.length > 0 ? stored : null;
}

export async function clearOwnData(key = KEY): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
}
