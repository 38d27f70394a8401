/**
 * 导出全部工作 and 导入全部工作, loaded when the user clicks: the kit's own store
 * wrapper (`work-store.ts`: the export record, the import backup), its work file
 * (`work-file.ts`) and its checks (`work-file-import.ts`, every wizard's progress by
 * its own schema), exactly as the wizards' 工作文件 controls use them.
 */
import { downloadBlob } from '../kit/download';
import type { KeyValueStore } from '../kit/storage';
import { buildWorkFile, workFileName } from '../kit/work-file';
import type { WorkMode } from '../kit/work-mode';
import { createWorkStore, type WorkStore } from '../kit/work-store';

const stores = new WeakMap<KeyValueStore, WorkStore>();

/** The store of `mode`'s work as the kit tracks it (one per page). */
function trackedStore(store: KeyValueStore, mode: WorkMode): WorkStore {
  let tracked = stores.get(store);
  if (!tracked) stores.set(store, (tracked = createWorkStore(store, mode)));
  return tracked;
}

/** A file checked and ready to import: what it holds and what it would replace, in the wizards' words. */
export interface ImportOffer {
  fileName: string;
  holds: string;
  replaces: string | null;
  exportedAt: Date | null;
  entries: Array<[string, unknown]>;
}

/** Download every work entry as one work file and record the export; returns the file's name. */
export async function exportAllWork(store: KeyValueStore, mode: WorkMode): Promise<string> {
  const tracked = trackedStore(store, mode);
  const now = new Date();
  const fileName = workFileName(now);
  const { entries, revisions } = await tracked.readForExport();
  downloadBlob(new Blob([buildWorkFile(entries, now, mode)], { type: 'application/json' }), fileName);
  await tracked.recordExport(revisions, now);
  return fileName;
}

/** Check a picked file as the wizards do: a refusal's reason, or what it holds and would replace. */
export async function checkImport(file: File, store: KeyValueStore, mode: WorkMode): Promise<{ ok: false; reason: string } | ({ ok: true } & ImportOffer)> {
  const [{ checkPickedWorkFile }, { wizardDrafts }] = await Promise.all([import('../kit/work-file-import'), import('../drafts')]);
  const checked = await checkPickedWorkFile(file, wizardDrafts, mode, async () => (await trackedStore(store, mode).readForExport()).entries);
  if (!checked.ok) return checked;
  return { ok: true, fileName: file.name, holds: checked.holds, replaces: checked.replaces, exportedAt: checked.exportedAt, entries: checked.entries };
}

/** Replace the work with a checked file's entries, keeping what it replaces for 撤销导入. */
export function importAllWork(store: KeyValueStore, mode: WorkMode, offer: ImportOffer): Promise<void> {
  return trackedStore(store, mode).importWork(offer.entries, offer.fileName, new Date());
}

/** Put back what the last import replaced; false when there is no backup. */
export function undoLastImport(store: KeyValueStore, mode: WorkMode): Promise<boolean> {
  return trackedStore(store, mode).undoImport();
}

/** Delete the demo's saved work and records, telling other tabs (清除演示数据). */
export function clearAllWork(store: KeyValueStore, mode: WorkMode): Promise<void> {
  return trackedStore(store, mode).clearAll();
}
