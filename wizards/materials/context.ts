/** What the materials wizard keeps: the workspace as last loaded and the document being viewed. */
import { z } from 'zod';
import { WorkspaceSchema, type Workspace } from '../../src/domain/workspace/schema';

/** The draft's shape; the wizard's context type is derived from it. */
export const MaterialsContextSchema = z.object({
  workspace: WorkspaceSchema,
  /** The document shown on the print screen. */
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

/** Return the wizard's first context. */
export function createMaterialsContext(workspace: Workspace): MaterialsContext {
  return { workspace, documentId: 'checklist' };
}
