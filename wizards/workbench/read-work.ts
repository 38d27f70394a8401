/**
 * The saved work as the workbench reads it: the workspace, where each wizard's
 * draft stands, and the export record (`kit:history`), straight from the store.
 *
 * Without zod: the schemas and migrations weigh more than the whole page may (its
 * budget is 30 KB of JavaScript before the user acts). The workspace is taken as the
 * wizards last stored it, which they check before they store it; parts an older
 * version did not have get the empty workspace's defaults (`createEmptyWorkspace`,
 * worked out when the site is built), and a workspace of another version is not
 * read at all: the wizards migrate it when they open it.
 */
import type { Workspace } from '../../src/domain/workspace/schema';
import { mergeWorkspacePatch } from '../../src/domain/workspace/patch';
import type { PhotoCheck } from '../../src/domain/consistency/photos';
import { readPhotoCheck } from './photo-check';
import { draftFormat } from '../kit/draft-envelope';
import { draftKey, workspaceKey, type KeyValueStore } from '../kit/storage';
import { getStepId } from '../kit/wizard-machine';
import { historyKey, readHistoryRecord, type WorkHistory } from '../kit/work-history';

/** Where one wizard's saved draft stands. */
export interface DraftPosition {
  /** The step it was saved at. */
  step: string;
  /** ISO time of the save. */
  savedAt: string;
}

/** What the workbench shows, read from one kind of saved work. */
export interface WorkbenchWork {
  /** The workspace, or the empty one when nothing is saved. */
  workspace: Workspace;
  /** What the photo wizard's last matching found (its draft), when it has matched photos. */
  photoCheck?: PhotoCheck;
  /** Why the stored workspace could not be read, or null. */
  workspaceProblem: string | null;
  /** Each wizard with a draft, by slug. */
  drafts: Record<string, DraftPosition>;
  history: WorkHistory;
}

/** Return the stored workspace over the empty one, or a problem when it is not a workspace of this version. */
export function readWorkspaceLoosely(stored: unknown, empty: Workspace): { workspace: Workspace; problem: string | null } {
  if (stored === undefined) return { workspace: empty, problem: null };
  const value = stored as Partial<Workspace> | null;
  if (!value || typeof value !== 'object' || value.version !== empty.version) {
    return { workspace: empty, problem: '学校工作区是另一个版本保存的，或已损坏，这里没有读取它。请打开任一向导，按页面上的提示处理。' };
  }
  const lists = ['candidates', 'rooms', 'staff', 'enrolments', 'roomPlan', 'proctorAssignments'] as const;
  const patch = Object.fromEntries(lists.filter((part) => Array.isArray(value[part])).map((part) => [part, value[part]]));
  const record = (part: unknown) => (part && typeof part === 'object' && !Array.isArray(part) ? part : {});
  return {
    workspace: mergeWorkspacePatch(empty, { ...patch, school: record(value.school), pilot: record(value.pilot), examPlan: record(value.examPlan) }),
    problem: null,
  };
}

/** Return where a stored draft stands, or undefined when the value is not a draft of `slug`. */
export function readDraftPosition(stored: unknown, slug: string): DraftPosition | undefined {
  const draft = stored as { format?: unknown; slug?: unknown; value?: unknown; savedAt?: unknown } | null | undefined;
  if (!draft || draft.format !== draftFormat || draft.slug !== slug || typeof draft.savedAt !== 'string') return undefined;
  if (typeof draft.value !== 'string' && (typeof draft.value !== 'object' || draft.value === null)) return undefined;
  return { step: getStepId(draft.value as Parameters<typeof getStepId>[0]), savedAt: draft.savedAt };
}

/** Read everything the workbench shows from a store. */
export async function readWorkbenchWork(store: KeyValueStore, slugs: readonly string[], empty: Workspace): Promise<WorkbenchWork> {
  const [stored, history, ...drafts] = await Promise.all([store.get(workspaceKey), store.get(historyKey), ...slugs.map((slug) => store.get(draftKey(slug)))]);
  const { workspace, problem } = readWorkspaceLoosely(stored, empty);
  const positions: Record<string, DraftPosition> = {};
  slugs.forEach((slug, index) => {
    const position = readDraftPosition(drafts[index], slug);
    if (position) positions[slug] = position;
  });
  const photosDraft = drafts[slugs.indexOf('photos')] as { context?: unknown } | undefined;
  const photoCheck = positions.photos ? readPhotoCheck(photosDraft?.context) : undefined;
  return { workspace, workspaceProblem: problem, drafts: positions, history: readHistoryRecord(history), ...(photoCheck ? { photoCheck } : {}) };
}

/** True once the school has begun its year here: any wizard has a draft, or the workspace holds anything. */
export function hasYearBegun(work: Pick<WorkbenchWork, 'workspace' | 'drafts'>, empty: Workspace): boolean {
  return Object.keys(work.drafts).length > 0 || JSON.stringify(work.workspace) !== JSON.stringify(empty);
}
