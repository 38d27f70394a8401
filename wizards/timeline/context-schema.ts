/** The zod schema of the timeline wizard's draft: loaded only to check saved work, so zod stays out of the page's first JavaScript. */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import { WorkspaceSchema } from '../../src/domain/workspace/schema';

const WindowDraftSchema = z.object({ start: z.string(), end: z.string() });

/** The draft's shape; the wizard's context type is derived from it. */
export const TimelineContextSchema = z.object({
  workspace: WorkspaceSchema,
  /** Today's date when the wizard was last loaded: exam dates before it are refused. */
  today: z.string(),
  examDate: z.string(),
  windows: z.object({
    registration: WindowDraftSchema,
    scheduling: WindowDraftSchema,
    scoreEntry: WindowDraftSchema,
    scorePublication: WindowDraftSchema,
  }),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type TimelineContext = z.infer<typeof TimelineContextSchema>;

/** How the wizard's progress is saved and checked on load. */
export const timelineDraftSpec: DraftSpec<unknown> = { slug: 'timeline', version: 1, schema: TimelineContextSchema, migrations: {} };
