/**
 * 工作文件: one JSON file with everything saved on this computer (the school
 * workspace and every wizard's draft), to continue on another PC or hand the work
 * to a colleague. Importing checks the whole file first and refuses it with a
 * reason if anything is wrong, so a bad or foreign file changes nothing
 * (`work-file-import.ts`).
 * A file exported from the demo carries `"mode": "demo"`, and a file is only
 * imported into the same kind of saved work it came from, so the sample school
 * never enters the user's own work (nor real students the demo).
 *
 * ```json
 * { "format": "kaowu-xiangdao.work-file", "version": 1, "exportedAt": "2026-05-01T08:30:00.000Z",
 *   "entries": { "workspace": { "version": 1, … }, "draft:candidates": { "format": "kaowu-xiangdao.draft", … } } }
 * ```
 */
import type { WorkMode } from './work-mode';

/** Marks a JSON file as a work file of this site. */
export const workFileFormat = 'kaowu-xiangdao.work-file';
/** Version of the work-file wrapper (the parts inside carry their own versions). */
export const workFileVersion = 1;

/** Return the work file's text for everything in the store (of the user's own work, or of the demo). */
export function buildWorkFile(entries: ReadonlyArray<[string, unknown]>, exportedAt: Date, mode: WorkMode = 'own'): string {
  const body = {
    format: workFileFormat,
    version: workFileVersion,
    exportedAt: exportedAt.toISOString(),
    ...(mode === 'demo' ? { mode } : {}),
    entries: Object.fromEntries(entries),
  };
  return JSON.stringify(body, null, 1);
}

/** Return the work file's name, e.g. 考务向导工作文件-2026-05-01.json. */
export function workFileName(exportedAt: Date): string {
  const day = [exportedAt.getFullYear(), exportedAt.getMonth() + 1, exportedAt.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `考务向导工作文件-${day}.json`;
}

/** Return `entries` with `replacements` put in place of the entries of the same key (and added where there were none). */
export function replaceEntries(entries: ReadonlyArray<[string, unknown]>, replacements: ReadonlyArray<[string, unknown]>): Array<[string, unknown]> {
  const merged = new Map(entries);
  for (const [key, value] of replacements) merged.set(key, value);
  return [...merged];
}
