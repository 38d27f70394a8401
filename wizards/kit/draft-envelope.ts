/**
 * The draft envelope autosave writes, without zod, so saving costs the page no
 * validation code; reading it back (`saved-work.ts`) loads only when there is saved work.
 */
import type { StateValue } from 'xstate';
import type { VersionedSpec } from './versioned';

/** Marks a stored value as a draft of this site. */
export const draftFormat = 'kaowu-xiangdao.draft';

/** Which wizard a draft belongs to and the version of its context's shape: all that writing a draft needs. */
export interface DraftIdentity {
  slug: string;
  version: number;
}

/** How a wizard's draft is read: its slug, and the version and zod schema of its machine's context. */
export interface DraftSpec<TContext> extends VersionedSpec<TContext>, DraftIdentity {}

/** A draft as stored. */
export interface DraftEnvelope {
  format: typeof draftFormat;
  slug: string;
  version: number;
  savedAt: string;
  value: StateValue;
  context: unknown;
}

/**
 * Wrap a machine's state value and context for saving. A draft holds only what its
 * wizard owns: a copy of the shared workspace in the context (`context.workspace`)
 * is left out, because the workspace has its own store and is handed back on resume.
 */
export function createDraftEnvelope(spec: DraftIdentity, value: StateValue, context: unknown, savedAt: Date): DraftEnvelope {
  return { format: draftFormat, slug: spec.slug, version: spec.version, savedAt: savedAt.toISOString(), value, context: withoutWorkspace(context) };
}

/** Return a context without its copy of the shared workspace (older drafts carried one). */
export function withoutWorkspace(context: unknown): unknown {
  if (typeof context !== 'object' || context === null || !('workspace' in context)) return context;
  const { workspace: _shared, ...owned } = context as Record<string, unknown>;
  return owned;
}
