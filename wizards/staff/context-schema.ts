/**
 * The staff wizard's draft: what it owns and saves, as a zod schema, and its
 * context type. Loaded only to check saved work, so zod stays out of the page's
 * first JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import { ProctorAssignmentSchema, TeacherRoleSchema } from '../../src/domain/staffing/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { draftIdentity } from '../draft-identity';

const TeacherDraftSchema = z.object({ name: z.string(), phone: z.string(), subject: z.string(), role: TeacherRoleSchema });

/** The draft's shape: the teachers as typed, the proctors the user chose, the last errors. */
export const StaffDraftSchema = z.object({
  teachers: z.array(TeacherDraftSchema),
  /** Proctors chosen by the user; null while the automatic assignment is used. */
  assignments: z.nullable(z.array(ProctorAssignmentSchema)),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

/** The machine's context: the draft, and the shared workspace (read from its own store, never saved in the draft). */
export type StaffContext = z.infer<typeof StaffDraftSchema> & WorkspaceContext;

/**
 * How the wizard's progress is saved and checked on load. Version 1 drafts carried
 * a copy of the workspace too: the kit drops it, so they still load as they are.
 */
export const staffDraftSpec: DraftSpec<unknown> = { ...draftIdentity('staff'), schema: StaffDraftSchema, migrations: {} };
