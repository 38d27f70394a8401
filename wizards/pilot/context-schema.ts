/**
 * The pilot wizard's draft: what it owns and saves (the boxes as typed, the majors
 * list, the last errors), as a zod schema, and its context type. Loaded on start, so
 * zod stays out of the page's first JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { pilotFields } from './fields';
import { draftIdentity } from '../draft-identity';

/** The draft's shape. Drafts saved before the workspace left them also carried `school` and `pilot`: dropped on load. */
export const PilotDraftSchema = z.object({
  form: z.object(Object.fromEntries(pilotFields.map((field) => [field, z.string()])) as Record<(typeof pilotFields)[number], z.ZodMiniString<string>>),
  majors: z.array(z.string()),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

/** The machine's context: the draft, and the shared workspace (never saved in the draft). */
export type PilotContext = z.infer<typeof PilotDraftSchema> & WorkspaceContext;

/** The pilot wizard's draft: slug, version and schema. */
export const pilotDraftSpec: DraftSpec<unknown> = { ...draftIdentity('pilot'), schema: PilotDraftSchema, migrations: {} };
