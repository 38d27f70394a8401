/** The zod schema of the rooms wizard's draft: loaded only to check saved work, so zod stays out of the page's first JavaScript. */
import { z } from '../../src/domain/zod';
import type { DraftSpec } from '../kit/draft-envelope';
import { WorkspaceSchema } from '../../src/domain/workspace/schema';

const RoomDraftSchema = z.object({ name: z.string(), address: z.string(), detailAddress: z.string(), machines: z.string() });

/** The draft's shape; the wizard's context type is derived from it. */
export const RoomsContextSchema = z.object({
  workspace: WorkspaceSchema,
  rooms: z.array(RoomDraftSchema),
  /** Names of the rooms chosen for each level; a level missing here has no choice yet. */
  choices: z.partial(z.object({ 初级: z.array(z.string()), 中级: z.array(z.string()), 高级: z.array(z.string()) })),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type RoomsContext = z.infer<typeof RoomsContextSchema>;

/** How the wizard's progress is saved and checked on load. */
export const roomsDraftSpec: DraftSpec<unknown> = { slug: 'rooms', version: 1, schema: RoomsContextSchema, migrations: {} };
