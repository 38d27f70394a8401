/**
 * Checking a 工作文件 before it replaces anything: its size before it is read,
 * its wrapper (format, version, kind of work), and then every entry against its
 * own schema (the workspace, and each wizard's progress by that wizard's draft
 * spec from the registry), with a limit on nesting so that no value can make the
 * browser's copy into the store fail halfway. Nothing is written unless all of
 * it is valid; the host then writes it in one transaction (`work-store.ts`).
 * Loaded only when the user picks a file.
 */
import { codeLoadFailureMessage, isCodeLoadFailure } from './code-loading';
import type { DraftRegistry } from './draft-registry';
import { withoutWorkspace } from './draft-envelope';
import { DraftEnvelopeSchema, readDraft, readWorkspace, workspaceSpec } from './saved-work';
import { draftKey, workspaceKey } from './storage';
import { migrateVersioned } from './versioned';
import { workFileFormat, workFileVersion } from './work-file';
import type { WorkMode } from './work-mode';

/**
 * Largest work file read. Measured: a school's work with 50 000 students (the workspace and the candidate
 * wizard's full draft, the largest part) is 69 MB, 1.4 KB a student, so 100 MB holds over 70 000 students;
 * a real school's file is a few MB. Reading and parsing a file takes several times its size in memory, and
 * beyond this an office PC's tab runs out of memory instead of giving a reason.
 */
export const maxWorkFileBytes = 100 * 1024 * 1024;

/**
 * Deepest nesting of any value in an entry. The deepest real one (a draft's table of rows of cells inside
 * its context inside the envelope) is under 10 levels; far deeper values (200 000 nested lists) made the
 * browser's copy into the store fail with "Maximum call stack size exceeded" after the old work was cleared.
 */
export const maxNestingDepth = 64;

/** A checked work file: what it holds, ready to be written. */
export interface CheckedWorkFile {
  ok: true;
  entries: Array<[string, unknown]>;
  /** When it was exported, if the file says so. */
  exportedAt: Date | null;
}

/** What checking found: the entries, or the reason it is refused. */
export type WorkFileCheck = CheckedWorkFile | { ok: false; reason: string };

type Refusal = { ok: false; reason: string };
const refuse = (reason: string): Refusal => ({ ok: false, reason });

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Return why a file of `size` bytes is not read at all, or null. */
export function checkWorkFileSize(size: number): string | null {
  if (size === 0) return '文件是空的（0 字节），不是考务向导导出的工作文件。';
  if (size <= maxWorkFileBytes) return null;
  return `文件有 ${formatMegabytes(size)}，超过了工作文件的上限 ${maxWorkFileBytes / 1024 / 1024} MB，所以没有读取它。工作文件一般只有几 MB（5 万名学生约 70 MB），请确认选的是考务向导导出的工作文件。`;
}

/** True when `value` nests deeper than `limit` levels of lists and objects. Iterative, so any depth is safe to measure. */
export function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Return why the wrapper's version cannot be read here, or null for this version. */
export function checkWorkFileVersion(version: unknown): string | null {
  if (version === undefined) return '工作文件缺少版本号（version），文件可能已损坏或被修改过。';
  if (typeof version === 'string') return `工作文件的版本号应是数字 ${workFileVersion}，这里却是文字 ${JSON.stringify(version)}（带引号），文件可能被手工修改过。`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `工作文件的版本号 ${JSON.stringify(version)} 无效：版本号是从 1 开始的整数，文件可能已损坏或被修改过。`;
  }
  if (version > workFileVersion) return `这个工作文件来自更新版本的考务向导（第 ${version} 版），请使用最新版本的网站导入。`;
  return null;
}

