/** The materials wizard's first context: nothing of its own yet but the first document to show. */
import type { Workspace } from '../../src/domain/workspace/schema';
import type { MaterialsContext } from './context-schema';

/** Return the wizard's first context. */
export function createMaterialsContext(workspace: Workspace): MaterialsContext {
  return { workspace, errors: [], documentId: 'checklist' };
}
