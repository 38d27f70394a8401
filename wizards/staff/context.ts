/**
 * What the staff wizard keeps while the user works: the workspace as last
 * loaded, the teachers as typed, the proctors of each room (null while the
 * automatic assignment stands), and the last errors.
 */
import { getRoleName } from '../../src/domain/staffing/checks';
import { teacherRoleKeys } from '../../src/domain/staffing/facts';
import type { TeacherRole } from '../../src/domain/staffing/schema';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { StaffContext } from './context-schema';

/** The wizard's context; its shape is the zod schema in `context-schema.ts`. */
export type { StaffContext };

/** Return the role key of a role name stored in the workspace (unknown names count as 监考员). */
function toRoleKey(name: string): TeacherRole {
  return teacherRoleKeys.find((role) => getRoleName(role) === name) ?? 'proctor';
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
