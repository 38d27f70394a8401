/**
 * The draft envelope autosave writes, without zod, so saving costs the page no
 * validation code; reading it back (`saved-work.ts`) loads with the rest of persistence.
 */
import type { StateValue } from 'xstate';
import type { VersionedSpec } from './versioned';

/** Marks a stored value as a draft of this site. */
export const draftFormat = 'kaowu-xiangdao.draft';

/** How a wizard's draft is read: its slug, and the version and zod schema of its machine's context. */
export interface DraftSpec<TContext> extends VersionedSpec<TContext> {
  slug: string;
}

/** A draft as stored. */
export interface DraftEnvelope {
  format: typeof draftFormat;
  slug: string;
  version: number;
  savedAt: string;
  value: StateValue;
  context: unknown;
}

/** Wrap a machine's state value and context for saving. */
export function createDraftEnvelope(spec: Pick<DraftSpec<unknown>, 'slug' | 'version'>, value: StateValue, context: unknown, savedAt: Date): DraftEnvelope {
  return { format: draftFormat, slug: spec.slug, version: spec.version, savedAt: savedAt.toISOString(), value, context };
}
