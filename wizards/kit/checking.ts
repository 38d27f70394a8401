/**
 * The code that checks work against the zod schemas: saved work read back, an
 * outdated part migrated, each workspace update before it is stored. `WizardHost`
 * loads it when there is saved work, or at the user's first action in the wizard,
 * so a first visit fetches no schema code before the user acts.
 */
export { readSavedWork, workspaceSpec } from './saved-work';
export { migrateVersioned } from './versioned';
export { applyWorkspacePatch } from '../../src/domain/workspace/rules';
