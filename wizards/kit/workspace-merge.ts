/**
 * Writing a wizard's workspace updates when another tab may have written the
 * workspace since this tab read it. The updates are applied to what is stored
 * now, not to this tab's older copy, so a change made elsewhere to other fields
 * (the 学校名称 typed in another wizard) survives. When another tab changed a
 * field this tab's updates also write, nothing is written: the user chooses
 * (`OtherTabNotice`).
 */
import type { Workspace, WorkspacePatch } from '../../src/domain/workspace/schema';

/** The fields a patch writes: `school.name` for a record part's field, the part itself for a list part. */
export function listPatchedFields(patch: WorkspacePatch): string[] {
  return Object.entries(patch).flatMap(([part, value]) =>
    value === undefined ? [] : Array.isArray(value) || typeof value !== 'object' || value === null ? [part] : Object.keys(value).map((field) => `${part}.${field}`),
  );
}

function valueAt(workspace: Workspace, field: string): string {
  const [part, key] = field.split('.') as [keyof Workspace, string | undefined];
  const value = workspace[part] as unknown;
  return JSON.stringify(key === undefined ? value : (value as Record<string, unknown> | undefined)?.[key]) ?? 'undefined';
}

/** What to do with this tab's pending workspace updates. */
export type WorkspaceWritePlan =
  | { kind: 'write'; workspace: Workspace; includesOtherChanges: boolean }
  /** Another tab changed `fields` that the updates also write. */
  | { kind: 'conflict'; fields: string[] };

/**
 * Decide how to write `patches`. `stored` is the workspace in the store now, `base` the one this tab's
 * updates were made on, `changedElsewhere` whether another tab wrote it since; `force` writes over
 * another tab's change of the same fields (the user chose to).
 */
export function planWorkspaceWrite(options: {
  stored: Workspace | undefined;
  base: Workspace;
  patches: readonly WorkspacePatch[];
  changedElsewhere: boolean;
  force?: boolean;
  apply: (workspace: Workspace, patch: WorkspacePatch) => Workspace;
}): WorkspaceWritePlan {
  const { stored, base, patches, changedElsewhere, force = false, apply } = options;
  if (!changedElsewhere) return { kind: 'write', workspace: patches.reduce(apply, stored ?? base), includesOtherChanges: false };
  const fields = [...new Set(patches.flatMap(listPatchedFields))];
  // Removed elsewhere (重新开始, an import without one): writing would bring back what the other tab removed.
  const conflicts = stored === undefined ? fields : fields.filter((field) => valueAt(stored, field) !== valueAt(base, field));
  if (conflicts.length > 0 && !force) return { kind: 'conflict', fields: conflicts };
  return { kind: 'write', workspace: patches.reduce(apply, stored ?? base), includesOtherChanges: true };
}
