/**
 * The materials wizard's draft: what it owns and saves, as a zod schema, and its
 * context type. Loaded only to check saved work, so zod stays out of the page's
 * first JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { materialsDocumentIds } from './output';
import { draftIdentity } from '../draft-identity';

/** The draft's shape: the document on the print screen, and the errors of the last 下一步 on the first screen. */
export const MaterialsDraftSchema = z.object({
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  documentId: z.enum(materialsDocumentIds),
});

/** The machine's context: the draft, and the shared workspace the documents are made from (never saved in the draft). */
export type MaterialsContext = z.infer<typeof MaterialsDraftSchema> & WorkspaceContext;

/**
 * How the wizard's progress is saved and checked on load. Version 1 drafts carried
 * a copy of the workspace too: the kit drops it, so they still load as they are.
 */
export const materialsDraftSpec: DraftSpec<unknown> = { ...draftIdentity('materials'), schema: MaterialsDraftSchema, migrations: {} };