/** Check a work file's wrapper: format, version, kind of work (`mode`, the kind it would replace) and entries. */
function readWrapper(text: string, mode: WorkMode): Refusal | { ok: true; entries: Record<string, unknown>; exportedAt: Date | null } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse('文件不是有效的 JSON 格式，可能不是工作文件，或文件已损坏。');
  }
  const file = body as { format?: unknown; version?: unknown; mode?: unknown; exportedAt?: unknown; entries?: unknown } | null;
  if (!file || typeof file !== 'object' || file.format !== workFileFormat) return refuse('这不是考务向导导出的工作文件。');
  const versionProblem = checkWorkFileVersion(file.version);
  if (versionProblem) return refuse(versionProblem);
  const fileMode: WorkMode = file.mode === 'demo' ? 'demo' : 'own';
  if (fileMode !== mode) {
    return refuse(fileMode === 'demo' ? '这是演示数据的工作文件，不能导入到您自己的工作中。' : '这是您自己的工作文件，不能导入到演示数据中：请先点「退出演示」再导入。');
  }
  if (!file.entries || typeof file.entries !== 'object' || Array.isArray(file.entries)) return refuse('工作文件的内容（entries）格式不对，文件可能已损坏。');
  const entries = file.entries as Record<string, unknown>;
  if (Object.keys(entries).length === 0) {
    return refuse('工作文件是空的，没有学校工作区，也没有任何向导的进度：导入它会清空这台电脑上保存的全部工作。');
  }
  const exportedAt = typeof file.exportedAt === 'string' && !Number.isNaN(Date.parse(file.exportedAt)) ? new Date(file.exportedAt) : null;
  return { ok: true, entries, exportedAt };
}

/** Return the name of an entry for messages: 学校工作区, or 「考场设置」的进度. */
function nameEntry(key: string, registry: DraftRegistry): string {
  if (key === workspaceKey) return '学校工作区';
  const slug = key.slice(draftKey('').length);
  return `「${registry[slug]?.title ?? slug}」的进度`;
}

async function checkEntry(key: string, value: unknown, registry: DraftRegistry): Promise<Refusal | { ok: true; value: unknown }> {
  const name = nameEntry(key, registry);
  if (key !== workspaceKey && !key.startsWith(draftKey(''))) return refuse(`工作文件中有无法识别的内容「${key}」。`);
  if (isNestedDeeperThan(value, maxNestingDepth)) {
    return refuse(`${name}嵌套超过 ${maxNestingDepth} 层，不是考务向导保存的内容，文件可能已损坏或被改动过。`);
  }
  if (key === workspaceKey) {
    const read = readWorkspace(value);
    if (read.kind === 'ok') return { ok: true, value: read.value };
    if (read.kind === 'outdated') {
      const migrated = migrateVersioned(workspaceSpec, read.savedVersion, value);
      return migrated.ok ? { ok: true, value: migrated.value } : refuse(`学校工作区无法迁移：${migrated.reason}`);
    }
    if (read.kind === 'newer') return refuse('学校工作区来自更新版本的考务向导，请使用最新版本的网站导入。');
    return refuse(`学校工作区已损坏：${read.reason}`);
  }
  const slug = key.slice(draftKey('').length);
  const entry = registry[slug];
  if (!entry) return refuse(`工作文件中有本网站没有的向导「${slug}」的进度。`);
  const envelope = DraftEnvelopeSchema.safeParse(value);
  if (!envelope.success || envelope.data.slug !== slug) return refuse(`${name}不是有效的向导进度。`);
  let spec;
  try {
    spec = await entry.loadSpec();
  } catch (error) {
    return refuse(isCodeLoadFailure(error) ? `${codeLoadFailureMessage}。` : `无法载入检查${name}的程序（${(error as Error).message}），请稍后再试。`);
  }
  const read = readDraft(spec, value);
  if (read.kind === 'ok') return { ok: true, value: { ...envelope.data, context: read.value.context } };
  if (read.kind === 'outdated') {
    const migrated = migrateVersioned(spec, read.savedVersion, withoutWorkspace(envelope.data.context));
    return migrated.ok ? { ok: true, value: { ...envelope.data, version: spec.version, context: migrated.value } } : refuse(`${name}无法迁移：${migrated.reason}`);
  }
  if (read.kind === 'newer') return refuse(`${name}来自更新版本的考务向导，请使用最新版本的网站导入。`);
  return refuse(`${name}已损坏：${read.reason}`);
}

