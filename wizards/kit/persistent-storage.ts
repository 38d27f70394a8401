/**
 * Asking the browser to keep the saved work (`navigator.storage.persist()`): without
 * it, a browser short of disk space may delete a site's storage on its own. Chrome
 * grants it without asking the user for a site that is installed, bookmarked or often
 * used, Firefox asks. For a page that offers it (the 工作台); wizards do not ask.
 */

/** Whether the browser keeps the saved work: granted, not (yet) granted, or not a choice this browser offers. */
export type PersistentStorage = 'granted' | 'refused' | 'unsupported';

/** Ask the browser to keep this site's storage; returns what it answered (asking again once granted is harmless). */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistentStorage> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    // Some browsers throw in private windows or on insecure origins instead of answering false.
    return 'refused';
  }
}
