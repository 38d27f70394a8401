// Direct access to what the wizards saved in the browser, for tests that must know a save has landed.
import type { Page } from '@playwright/test';

/** Run `work` on the site's IndexedDB store of saved work inside the page. */
function withSavedStore<Result>(page: Page, mode: IDBTransactionMode, key: string, value?: unknown): Promise<Result> {
  return page.evaluate(
    ([mode, key, value]) =>
      new Promise<Result>((resolve, reject) => {
        const request = indexedDB.open('kaowu-xiangdao', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('saved');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('saved', mode);
          const store = transaction.objectStore('saved');
          const result = mode === 'readonly' ? store.get(key) : store.put(value, key);
          transaction.oncomplete = () => (request.result.close(), resolve((mode === 'readonly' ? result.result : undefined) as Result));
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [mode, key, value] as const,
  );
}

/** Put a value straight into the store, as an older or broken version might have left it. */
export function putSaved(page: Page, key: string, value: unknown): Promise<void> {
  return withSavedStore<void>(page, 'readwrite', key, value);
}

/** Read one saved value (e.g. `draft:candidates`), or undefined. */
export function readSaved(page: Page, key: string): Promise<unknown> {
  return withSavedStore<unknown>(page, 'readonly', key);
}
