/**
 * What keeps work without checking it: the store and its history, the 工作文件's
 * writing, the planning of workspace writes. Loaded by `WizardHost` on start, so
 * none of it is part of the page's first JavaScript; it holds no zod, so a first
 * visit (nothing saved) never fetches the schemas. Checking what was saved loads
 * apart, only when there is something to check (`checking.ts`), and checking an
 * imported file when the user picks one (`work-file-import.ts`).
 */
export { buildWorkFile, replaceEntries, workFileName } from './work-file';
export { findExportReminder } from './work-history';
export { createWorkStore } from './work-store';
export { planWorkspaceWrite } from './workspace-merge';
export { createEmptyWorkspace } from '../../src/domain/workspace/empty';
