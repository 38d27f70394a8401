/** The certificate wizard's first context: nothing typed yet, and the workspace its screens read (the school's name, its students). */
import type { Workspace } from '../../src/domain/workspace/schema';
import type { CertificatesContext } from './context-schema';

/** Return the wizard's first context. */
export function createCertificatesContext(workspace: Workspace): CertificatesContext {
  return { workspace, rows: [], errors: [], stamp: null, checklist: [], pasted: '', lastImport: null, progress: null };
}
