/**
 * The saved work as one tab sees it: the browser store (`storage.ts`) with a
 * revision for every key (`work-history.ts`), so that two tabs never overwrite
 * each other silently. The tab remembers the revision of each value it read or
 * wrote; a save that is only allowed on that revision (`saveIfUnchanged`, and the
 * workspace's `workspace-writes.ts`) finds out in the same transaction that
 * another tab wrote meanwhile and writes nothing. Other tabs hear of every write
 * at once through a BroadcastChannel, so they can offer the newer state before
 * the user types on.
 *
 * Importing a work file replaces the work in one transaction and keeps what it
 * replaced as a backup that 撤销导入 restores.
 */
import { historyKey, readHistoryRecord, readWorkHistory, recordExport, recordWrites, revisionOf, type WorkHistory } from './work-history';
import { isWorkKey, kitKeyPrefix, type KeyValueStore, type StoreChange } from './storage';
import type { WorkMode } from './work-mode';

/** Why work lives only in memory: the browser refused storage, or it did not answer in time. */
export type MemoryCause = 'refused' | 'unresponsive';

/** What an import replaced, for 撤销导入. */
export interface ImportBackupInfo {
  /** ISO time of the import. */
  importedAt: string;
  /** Name of the imported file. */
  fileName: string;
}

const backupKey = `${kitKeyPrefix}import-backup`;
const backupInfoKey = `${kitKeyPrefix}import-backup-info`;

/** A tracked change: `current` holds the keys asked for, `changedElsewhere` those another tab wrote since this tab read them. */
type TrackedChange<T> = (current: ReadonlyMap<string, unknown>, changedElsewhere: ReadonlySet<string>) => StoreChange<T>;

/** A message between tabs: these keys now have these revisions. */
interface WriteNotice {
  revisions: Record<string, number>;
}

/** The saved work of one kind (the user's own or the demo) as this tab reads and writes it. */
export interface WorkStore extends KeyValueStore {
  readonly mode: WorkMode;
  /** Set when work lives only in memory. */
  readonly memoryCause: MemoryCause | null;
  /**
   * Read `keys`, then write what `change` returns, in one transaction. Work keys written get a new revision,
   * which this tab remembers; other tabs hear of them.
   */
  transactTracked<T>(keys: readonly string[] | 'all', change: TrackedChange<T>): Promise<T>;
  /** Write (or with `undefined`, delete) `key`, unless another tab wrote it since this tab read it; `force` writes anyway. */
  saveIfUnchanged(key: string, value: unknown, options?: { force?: boolean }): Promise<'saved' | 'conflict'>;
  /** Replace the work with a checked work file's entries, keeping what it replaces as the import backup. */
  importWork(entries: ReadonlyArray<[string, unknown]>, fileName: string, at: Date): Promise<void>;
  /** The last import's backup, if there is one. */
  readImportBackup(): Promise<ImportBackupInfo | null>;
  /** Put back what the last import replaced; false when there is no backup. */
  undoImport(): Promise<boolean>;
  /** Drop the import backup (it takes as much room as the work it holds). */
  discardImportBackup(): Promise<void>;
  /** The work entries and their revisions, for a work file. */
  readForExport(): Promise<{ entries: Array<[string, unknown]>; revisions: Record<string, number> }>;
  /** The record of writes and exports (`kit:history`), as the store holds it now. */
  readHistory(): Promise<WorkHistory>;
  /** Record that a work file holding the keys at `revisions` was exported at `at`. */
  recordExport(revisions: Readonly<Record<string, number>>, at: Date): Promise<void>;
  /** Delete everything, the kit's own records too (清除演示数据). */
  clearAll(): Promise<void>;
  /** Call `listener` with the keys another tab writes from now on, at the moment it does. Returns the unsubscribe. */
  onWriteElsewhere(listener: (keys: string[]) => void): () => void;
}

/** Name of the channel between tabs showing the same kind of work. */
export function channelName(mode: WorkMode): string {
  return `kaowu-xiangdao.saved-work.${mode}`;
}

