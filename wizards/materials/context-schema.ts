/** The zod schema of the materials wizard's draft: loaded only to check saved work, so zod stays out of the page's first JavaScript. */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import { WorkspaceSchema } from '../../src/domain/workspace/schema';

/** The draft's shape; the wizard's context type is derived from it. */
export const MaterialsContextSchema = z.object({
  workspace: WorkspaceSchema,
  /** The document shown on the print screen. */
  /** Errors of the last 下一步 on the first screen. */
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
  documentId: z.enum([
    'checklist',
    'banner',
    'doorLabels',
    'deskLabels',
    'signInSheets',
    'roomRecords',
    'inspectionRecord',
    'sealingConfirmation',
    'staffPledge',
    'runSheets',
    'emergencyCard',
  ]),
});
export type MaterialsContext = z.infer<typeof MaterialsContextSchema>;

/** How the wizard's progress is saved and checked on load. */
export const materialsDraftSpec: DraftSpec<unknown> = { slug: 'materials', version: 1, schema: MaterialsContextSchema, migrations: {} };
