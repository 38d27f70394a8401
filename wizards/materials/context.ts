/** What the materials wizard keeps: the workspace as last loaded and the document being viewed. */
import type { Workspace } from '../../src/domain/workspace/schema';
import type { MaterialsContext } from './context-schema';

/** The wizard's context; its shape is the zod schema in `context-schema.ts`. */
export type { MaterialsContext };

/** Return the wizard's first context. */
export function createMaterialsContext(workspace: Workspace): MaterialsContext {
  return { workspace, errors: [], documentId: 'checklist' };
}
