/**
 * What the staff wizard keeps while the user works: the workspace as last
 * loaded, the teachers as typed, the proctors of each room (null while the
 * automatic assignment stands), and the last errors.
 */
import { z } from 'zod';
import { getRoleName } from '../../src/domain/staffing/checks';
import { ProctorAssignmentSchema, TeacherRoleSchema, type TeacherRole } from '../../src/domain/staffing/schema';
import { WorkspaceSchema, type Workspace } from '../../src/domain/workspace/schema';

const TeacherDraftSchema = z.object({ name: z.string(), phone: z.string(), subject: z.string(), role: TeacherRoleSchema });

/** The draft's shape; the wizard's context type is derived from it. */
export const StaffContextSchema = z.object({
  workspace: WorkspaceSchema,
  teachers: z.array(TeacherDraftSchema),
  /** Proctors chosen by the user; null while the automatic assignment is used. */
  assignments: z.array(ProctorAssignmentSchema).nullable(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type StaffContext = z.infer<typeof StaffContextSchema>;

/** Return the role key of a role name stored in the workspace (unknown names count as 监考员). */
function toRoleKey(name: string): TeacherRole {
  return TeacherRoleSchema.options.find((role) => getRoleName(role) === name) ?? 'proctor';
}

/** Return an empty teacher row; new teachers are proctors unless changed. */
export function createTeacherDraft(): StaffContext['teachers'][number] {
  return { name: '', phone: '', subject: '', role: 'proctor' };
}

/** Return the wizard's first context, filled from what the workspace already knows. */
export function createStaffContext(workspace: Workspace): StaffContext {
  const teachers = workspace.staff.map((member) => ({
    name: member.name,
    phone: member.phone,
    subject: member.subject,
    role: toRoleKey(member.role),
  }));
  return {
    workspace,
    teachers: teachers.length > 0 ? teachers : [createTeacherDraft()],
    assignments: workspace.proctorAssignments.length > 0 ? workspace.proctorAssignments : null,
    errors: [],
  };
}