/** Wrap a store of `mode`'s work for this tab. */
export function createWorkStore(store: KeyValueStore, mode: WorkMode, memoryCause: MemoryCause | null = store.isPersistent ? null : 'refused'): WorkStore {
  /** The revision of each key as this tab last read (`get`) or wrote it: what its state on screen is based on. */
  const known = new Map<string, number>();
  const listeners = new Set<(keys: string[]) => void>();
  const channel = store.isPersistent && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName(mode)) : null;
  channel?.addEventListener('message', (event: MessageEvent<WriteNotice>) => {
    const revisions = event.data?.revisions ?? {};
    const newer = Object.keys(revisions).filter((key) => revisions[key]! > (known.get(key) ?? 0));
    if (newer.length > 0) for (const listener of listeners) listener(newer);
  });

  /**
   * Run a change in one transaction that also checks and raises the revisions. `values: false` reads only the
   * revisions of `keys`, not their values: a save that replaces a draft need not read the old one (for a
   * 50 000-row list, a tenth of a second of the page's thread and as much again in garbage).
   */
  const run = async <T>(keys: readonly string[] | 'all', change: TrackedChange<T>, { adoptRead = false, values: readValues = true } = {}): Promise<T> => {
    const now = new Date();
    const outcome = await store.transact(keys === 'all' ? 'all' : readValues ? [...keys, historyKey] : [historyKey], (current) => {
      const history = readHistoryRecord(current.get(historyKey));
      const values = new Map([...current].filter(([key]) => key !== historyKey));
      const tracked = keys === 'all' ? [...values.keys()] : keys;
      const changedElsewhere = new Set(tracked.filter((key) => isWorkKey(key) && revisionOf(history, key) !== (known.get(key) ?? 0)));
      const wanted = change(values, changedElsewhere);
      const read: Record<string, number> = adoptRead ? readRevisions(history, [...values.keys()].filter(isWorkKey)) : {};
      const writes = [...(wanted.put ?? []).map(([key]) => key), ...(wanted.delete ?? [])].filter(isWorkKey);
      if (writes.length === 0) return { ...wanted, result: { value: wanted.result, read, written: {} as Record<string, number> } };
      const next = recordWrites(history, writes, now);
      return {
        ...wanted,
        put: [...(wanted.put ?? []), [historyKey, next] as [string, unknown]],
        result: { value: wanted.result, read, written: readRevisions(next, writes) },
      };
    });
    for (const [key, revision] of Object.entries({ ...outcome.read, ...outcome.written })) known.set(key, revision);
    if (Object.keys(outcome.written).length > 0) channel?.postMessage({ revisions: outcome.written } satisfies WriteNotice);
    return outcome.value;
  };

  const readWork = (current: ReadonlyMap<string, unknown>) => [...current].filter((entry): entry is [string, unknown] => isWorkKey(entry[0]) && entry[1] !== undefined);

  return {
    mode,
    memoryCause,
    isPersistent: store.isPersistent && memoryCause === null,
    transactTracked: (keys, change) => run(keys, change),
    get: (key) => run([key], (current) => ({ result: current.get(key) }), { adoptRead: true }),
    entries: async () => (await store.entries()).filter(([key]) => isWorkKey(key)),
    put: (key, value) => run([], () => ({ put: [[key, value]], result: undefined })),
    delete: (key) => run([], () => ({ delete: [key], result: undefined })),
    replaceAll: (entries) => run('all', (current) => ({ delete: readWork(current).map(([key]) => key), put: entries, result: undefined })),
    transact: store.transact,
    saveIfUnchanged: (key, value, options = {}) =>
      run(
        [key],
        (_current, changedElsewhere) => {
          if (changedElsewhere.has(key) && !options.force) return { result: 'conflict' as const };
          return value === undefined ? { delete: [key], result: 'saved' as const } : { put: [[key, value]], result: 'saved' as const };
        },
        { values: false },
      ),
    importWork: (entries, fileName, at) =>
      run('all', (current) => {
        const replaced = readWork(current);
        const info: ImportBackupInfo = { importedAt: at.toISOString(), fileName };
        return {
          delete: replaced.map(([key]) => key),
          put: [...entries, [backupKey, { ...info, entries: replaced }], [backupInfoKey, info]],
          result: undefined,
        };
      }),
    readImportBackup: async () => ((await store.get(backupInfoKey)) as ImportBackupInfo | undefined) ?? null,
    undoImport: () =>
      run('all', (current) => {
        const backup = current.get(backupKey) as { entries?: Array<[string, unknown]> } | undefined;
        if (!backup || !Array.isArray(backup.entries)) return { result: false };
        return { delete: [...readWork(current).map(([key]) => key), backupKey, backupInfoKey], put: backup.entries, result: true };
      }),
    discardImportBackup: () => store.transact([], () => ({ delete: [backupKey, backupInfoKey], result: undefined })),
    readForExport: () =>
      store.transact('all', (current) => {
        const entries = readWork(current);
        return { result: { entries, revisions: readRevisions(readHistoryRecord(current.get(historyKey)), entries.map(([key]) => key)) } };
      }),
    readHistory: () => readWorkHistory(store),
    recordExport: (revisions, at) =>
      store.transact([historyKey], (current) => ({
        put: [[historyKey, recordExport(readHistoryRecord(current.get(historyKey)), revisions, at)]],
        result: undefined,
      })),
    clearAll: async () => {
      const cleared = await store.transact('all', (current) => ({ delete: [...current.keys()], result: readWork(current).map(([key]) => key) }));
      known.clear();
      // The record went too, so revisions start again: tell other tabs that every key they hold is out of date.
      channel?.postMessage({ revisions: Object.fromEntries(cleared.map((key) => [key, Number.MAX_SAFE_INTEGER])) } satisfies WriteNotice);
    },
    onWriteElsewhere(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function readRevisions(history: WorkHistory, keys: Iterable<string>): Record<string, number> {
  return Object.fromEntries([...keys].map((key) => [key, revisionOf(history, key)]));
}
