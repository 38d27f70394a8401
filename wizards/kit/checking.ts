/**
 * The code that checks work against the zod schemas: saved work read back, an
 * outdated part migrated, each workspace update before it is stored. `WizardHost`
 * loads it only when there is one of these to do, so a first visit (nothing saved,
 * nothing typed) fetches no schema code.
 */
export { readSavedWork, workspaceSpec } from './saved-work';
export { migrateVersioned } from './versioned';
export { applyWorkspacePatch } from '../../src/domain/workspace/rules';
