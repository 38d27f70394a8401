/**
 * 工作文件: one JSON file with everything saved on this computer (the school
 * workspace and every wizard's draft), to continue on another PC or hand the work
 * to a colleague. Importing checks the whole file first and refuses it with a
 * reason if anything is wrong, so a bad or foreign file changes nothing.
 *
 * ```json
 * { "format": "kaowu-xiangdao.work-file", "version": 1, "exportedAt": "2026-05-01T08:30:00.000Z",
 *   "entries": { "workspace": { "version": 1, … }, "draft:candidates": { "format": "kaowu-xiangdao.draft", … } } }
 * ```
 */
import type { DraftSpec } from './draft-envelope';
import { DraftEnvelopeSchema, readDraft, readWorkspace, workspaceSpec } from './saved-work';
import { draftKey, workspaceKey } from './storage';
import { migrateVersioned } from './versioned';

/** Marks a JSON file as a work file of this site. */
export const workFileFormat = 'kaowu-xiangdao.work-file';
/** Version of the work-file wrapper (the parts inside carry their own versions). */
export const workFileVersion = 1;

/** Return the work file's text for everything in the store. */
export function buildWorkFile(entries: ReadonlyArray<[string, unknown]>, exportedAt: Date): string {
  const body = { format: workFileFormat, version: workFileVersion, exportedAt: exportedAt.toISOString(), entries: Object.fromEntries(entries) };
  return JSON.stringify(body, null, 1);
}

/** Return the work file's name, e.g. 考务向导工作文件-2026-05-01.json. */
export function workFileName(exportedAt: Date): string {
  const day = [exportedAt.getFullYear(), exportedAt.getMonth() + 1, exportedAt.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `考务向导工作文件-${day}.json`;
}

/** What checking an imported work file found. */
export type WorkFileRead = { ok: true; entries: Array<[string, unknown]> } | { ok: false; reason: string };

/**
 * Check a work file's text. The current wizard's draft is checked against its
 * own schema (`spec`); other wizards' drafts are checked for their envelope and
 * read fully when their page opens. An older workspace is migrated here.
 */
export function parseWorkFile(text: string, spec: DraftSpec<unknown>): WorkFileRead {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, reason: '文件不是有效的 JSON 格式，可能不是工作文件，或文件已损坏。' };
  }
  const file = body as { format?: unknown; version?: unknown; entries?: unknown } | null;
  if (!file || typeof file !== 'object' || file.format !== workFileFormat) {
    return { ok: false, reason: '这不是考务向导导出的工作文件。' };
  }
  if (typeof file.version !== 'number' || file.version > workFileVersion) {
    return { ok: false, reason: '这个工作文件来自更新版本的考务向导，请使用最新版本的网站导入。' };
  }
  if (!file.entries || typeof file.entries !== 'object') return { ok: false, reason: '工作文件中没有任何内容。' };
  const entries: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(file.entries)) {
    const checked = checkEntry(key, value, spec);
    if (!checked.ok) return checked;
    entries.push([key, checked.value]);
  }
  return { ok: true, entries };
}

function checkEntry(key: string, value: unknown, spec: DraftSpec<unknown>): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (key === workspaceKey) {
    const read = readWorkspace(value);
    if (read.kind === 'ok') return { ok: true, value: read.value };
    if (read.kind === 'outdated') {
      const migrated = migrateVersioned(workspaceSpec, read.savedVersion, value);
      return migrated.ok ? { ok: true, value: migrated.value } : { ok: false, reason: `学校工作区无法迁移：${migrated.reason}` };
    }
    if (read.kind === 'newer') return { ok: false, reason: '学校工作区来自更新版本的考务向导。' };
    return { ok: false, reason: `学校工作区已损坏：${read.reason}` };
  }
  if (!key.startsWith(draftKey(''))) return { ok: false, reason: `工作文件中有无法识别的内容「${key}」。` };
  const envelope = DraftEnvelopeSchema.safeParse(value);
  if (!envelope.success || draftKey(envelope.data.slug) !== key) return { ok: false, reason: `「${key}」不是有效的向导进度。` };
  if (envelope.data.slug !== spec.slug) return { ok: true, value };
  const read = readDraft(spec, value);
  if (read.kind === 'ok' || read.kind === 'outdated') return { ok: true, value };
  if (read.kind === 'newer') return { ok: false, reason: '本向导的进度来自更新版本的考务向导。' };
  return { ok: false, reason: `本向导的进度已损坏：${read.reason}` };
}
