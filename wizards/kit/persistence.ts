/**
 * Everything that reads saved work back and checks it (zod schemas, migrations,
 * the work file), loaded by `WizardHost` on start so the validation code is not
 * part of the page's initial JavaScript.
 */
export { loadSavedWork, workspaceSpec } from './saved-work';
export { migrateVersioned } from './versioned';
export { buildWorkFile, parseWorkFile, workFileName } from './work-file';
export { applyWorkspacePatch, createEmptyWorkspace } from '../../src/domain/workspace/rules';
