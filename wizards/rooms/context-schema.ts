/**
 * The rooms wizard's draft: what it owns and saves, as a zod schema, and its
 * context type. Loaded only to check saved work, so zod stays out of the page's
 * first JavaScript; the machine imports only the types.
 */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import type { WorkspaceContext } from '../kit/wizard-machine';
import { draftIdentity } from '../draft-identity';

const RoomDraftSchema = z.object({ name: z.string(), address: z.string(), detailAddress: z.string(), machines: z.string() });

/** The draft's shape: the rooms as typed, the rooms chosen for each level, the last errors. */
export const RoomsDraftSchema = z.object({
  rooms: z.array(RoomDraftSchema),
  /** Names of the rooms chosen for each level; a level missing here has no choice yet. */
  choices: z.partial(z.object({ 初级: z.array(z.string()), 中级: z.array(z.string()), 高级: z.array(z.string()) })),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});

/** The machine's context: the draft, and the shared workspace (read from its own store, never saved in the draft). */
export type RoomsContext = z.infer<typeof RoomsDraftSchema> & WorkspaceContext;

/**
 * How the wizard's progress is saved and checked on load. Version 1 drafts carried
 * a copy of the workspace too: the kit drops it, so they still load as they are.
 */
export const roomsDraftSpec: DraftSpec<unknown> = { ...draftIdentity('rooms'), schema: RoomsDraftSchema, migrations: {} };
