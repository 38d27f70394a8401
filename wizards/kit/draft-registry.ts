/**
 * Every wizard's draft spec, as the kit needs them to check a 工作文件 (each
 * wizard's progress against its own schema) and to name what a file holds. The
 * kit knows no wizard: the island hands it a loader of the site's registry
 * (`wizards/drafts.ts`), which loads only when a file is imported.
 */
import type { DraftSpec } from './draft-envelope';

/** One wizard's entry: its title (as the site lists it) and its draft spec, loaded on demand. */
export interface DraftRegistryEntry {
  title: string;
  loadSpec: () => Promise<DraftSpec<unknown>>;
}

/** The registry: every wizard by slug. */
export type DraftRegistry = Readonly<Record<string, DraftRegistryEntry>>;
