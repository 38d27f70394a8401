/**
 * The staff wizard's first context, filled from what the workspace already
 * knows: its staff as typed rows, and the proctors saved before (none: the
 * automatic assignment stands).
 */
import { getRoleKey } from '../../src/domain/staffing/checks';
import type { Workspace } from '../../src/domain/workspace/schema';
import type { StaffContext } from './context-schema';

/** Return an empty teacher row; new teachers are proctors unless changed. */
export function createTeacherDraft(): StaffContext['teachers'][number] {
  return { name: '', phone: '', subject: '', role: 'proctor' };
}

/** Return the wizard's first context. */
export function createStaffContext(workspace: Workspace): StaffContext {
  const teachers = workspace.staff.map((member) => ({
    name: member.name,
    phone: member.phone,
    subject: member.subject,
    role: getRoleKey(member.role),
  }));
  return {
    workspace,
    teachers: teachers.length > 0 ? teachers : [createTeacherDraft()],
    assignments: workspace.proctorAssignments.length > 0 ? workspace.proctorAssignments : null,
    errors: [],
  };
}
