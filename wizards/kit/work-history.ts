/**
 * The kit's record of the saved work, kept in the store beside it (`kit:history`):
 * for each key a revision number (raised by every write, so a tab can tell that
 * another tab wrote since it read), when it last changed and since when it holds
 * changes that no work file has carried yet; and when a work file was last exported.
 * A page can then say 「有 3 天的修改还没有导出」 (`describeUnexportedWork`), and every wizard
 * page does once that has lasted too long (`findExportReminder`).
 *
 * Plain data and no zod: it is read on every write.
 */
import type { KeyValueStore } from './storage';

/** Key of the record in the store. */
export const historyKey = 'kit:history';

/** What the record says about one key. */
export interface PartHistory {
  /** Raised by every write of the key (0: never written). */
  revision: number;
  /** ISO time of the last write. */
  changedAt: string;
  /** ISO time of the first write after the last export that included the key, or null when exported since. */
  unexportedSince: string | null;
}

/** The whole record. */
export interface WorkHistory {
  /** ISO time of the last 导出工作文件, or null. */
  exportedAt: string | null;
  parts: Record<string, PartHistory>;
}

const isIsoTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Read the stored record; anything unreadable (absent, damaged, written by hand) reads as an empty record. */
export function readHistoryRecord(stored: unknown): WorkHistory {
  const record = stored as { exportedAt?: unknown; parts?: unknown } | null | undefined;
  const parts: Record<string, PartHistory> = {};
  if (record && typeof record.parts === 'object' && record.parts !== null) {
    for (const [key, value] of Object.entries(record.parts as Record<string, unknown>)) {
      const part = value as Partial<PartHistory> | null;
      if (!part || !Number.isInteger(part.revision) || !isIsoTime(part.changedAt)) continue;
      parts[key] = { revision: part.revision!, changedAt: part.changedAt, unexportedSince: isIsoTime(part.unexportedSince) ? part.unexportedSince : null };
    }
  }
  return { exportedAt: isIsoTime(record?.exportedAt) ? record.exportedAt : null, parts };
}

/** Return the revision of `key` (0 when it was never written). */
export function revisionOf(history: WorkHistory, key: string): number {
  return history.parts[key]?.revision ?? 0;
}

/** Return the record after writes of `keys` at `at`: each gets the next revision. */
export function recordWrites(history: WorkHistory, keys: Iterable<string>, at: Date): WorkHistory {
  const parts = { ...history.parts };
  for (const key of new Set(keys)) {
    const before = parts[key];
    parts[key] = { revision: (before?.revision ?? 0) + 1, changedAt: at.toISOString(), unexportedSince: before?.unexportedSince ?? at.toISOString() };
  }
  return { ...history, parts };
}

/**
 * Return the record after a work file was exported at `at` holding the keys at `revisions`: those keys
 * count as exported; a key written again since the export was read keeps its unexported changes.
 */
export function recordExport(history: WorkHistory, revisions: Readonly<Record<string, number>>, at: Date): WorkHistory {
  const parts = { ...history.parts };
  for (const [key, revision] of Object.entries(revisions)) {
    const part = parts[key];
    if (part && part.revision === revision) parts[key] = { ...part, unexportedSince: null };
  }
  return { exportedAt: at.toISOString(), parts };
}

/** How long the saved work has held changes no work file carries. */
export interface UnexportedWork {
  /** When the oldest such change was made, or null when everything saved has been exported. */
  since: Date | null;
  /** Whole days from `since` to now (0 on the same day's hours). */
  days: number;
  /** The keys with such changes (`workspace`, `draft:<slug>`). */
  keys: string[];
  /** When a work file was last exported, or null. */
  exportedAt: Date | null;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Sum up the record for a page that reminds the user to export (e.g. 「有 3 天的修改还没有导出」). */
export function describeUnexportedWork(history: WorkHistory, now: Date): UnexportedWork {
  const pending = Object.entries(history.parts).filter(([, part]) => part.unexportedSince !== null);
  const times = pending.map(([, part]) => Date.parse(part.unexportedSince!));
  const since = times.length > 0 ? new Date(Math.min(...times)) : null;
  return {
    since,
    days: since ? Math.max(0, Math.floor((now.getTime() - since.getTime()) / dayMs)) : 0,
    keys: pending.map(([key]) => key).sort(),
    exportedAt: history.exportedAt ? new Date(history.exportedAt) : null,
  };
}

/**
 * Every wizard page reminds the user to export once the saved work has held changes no work file carries for more
 * than this many whole days. A product choice (issue 15), not a rule of the manual: long enough not to nag a school
 * that exports at each stage of its year, short enough that clearing the browser's data loses at most two weeks.
 */
export const exportReminderDays = 14;

/** Return what the export reminder says (how many days, the last export), or null when none is due. */
export function findExportReminder(history: WorkHistory, now: Date): UnexportedWork | null {
  const work = describeUnexportedWork(history, now);
  return work.days > exportReminderDays ? work : null;
}

/** Read the record of a store (`openWizardStore(mode)`), for a page that shows it. */
export async function readWorkHistory(store: KeyValueStore): Promise<WorkHistory> {
  return readHistoryRecord(await store.get(historyKey));
}
