/**
 * The registration wizard's draft: what it owns and saves, as a zod schema, and
 * its context type. Loaded only to check saved work, so zod stays out of the
 * page's first JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import { EnrolmentChoiceSchema } from '../../src/domain/enrolment/schema';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { draftIdentity } from '../draft-identity';

const SittingDraftSchema = z.object({ date: z.string(), start: z.string(), end: z.string() });
const LevelDraftSchema = z.object({ isSat: z.boolean(), theory: SittingDraftSchema, practical: SittingDraftSchema });
const WindowDraftSchema = z.object({ start: z.string(), end: z.string() });

/** The draft's shape: the plan, times, levels and marks, site and fees as typed, the last errors. */
export const RegistrationDraftSchema = z.object({
  /** Today's date when the wizard was last loaded: exam dates before it are refused. */
  today: z.string(),
  planName: z.string(),
  planYear: z.string(),
  windows: z.object({
    registration: WindowDraftSchema,
    scheduling: WindowDraftSchema,
    scoreEntry: WindowDraftSchema,
    scorePublication: WindowDraftSchema,
  }),
  levels: z.object({ 初级: LevelDraftSchema, 中级: LevelDraftSchema, 高级: LevelDraftSchema }),
  /** One per candidate of the workspace, in its order. */
  choices: z.array(EnrolmentChoiceSchema),
  siteCode: z.string(),
  siteName: z.string(),
  /** Whether the province has set its own fees; null until answered. */
  feeMode: z.nullable(z.enum(['default', 'provincial'])),
  fees: z.object({ 初级: z.string(), 中级: z.string(), 高级: z.string() }),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

/** The machine's context: the draft, and the shared workspace (read from its own store, never saved in the draft). */
export type RegistrationContext = z.infer<typeof RegistrationDraftSchema> & WorkspaceContext;

/**
 * How the wizard's progress is saved and checked on load. Version 1 drafts carried
 * a copy of the workspace too: the kit drops it, so they still load as they are.
 */
export const registrationDraftSpec: DraftSpec<unknown> = { ...draftIdentity('registration'), schema: RegistrationDraftSchema, migrations: {} };
