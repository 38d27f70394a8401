import { mergeWorkspacePatch } from './patch';
import { WorkspaceSchema, type Workspace, type WorkspacePatch } from './schema';

export { createEmptyWorkspace } from './empty';

/** Return the workspace with the patch applied, checked against the schema: what the host stores. */
export function applyWorkspacePatch(workspace: Workspace, patch: WorkspacePatch): Workspace {
  return WorkspaceSchema.parse(mergeWorkspacePatch(workspace, patch));
}
