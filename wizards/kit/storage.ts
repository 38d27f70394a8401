/**
 * The browser store behind autosave: one IndexedDB object store of key → value.
 * IndexedDB rather than localStorage because a list of tens of thousands of
 * students is far over localStorage's ~5 MB, and because it stores objects
 * without a JSON round trip on every keystroke.
 *
 * Keys: `workspace` (the school workspace) and `draft:<slug>` (a wizard's draft).
 */

/** A minimal asynchronous key-value store. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every key and value. */
  entries(): Promise<Array<[string, unknown]>>;
  /** Replace everything in one transaction: all or nothing. */
  replaceAll(entries: ReadonlyArray<[string, unknown]>): Promise<void>;
  /** False when the browser refused persistent storage and work lives only in memory. */
  readonly isPersistent: boolean;
}

const databaseName = 'kaowu-xiangdao';
const storeName = 'saved';

/** Key under which a wizard's draft is saved. */
export function draftKey(slug: string): string {
  return `draft:${slug}`;
}

/** Key of the school workspace. */
export const workspaceKey = 'workspace';

/** Open the site's IndexedDB store, or fall back to memory when the browser refuses (some private modes). */
export async function openWizardStore(): Promise<KeyValueStore> {
  try {
    return await openIndexedDbStore();
  } catch {
    return createMemoryStore();
  }
}

function openIndexedDbStore(): Promise<KeyValueStore> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(wrapDatabase(request.result));
  });
}

function wrapDatabase(db: IDBDatabase): KeyValueStore {
  const run = <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void) =>
    new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(storeName, mode);
      const request = work(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request ? request.result : (undefined as T));
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('保存被中止'));
    });
  return {
    isPersistent: true,
    get: (key) => run('readonly', (store) => store.get(key)),
    put: (key, value) => run('readwrite', (store) => void store.put(value, key)),
    delete: (key) => run('readwrite', (store) => void store.delete(key)),
    entries: () =>
      new Promise((resolve, reject) => {
        // Keys and values from one transaction, so they always pair up.
        const transaction = db.transaction(storeName, 'readonly');
        const keys = transaction.objectStore(storeName).getAllKeys();
        const values = transaction.objectStore(storeName).getAll();
        transaction.oncomplete = () =>
          resolve(keys.result.map((key, index) => [String(key), values.result[index]] as [string, unknown]));
        transaction.onerror = () => reject(transaction.error);
      }),
    replaceAll: (entries) =>
      run('readwrite', (store) => {
        store.clear();
        for (const [key, value] of entries) store.put(value, key);
      }),
  };
}

/** A store that keeps everything in memory: for tests and for browsers that refuse IndexedDB. */
export function createMemoryStore(initial: ReadonlyArray<[string, unknown]> = []): KeyValueStore {
  const map = new Map<string, unknown>(initial.map(([key, value]) => [key, structuredClone(value)]));
  return {
    isPersistent: false,
    get: async (key) => structuredClone(map.get(key)),
    put: async (key, value) => void map.set(key, structuredClone(value)),
    delete: async (key) => void map.delete(key),
    entries: async () => [...map].map(([key, value]) => [key, structuredClone(value)] as [string, unknown]),
    async replaceAll(entries) {
      map.clear();
      for (const [key, value] of entries) map.set(key, structuredClone(value));
    },
  };
}
