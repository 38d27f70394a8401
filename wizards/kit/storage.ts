/**
 * The browser store behind autosave: one IndexedDB object store of key → value.
 * IndexedDB rather than localStorage because a list of tens of thousands of
 * students is far over localStorage's ~5 MB, and because it stores objects
 * without a JSON round trip on every keystroke.
 *
 * Keys: `workspace` (the school workspace) and `draft:<slug>` (a wizard's draft).
 * The user's own work and the sample school of the 培训 section (演示数据) are two
 * databases with the same keys, so nothing done to one can reach the other.
 */
import type { WorkMode } from './work-mode';

/** What one transaction writes: values to put and keys to delete, and what it returns to the caller. */
export interface StoreChange<T> {
  put?: ReadonlyArray<[string, unknown]>;
  delete?: readonly string[];
  result: T;
}

/** A minimal asynchronous key-value store. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every key and value. */
  entries(): Promise<Array<[string, unknown]>>;
  /** Replace everything in one transaction: all or nothing. */
  replaceAll(entries: ReadonlyArray<[string, unknown]>): Promise<void>;
  /**
   * Read `keys` (or every key), then write what `change` returns, in one transaction: all or nothing.
   * When `change` throws or a value cannot be stored (too deep to copy, storage full), nothing is written
   * and the promise rejects with the cause.
   */
  transact<T>(keys: readonly string[] | 'all', change: (current: ReadonlyMap<string, unknown>) => StoreChange<T>): Promise<T>;
  /** False when the browser refused persistent storage and work lives only in memory. */
  readonly isPersistent: boolean;
}

/** IndexedDB database of each kind of saved work. */
export const databaseNames: Readonly<Record<WorkMode, string>> = { own: 'kaowu-xiangdao', demo: 'kaowu-xiangdao-demo' };
const storeName = 'saved';

/** Key under which a wizard's draft is saved. */
export function draftKey(slug: string): string {
  return `draft:${slug}`;
}

/** Key of the school workspace. */
export const workspaceKey = 'workspace';

/** Prefix of the kit's own bookkeeping (revisions, export times, the import backup): never part of a work file. */
export const kitKeyPrefix = 'kit:';

/** True for the keys that hold the user's work (the workspace and the drafts), the ones a work file carries. */
export function isWorkKey(key: string): boolean {
  return key === workspaceKey || key.startsWith(draftKey(''));
}

/** Open the IndexedDB store of the user's own work or of the demo, or fall back to memory when the browser refuses (some private modes). */
export async function openWizardStore(mode: WorkMode = 'own'): Promise<KeyValueStore> {
  try {
    return await openIndexedDbStore(databaseNames[mode]);
  } catch {
    return createMemoryStore();
  }
}

function openIndexedDbStore(databaseName: string): Promise<KeyValueStore> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => resolve(wrapDatabase(request.result));
  });
}

function wrapDatabase(db: IDBDatabase): KeyValueStore {
  const read = <T>(work: (store: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(storeName, 'readonly');
      const request = work(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () => reject(transaction.error ?? new Error('读取被中止'));
    });

  const transact: KeyValueStore['transact'] = (keys, change) =>
    new Promise((resolve, reject) => {
      const transaction = db.transaction(storeName, 'readwrite');
      const store = transaction.objectStore(storeName);
      let result: unknown;
      let failure: unknown;
      const write = (current: ReadonlyMap<string, unknown>) => {
        try {
          const outcome = change(current);
          for (const key of outcome.delete ?? []) store.delete(key);
          // put() copies the value at once and throws here when it cannot (a value nested too deep, a function):
          // the transaction is then aborted, so the deletes above never land either.
          for (const [key, value] of outcome.put ?? []) store.put(value, key);
          result = outcome.result;
        } catch (error) {
          failure = error;
          transaction.abort();
        }
      };
      if (keys === 'all') {
        // Keys and values from one transaction, so they always pair up.
        const allKeys = store.getAllKeys();
        const allValues = store.getAll();
        allValues.onsuccess = () => write(new Map(allKeys.result.map((key, index) => [String(key), allValues.result[index]])));
      } else if (keys.length === 0) {
        write(new Map());
      } else {
        const requests = keys.map((key) => store.get(key));
        // Requests of one transaction succeed in order: the last one means all have.
        requests.at(-1)!.onsuccess = () => write(new Map(keys.map((key, index) => [key, requests[index]!.result])));
      }
      transaction.oncomplete = () => resolve(result as never);
      transaction.onabort = () => reject(failure ?? transaction.error ?? new Error('保存被中止'));
    });

  return {
    isPersistent: true,
    get: (key) => read((store) => store.get(key)),
    entries: () =>
      new Promise((resolve, reject) => {
        // Keys and values from one transaction, so they always pair up.
        const transaction = db.transaction(storeName, 'readonly');
        const keys = transaction.objectStore(storeName).getAllKeys();
        const values = transaction.objectStore(storeName).getAll();
        transaction.oncomplete = () => resolve(keys.result.map((key, index) => [String(key), values.result[index]] as [string, unknown]));
        transaction.onabort = () => reject(transaction.error ?? new Error('读取被中止'));
      }),
    put: (key, value) => transact([], () => ({ put: [[key, value]], result: undefined })),
    delete: (key) => transact([], () => ({ delete: [key], result: undefined })),
    replaceAll: (entries) => transact('all', (current) => ({ delete: [...current.keys()], put: entries, result: undefined })),
    transact,
  };
}

/** A store that keeps everything in memory: for tests and for browsers that refuse IndexedDB. */
export function createMemoryStore(initial: ReadonlyArray<[string, unknown]> = []): KeyValueStore {
  const map = new Map<string, unknown>(initial.map(([key, value]) => [key, structuredClone(value)]));
  const transact: KeyValueStore['transact'] = async (keys, change) => {
    const current = new Map(keys === 'all' ? [...map].map(([key, value]) => [key, structuredClone(value)]) : keys.map((key) => [key, structuredClone(map.get(key))]));
    const outcome = change(current);
    // Copy every value first: one that cannot be copied leaves the store as it was, as IndexedDB's abort does.
    const puts = (outcome.put ?? []).map(([key, value]) => [key, structuredClone(value)] as const);
    for (const key of outcome.delete ?? []) map.delete(key);
    for (const [key, value] of puts) map.set(key, value);
    return outcome.result;
  };
  return {
    isPersistent: false,
    get: async (key) => structuredClone(map.get(key)),
    put: (key, value) => transact([], () => ({ put: [[key, value]], result: undefined })),
    delete: (key) => transact([], () => ({ delete: [key], result: undefined })),
    entries: async () => [...map].map(([key, value]) => [key, structuredClone(value)] as [string, unknown]),
    replaceAll: (entries) => transact('all', (current) => ({ delete: [...current.keys()], put: entries, result: undefined })),
    transact,
  };
}
