/**
 * The timeline wizard's draft: what it owns and saves, as a zod schema, and its
 * context type. Loaded only to check saved work, so zod stays out of the page's
 * first JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { draftIdentity } from '../draft-identity';

const WindowDraftSchema = z.object({ start: z.string(), end: z.string() });

/** The draft's shape: everything the wizard owns. */
export const TimelineDraftSchema = z.object({
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

/** The machine's context: the draft, and the shared workspace (read from its own store, never saved in the draft). */
export type TimelineContext = z.infer<typeof TimelineDraftSchema> & WorkspaceContext;

/** How the wizard's progress is saved and checked on load. */
export const timelineDraftSpec: DraftSpec<unknown> = { ...draftIdentity('timeline'), schema: TimelineDraftSchema, migrations: {} };
