/** Reading what the site saved in the browser, for tests that check the demo and the user's own work stay apart. */
import type { Page } from '@playwright/test';
import { databaseNames } from '../../wizards/kit/storage';
import type { WorkMode } from '../../wizards/kit/work-mode';

/** Every key and value of the IndexedDB database that holds `mode`'s saved work. */
export function readSavedWork(page: Page, mode: WorkMode) {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = indexedDB.open(name, 1);
        request.onupgradeneeded = () => request.result.createObjectStore('saved');
        request.onsuccess = () => {
          const transaction = request.result.transaction('saved', 'readonly');
          const keys = transaction.objectStore('saved').getAllKeys();
          const values = transaction.objectStore('saved').getAll();
          transaction.oncomplete = () => (request.result.close(), resolve(Object.fromEntries(keys.result.map((key, index) => [String(key), values.result[index]]))));
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    databaseNames[mode],
  );
}
