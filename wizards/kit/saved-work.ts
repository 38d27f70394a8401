/**
 * What autosave writes and how it is read back: the school workspace and one
 * draft per wizard, each versioned, each sorted into ok / outdated / newer /
 * corrupt when the page loads, so a bad save gets a message and never a blank page.
 *
 * A draft as stored under `draft:<slug>`:
 * ```json
 * { "format": "kaowu-xiangdao.draft", "slug": "candidates", "version": 1,
 *   "savedAt": "2026-05-01T08:30:00.000Z", "value": "review", "context": { … } }
 * ```
 * `value` is the machine's state value (the step), `context` its context.
 */
import { z } from '../../src/domain/zod';
import { WorkspaceSchema, workspaceVersion, type Workspace } from '../../src/domain/workspace/schema';
import { workspaceMigrations } from '../../src/domain/workspace/migrations';
import { draftFormat, withoutWorkspace, type DraftEnvelope, type DraftSpec } from './draft-envelope';
import { readVersioned, type VersionedRead, type VersionedSpec } from './versioned';

/** How the school workspace is read. */
export const workspaceSpec: VersionedSpec<Workspace> = {
  version: workspaceVersion,
  schema: WorkspaceSchema,
  migrations: workspaceMigrations,
};

/** The outer shape of every draft, whatever the wizard. */
export const DraftEnvelopeSchema = z.object({
  format: z.literal(draftFormat),
  slug: z.string().check(z.minLength(1)),
  version: z.int(),
  savedAt: z.string(),
  value: z.union([z.string(), z.record(z.string(), z.unknown())]),
  context: z.unknown(),
});

/** A draft read back: where the machine was and its context. */
export interface Draft<TContext> {
  value: DraftEnvelope['value'];
  context: TContext;
  savedAt: string;
}

/** Sort a stored draft into ok / outdated / newer / corrupt. */
export function readDraft<TContext>(spec: DraftSpec<TContext>, stored: unknown): VersionedRead<Draft<TContext>> {
  const envelope = DraftEnvelopeSchema.safeParse(stored);
  if (!envelope.success || envelope.data.slug !== spec.slug) return { kind: 'corrupt', reason: '不是本向导保存的进度' };
  const { version, context, value, savedAt } = envelope.data;
  // Older drafts carried a copy of the workspace: it is dropped, the wizard gets the workspace's own on resume.
  const read = readVersioned(spec, version, withoutWorkspace(context));
  return read.kind === 'ok' ? { kind: 'ok', value: { value: value as DraftEnvelope['value'], context: read.value, savedAt } } : read;
}

/** Sort a stored workspace into ok / outdated / newer / corrupt. */
export function readWorkspace(stored: unknown): VersionedRead<Workspace> {
  const version = (stored as { version?: unknown } | null)?.version;
  return readVersioned(workspaceSpec, version, stored);
}

/** Everything saved for one wizard page, as found on load. Absent parts are `undefined`. */
export interface SavedWork<TContext> {
  workspace: VersionedRead<Workspace> | undefined;
  draft: VersionedRead<Draft<TContext>> | undefined;
}

/** What the store holds for one wizard page, as stored (`undefined`: nothing saved). */
export interface StoredWork {
  workspace: unknown;
  draft: unknown;
}

/** Sort the stored workspace and this wizard's draft into ok / outdated / newer / corrupt. */
export function readSavedWork<TContext>(spec: DraftSpec<TContext>, stored: StoredWork): SavedWork<TContext> {
  return {
    workspace: stored.workspace === undefined ? undefined : readWorkspace(stored.workspace),
    draft: stored.draft === undefined ? undefined : readDraft(spec, stored.draft),
  };
}
