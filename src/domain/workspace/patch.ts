/** Applying a wizard's update to the workspace, without zod (machines import this; the host validates what it stores). */
import type { Workspace, WorkspacePatch } from './schema';

/**
 * Return the workspace with the patch applied: record parts merged field by field,
 * list parts replaced. Unchecked and free of zod: a machine's own copy of the workspace
 * is updated with it, and the host checks what it stores (`applyWorkspacePatch`).
 */
export function mergeWorkspacePatch(workspace: Workspace, patch: WorkspacePatch): Workspace {
  return {
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
  };
}
