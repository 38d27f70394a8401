/** The zod schema of the registration wizard's draft: loaded only to check saved work, so zod stays out of the page's first JavaScript. */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import { EnrolmentChoiceSchema } from '../../src/domain/enrolment/schema';
import { WorkspaceSchema } from '../../src/domain/workspace/schema';

const SittingDraftSchema = z.object({ date: z.string(), start: z.string(), end: z.string() });
const LevelDraftSchema = z.object({ isSat: z.boolean(), theory: SittingDraftSchema, practical: SittingDraftSchema });
const WindowDraftSchema = z.object({ start: z.string(), end: z.string() });

/** The draft's shape; the wizard's context type is derived from it. */
export const RegistrationContextSchema = z.object({
  workspace: WorkspaceSchema,
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
export type RegistrationContext = z.infer<typeof RegistrationContextSchema>;

/** How the wizard's progress is saved and checked on load. */
export const registrationDraftSpec: DraftSpec<unknown> = { slug: 'registration', version: 1, schema: RegistrationContextSchema, migrations: {} };
