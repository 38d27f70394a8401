import { WorkspaceSchema, workspaceVersion, type Workspace, type WorkspacePatch } from './schema';

/** Return a workspace with nothing in it yet. */
export function createEmptyWorkspace(): Workspace {
  return WorkspaceSchema.parse({ version: workspaceVersion });
}

/** Return the workspace with each part given in the patch replaced whole. */
export function applyWorkspacePatch(workspace: Workspace, patch: WorkspacePatch): Workspace {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, part]) => part !== undefined));
  return WorkspaceSchema.parse({ ...workspace, ...defined });
}
