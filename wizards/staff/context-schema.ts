/** The zod schema of the staff wizard's draft: loaded only to check saved work, so zod stays out of the page's first JavaScript. */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import { ProctorAssignmentSchema, TeacherRoleSchema } from '../../src/domain/staffing/schema';
import { WorkspaceSchema } from '../../src/domain/workspace/schema';

const TeacherDraftSchema = z.object({ name: z.string(), phone: z.string(), subject: z.string(), role: TeacherRoleSchema });

/** The draft's shape; the wizard's context type is derived from it. */
export const StaffContextSchema = z.object({
  workspace: WorkspaceSchema,
  teachers: z.array(TeacherDraftSchema),
  /** Proctors chosen by the user; null while the automatic assignment is used. */
  assignments: z.nullable(z.array(ProctorAssignmentSchema)),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type StaffContext = z.infer<typeof StaffContextSchema>;

/** How the wizard's progress is saved and checked on load. */
export const staffDraftSpec: DraftSpec<unknown> = { slug: 'staff', version: 1, schema: StaffContextSchema, migrations: {} };
