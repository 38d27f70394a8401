import { mergeWorkspacePatch } from './patch';
import { WorkspaceSchema, workspaceVersion, type Workspace, type WorkspacePatch } from './schema';

/** Return a workspace with nothing in it yet. */
export function createEmptyWorkspace(): Workspace {
  return WorkspaceSchema.parse({ version: workspaceVersion });
}

/** Return the workspace with the patch applied, checked against the schema: what the host stores. */
export function applyWorkspacePatch(workspace: Workspace, patch: WorkspacePatch): Workspace {
  return WorkspaceSchema.parse(mergeWorkspacePatch(workspace, patch));
}