/**
 * Check a work file's text for `mode`'s saved work: the wrapper, then every entry by its own schema (older
 * versions are migrated here). Returns the entries to write, or the first reason to refuse the file.
 */
export async function checkWorkFile(text: string, registry: DraftRegistry, mode: WorkMode = 'own'): Promise<WorkFileCheck> {
  const wrapper = readWrapper(text, mode);
  if (!wrapper.ok) return wrapper;
  const entries: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(wrapper.entries)) {
    const checked = await checkEntry(key, value, registry);
    if (!checked.ok) return checked;
    entries.push([key, checked.value]);
  }
  return { ok: true, entries, exportedAt: wrapper.exportedAt };
}

/** What a set of saved work holds, in the words of the import confirmation. */
export interface WorkSummary {
  hasWorkspace: boolean;
  schoolName: string;
  students: number;
  rooms: number;
  staff: number;
  /** Titles of the wizards with progress, in the site's order. */
  wizards: string[];
}

/** Sum up work entries (a file's, or the store's) without trusting their shape. */
export function summarizeWork(entries: ReadonlyArray<[string, unknown]>, registry: DraftRegistry): WorkSummary {
  const map = new Map(entries);
  const workspace = map.get(workspaceKey) as { school?: { name?: unknown }; candidates?: unknown; rooms?: unknown; staff?: unknown } | undefined;
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  const name = workspace?.school?.name;
  return {
    hasWorkspace: workspace !== undefined,
    schoolName: typeof name === 'string' ? name.trim() : '',
    students: count(workspace?.candidates),
    rooms: count(workspace?.rooms),
    staff: count(workspace?.staff),
    wizards: Object.entries(registry)
      .filter(([slug]) => map.has(draftKey(slug)))
      .map(([, entry]) => entry.title),
  };
}

/** Say what a summary holds, e.g. 学校「某某职业学院」，120 名考生，3 个考场；向导进度：「考生信息导入」「考场设置」. */
export function describeWorkSummary(summary: WorkSummary): string {
  const parts = summary.hasWorkspace
    ? [
        summary.schoolName ? `学校「${summary.schoolName}」` : '未填写学校名称',
        `${summary.students} 名考生`,
        ...(summary.rooms > 0 ? [`${summary.rooms} 个考场`] : []),
        ...(summary.staff > 0 ? [`${summary.staff} 名考务人员`] : []),
      ]
    : ['没有学校工作区'];
  const wizards = summary.wizards.length > 0 ? summary.wizards.map((title) => `「${title}」`).join('') : '无';
  return `${parts.join('，')}；向导进度：${wizards}`;
}

/** True when a summary holds nothing at all. */
export function isEmptySummary(summary: WorkSummary): boolean {
  return !summary.hasWorkspace && summary.wizards.length === 0;
}

/** A picked work file that passed every check: its entries, and what it holds and would replace, in the confirmation's words. */
export interface CheckedPick extends CheckedWorkFile {
  holds: string;
  /** What the work here holds (null when there is nothing to replace). */
  replaces: string | null;
}

/**
 * Check a file the user picked to import: its size, that it can be read, then `checkWorkFile`; and say what
 * it holds and what of `workHere` it would replace. Every 导入 (a wizard's 工作文件 controls, the
 * workbench's 导入全部工作) goes through here, so they refuse and confirm in the same words.
 */
export async function checkPickedWorkFile(file: File, registry: DraftRegistry, mode: WorkMode, readWorkHere: () => Promise<ReadonlyArray<[string, unknown]>>): Promise<CheckedPick | { ok: false; reason: string }> {
  const sizeProblem = checkWorkFileSize(file.size);
  if (sizeProblem) return { ok: false, reason: sizeProblem };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, reason: `无法读取这个文件（${(error as Error).message}）。` };
  }
  const checked = await checkWorkFile(text, registry, mode);
  if (!checked.ok) return checked;
  const here = summarizeWork(await readWorkHere(), registry);
  return {
    ...checked,
    holds: describeWorkSummary(summarizeWork(checked.entries, registry)),
    replaces: isEmptySummary(here) ? null : describeWorkSummary(here),
  };
}
