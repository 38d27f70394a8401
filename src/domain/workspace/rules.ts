import { WorkspaceSchema, workspaceVersion, type Workspace, type WorkspacePatch } from './schema';

/** Return a workspace with nothing in it yet. */
export function createEmptyWorkspace(): Workspace {
  return WorkspaceSchema.parse({ version: workspaceVersion });
}

/** Return the workspace with the patch applied: record parts merged field by field, list parts replaced. */
export function applyWorkspacePatch(workspace: Workspace, patch: WorkspacePatch): Workspace {
  return WorkspaceSchema.parse({
    ...workspace,
    school: { ...workspace.school, ...patch.school },
    pilot: { ...workspace.pilot, ...patch.pilot },
    examPlan: { ...workspace.examPlan, ...patch.examPlan },
    candidates: patch.candidates ?? workspace.candidates,
    rooms: patch.rooms ?? workspace.rooms,
    staff: patch.staff ?? workspace.staff,
    enrolments: patch.enrolments ?? workspace.enrolments,
    roomPlan: patch.roomPlan ?? workspace.roomPlan,
    proctorAssignments: patch.proctorAssignments ?? workspace.proctorAssignments,
  });
}
