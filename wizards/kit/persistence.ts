/**
 * Everything that reads saved work back and checks it (zod schemas, migrations,
 * the work file) and tracks it between tabs, loaded by `WizardHost` on start so
 * this code is not part of the page's initial JavaScript. Checking an imported
 * file loads apart, when the user picks one (`work-file-import.ts`).
 */
export { loadSavedWork, workspaceSpec } from './saved-work';
export { migrateVersioned } from './versioned';
export { buildWorkFile, replaceEntries, workFileName } from './work-file';
export { findExportReminder } from './work-history';
export { createWorkStore } from './work-store';
export { planWorkspaceWrite } from './workspace-merge';
export { applyWorkspacePatch, createEmptyWorkspace } from '../../src/domain/workspace/rules';
